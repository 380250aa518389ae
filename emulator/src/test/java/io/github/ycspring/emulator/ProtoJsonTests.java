package io.github.ycspring.emulator;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How the emulator writes proto3 JSON. */
class ProtoJsonTests {

	@Test
	void timestampsUseZeroThreeSixOrNineFractionDigits() {
		assertThat(ProtoJson.timestamp(Instant.parse("2023-11-14T22:13:20Z"))).isEqualTo("2023-11-14T22:13:20Z");
		assertThat(ProtoJson.timestamp(Instant.parse("2023-11-14T22:13:20.100Z")))
			.isEqualTo("2023-11-14T22:13:20.100Z");
		assertThat(ProtoJson.timestamp(Instant.parse("2023-11-14T22:13:20.123400Z")))
			.isEqualTo("2023-11-14T22:13:20.123400Z");
		assertThat(ProtoJson.timestamp(Instant.parse("2023-11-14T22:13:20.123456789Z")))
			.isEqualTo("2023-11-14T22:13:20.123456789Z");
	}

}
