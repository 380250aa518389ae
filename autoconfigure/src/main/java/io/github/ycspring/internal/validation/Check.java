package io.github.ycspring.internal.validation;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Checks of caller arguments against the limits the API documents, so that a bad argument fails at once with an
 * {@link IllegalArgumentException} naming the field and the rule, before any request is made.
 */
public final class Check {

	/** Longest id the API accepts (images, folders, operations, API gateways). */
	public static final int MAX_ID_LENGTH = 50;

	/** Largest page size the API accepts. */
	public static final long MAX_PAGE_SIZE = 1000;

	/** Longest page token the API accepts. */
	public static final int MAX_PAGE_TOKEN_LENGTH = 100;

	/** Longest list filter the API accepts. */
	public static final int MAX_FILTER_LENGTH = 1000;

	private static final int MAX_LABELS = 64;

	private static final int MAX_LABEL_LENGTH = 63;

	private static final Pattern LABEL_KEY = Pattern.compile("[a-z][-_./\\\\@0-9a-z]*");

	private static final Pattern LABEL_VALUE = Pattern.compile("[-_./\\\\@0-9a-z]*");

	private Check() {
	}

	/**
	 * A required id: present, not blank, at most {@value #MAX_ID_LENGTH} characters.
	 * @param field name of the argument
	 * @param value its value
	 * @return the value
	 */
	public static String id(String field, @Nullable String value) {
		if (value == null || value.isBlank()) {
			throw fail(field, "is required and must not be blank");
		}
		return maxLength(field, value, MAX_ID_LENGTH);
	}

	/**
	 * An optional id: empty, or at most {@value #MAX_ID_LENGTH} characters.
	 * @param field name of the argument
	 * @param value its value, {@code null} meaning empty
	 * @return the value, {@code ""} for {@code null}
	 */
	public static String optionalId(String field, @Nullable String value) {
		return maxLength(field, value, MAX_ID_LENGTH);
	}

	/**
	 * An optional string of bounded length.
	 * @param field name of the argument
	 * @param value its value, {@code null} meaning empty
	 * @param max longest length allowed
	 * @return the value, {@code ""} for {@code null}
	 */
	public static String maxLength(String field, @Nullable String value, int max) {
		String text = (value != null) ? value : "";
		int characters = characters(text);
		if (characters > max) {
			throw fail(field, "must be at most " + max + " characters, was " + characters);
		}
		return text;
	}

	/**
	 * An optional string that must match a pattern in full when present.
	 * @param field name of the argument
	 * @param value its value, {@code null} meaning empty
	 * @param pattern the pattern the API documents
	 * @return the value, {@code ""} for {@code null}
	 */
	public static String matches(String field, @Nullable String value, Pattern pattern) {
		String text = (value != null) ? value : "";
		if (!pattern.matcher(text).matches()) {
			throw fail(field, "must match " + pattern.pattern() + ", was '" + text + "'");
		}
		return text;
	}

	/**
	 * A number within an inclusive range.
	 * @param field name of the argument
	 * @param value its value
	 * @param min smallest value allowed
	 * @param max largest value allowed
	 * @return the value
	 */
	public static long range(String field, long value, long min, long max) {
		if (value < min || value > max) {
			throw fail(field, "must be between " + min + " and " + max + ", was " + value);
		}
		return value;
	}

	/**
	 * A positive duration.
	 * @param field name of the argument
	 * @param value its value
	 * @return the value
	 */
	public static Duration positive(String field, @Nullable Duration value) {
		if (value == null || value.isZero() || value.isNegative()) {
			throw fail(field, "must be a positive duration, was " + value);
		}
		return value;
	}

	/**
	 * A page size: 0 (the server's default) to {@value #MAX_PAGE_SIZE}.
	 * @param value the page size
	 * @return the value
	 */
	public static long pageSize(long value) {
		return range("pageSize", value, 0, MAX_PAGE_SIZE);
	}

	/**
	 * Resource labels: at most 64, keys and values as the API documents.
	 * @param field name of the argument
	 * @param labels the labels, {@code null} meaning none
	 * @return an immutable copy, empty for {@code null}
	 */
	public static Map<String, String> labels(String field, @Nullable Map<String, String> labels) {
		if (labels == null) {
			return Map.of();
		}
		if (labels.size() > MAX_LABELS) {
			throw fail(field, "must have at most " + MAX_LABELS + " entries, had " + labels.size());
		}
		labels.forEach((key, value) -> {
			if (key == null || key.isEmpty() || characters(key) > MAX_LABEL_LENGTH || !LABEL_KEY.matcher(key).matches()) {
				throw fail(field, "key '" + key + "' must be 1-" + MAX_LABEL_LENGTH + " characters matching "
						+ LABEL_KEY.pattern());
			}
			if (value == null || characters(value) > MAX_LABEL_LENGTH || !LABEL_VALUE.matcher(value).matches()) {
				throw fail(field, "value of '" + key + "' must be at most " + MAX_LABEL_LENGTH + " characters matching "
						+ LABEL_VALUE.pattern());
			}
		});
		return Map.copyOf(labels);
	}

	/**
	 * A collection without {@code null} or blank elements.
	 * @param field name of the argument
	 * @param values the values, {@code null} meaning none
	 * @return an immutable copy, empty for {@code null}
	 */
	public static List<String> noBlanks(String field, @Nullable Collection<String> values) {
		if (values == null) {
			return List.of();
		}
		for (String value : values) {
			if (value == null || value.isBlank()) {
				throw fail(field, "must not contain null or blank elements");
			}
		}
		return List.copyOf(values);
	}

	/**
	 * An argument that must not be {@code null}.
	 * @param field name of the argument
	 * @param value its value
	 * @param <T> its type
	 * @return the value
	 */
	public static <T> T notNull(String field, @Nullable T value) {
		if (value == null) {
			throw fail(field, "is required");
		}
		return value;
	}

	/**
	 * An {@link IllegalArgumentException} that names the field and the rule it broke.
	 * @param field name of the argument
	 * @param rule what the value must be
	 * @return the exception, to throw
	 */
	public static IllegalArgumentException fail(String field, String rule) {
		return new IllegalArgumentException(field + ": " + rule);
	}

	/**
	 * Length as the API counts it: in characters (Unicode code points), not in UTF-16 units, so an emoji counts once.
	 */
	private static int characters(String text) {
		return text.codePointCount(0, text.length());
	}

}
