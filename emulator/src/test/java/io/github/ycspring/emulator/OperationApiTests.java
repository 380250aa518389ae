package io.github.ycspring.emulator;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the Operation API writes besides operations. */
class OperationApiTests {

	@Test
	void pollIntervalIsWholeOrDecimalSeconds() {
		assertThat(OperationApi.seconds(Duration.ofSeconds(3))).isEqualTo("3");
		assertThat(OperationApi.seconds(Duration.ofMillis(1500))).isEqualTo("1.5");
		assertThat(OperationApi.seconds(Duration.ofMillis(50))).isEqualTo("0.05");
	}

}
