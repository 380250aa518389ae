package io.github.ycspring.internal.json;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads proto3 timestamps. The form every Yandex Cloud response uses, {@code 2023-11-14T22:13:20.123456789Z} (UTC,
 * 0 to 9 fractional digits), is parsed by hand: {@code DateTimeFormatter} was the largest single cost of decoding a
 * page of images. Any other RFC 3339 form, such as one with an offset, goes through {@link OffsetDateTime}.
 */
public final class Proto3TimestampDeserializer extends StdDeserializer<Instant> {

	Proto3TimestampDeserializer() {
		super(Instant.class);
	}

	@Override
	public Instant deserialize(JsonParser parser, DeserializationContext context) {
		if (parser.currentToken() != JsonToken.VALUE_STRING) {
			return (Instant) context.handleUnexpectedToken(Instant.class, parser);
		}
		Instant instant = parse(parser);
		if (instant == null) {
			return (Instant) context.handleWeirdStringValue(Instant.class, parser.getString(),
					"not an RFC 3339 timestamp");
		}
		return instant;
	}

	/**
	 * Parses the RFC 3339 timestamp a parser is at, reading its characters where the parser holds them: the usual
	 * form makes no {@code String}.
	 * @param parser a parser at a string value
	 * @return the instant, or {@code null} if the string is no RFC 3339 timestamp
	 */
	public static @Nullable Instant parse(JsonParser parser) {
		return parse(parser.getStringCharacters(), parser.getStringOffset(), parser.getStringLength());
	}

	private static @Nullable Instant parse(char[] text, int offset, int length) {
		Instant utc = parseUtc(text, offset, length);
		if (utc != null) {
			return utc;
		}
		try {
			return OffsetDateTime.parse(new String(text, offset, length)).toInstant();
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	/** {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}]Z}, or {@code null} for anything else. */
	private static @Nullable Instant parseUtc(char[] text, int offset, int length) {
		if (length < 20 || text[offset + length - 1] != 'Z' || text[offset + 4] != '-' || text[offset + 7] != '-'
				|| (text[offset + 10] != 'T' && text[offset + 10] != 't') || text[offset + 13] != ':'
				|| text[offset + 16] != ':') {
			return null;
		}
		int year = (int) DecimalDigits.value(text, offset, 4);
		int month = (int) DecimalDigits.value(text, offset + 5, 2);
		int day = (int) DecimalDigits.value(text, offset + 8, 2);
		int hour = (int) DecimalDigits.value(text, offset + 11, 2);
		int minute = (int) DecimalDigits.value(text, offset + 14, 2);
		int second = (int) DecimalDigits.value(text, offset + 17, 2);
		int nanos = 0;
		if (length > 20) {
			int fraction = length - 21;
			if (text[offset + 19] != '.' || fraction < 1 || fraction > 9) {
				return null;
			}
			nanos = (int) DecimalDigits.value(text, offset + 20, fraction);
			for (int i = fraction; i < 9; i++) {
				nanos *= 10;
			}
		}
		if ((year | month | day | hour | minute | second | nanos) < 0 || hour > 23 || minute > 59 || second > 59) {
			return null;
		}
		try {
			long epochDay = LocalDate.of(year, month, day).toEpochDay();
			return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3_600L + minute * 60L + second, nanos);
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

}
