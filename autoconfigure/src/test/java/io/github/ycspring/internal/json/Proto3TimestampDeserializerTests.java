package io.github.ycspring.internal.json;

import java.time.Instant;

import io.github.ycspring.compute.Image;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.exc.InvalidFormatException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The hand-written fast path agrees with the JDK's RFC 3339 parsing, and what is not a timestamp fails clearly.
 */
class Proto3TimestampDeserializerTests {

	@ParameterizedTest
	@ValueSource(strings = { "2023-11-14T22:13:20Z", "2023-11-14T22:13:20.1Z", "2023-11-14T22:13:20.123Z",
			"2023-11-14T22:13:20.123456Z", "2023-11-14T22:13:20.123456789Z", "1970-01-01T00:00:00Z",
			"2000-02-29T23:59:59.999999999Z", "9999-12-31T23:59:59Z", "2023-11-15T01:13:20.5+03:00",
			"2023-11-14T17:13:20-05:00" })
	void agreesWithTheJdk(String text) {
		assertThat(read(text)).isEqualTo(java.time.OffsetDateTime.parse(text).toInstant());
	}

	@ParameterizedTest
	@ValueSource(strings = { "2023-02-30T00:00:00Z", "2023-11-14T24:00:00Z",
			"2023-11-14T22:13:20.1234567890Z", "2023-11-14 22:13:20Z", "yesterday", "2023-1x-14T22:13:20Z" })
	void rejectsWhatIsNoTimestamp(String text) {
		assertThatExceptionOfType(InvalidFormatException.class).isThrownBy(() -> read(text))
			.withMessageContaining(text);
	}

	@Test
	void aBadTimestampInAResponseNamesTheValue() {
		assertThatExceptionOfType(InvalidFormatException.class)
			.isThrownBy(() -> ProtoJson.mapper().readValue("{\"createdAt\":\"yesterday\"}", Image.class))
			.withMessageContaining("yesterday");
		assertThat(ProtoJson.mapper().readValue("{\"createdAt\":\"2023-11-14T22:13:20.000000001Z\"}", Image.class)
			.createdAt()).isEqualTo(Instant.ofEpochSecond(1_700_000_000L, 1));
	}

	private static Instant read(String timestamp) {
		return ProtoJson.mapper().readValue("\"" + timestamp + "\"", Instant.class);
	}

}
