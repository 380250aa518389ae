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
		String text = parser.getString();
		Instant instant = parse(text);
		if (instant == null) {
			return (Instant) context.handleWeirdStringValue(Instant.class, text, "not an RFC 3339 timestamp");
		}
		return instant;
	}

	/**
	 * Parses an RFC 3339 timestamp.
	 * @param text the timestamp
	 * @return the instant, or {@code null} if the text is no RFC 3339 timestamp
	 */
	public static @Nullable Instant parse(String text) {
		Instant utc = parseUtc(text);
		if (utc != null) {
			return utc;
		}
		try {
			return OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	/** {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}]Z}, or {@code null} for anything else. */
	private static @Nullable Instant parseUtc(String text) {
		int length = text.length();
		if (length < 20 || text.charAt(length - 1) != 'Z' || text.charAt(4) != '-' || text.charAt(7) != '-'
				|| (text.charAt(10) != 'T' && text.charAt(10) != 't') || text.charAt(13) != ':'
				|| text.charAt(16) != ':') {
			return null;
		}
		int year = digits(text, 0, 4);
		int month = digits(text, 5, 2);
		int day = digits(text, 8, 2);
		int hour = digits(text, 11, 2);
		int minute = digits(text, 14, 2);
		int second = digits(text, 17, 2);
		int nanos = 0;
		if (length > 20) {
			int fraction = length - 21;
			if (text.charAt(19) != '.' || fraction < 1 || fraction > 9) {
				return null;
			}
			nanos = digits(text, 20, fraction);
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

	/** The number in {@code count} decimal digits at {@code start}, or -1 when one is not a digit. */
	private static int digits(String text, int start, int count) {
		int value = 0;
		for (int i = start; i < start + count; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			value = value * 10 + (c - '0');
		}
		return value;
	}

}
