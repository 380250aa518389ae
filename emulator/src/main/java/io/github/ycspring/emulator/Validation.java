package io.github.ycspring.emulator;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The request validation rules of the Compute API (the proto's validation annotations). */
final class Validation {

	private static final int MAX_ID_LENGTH = 50;

	private static final Pattern NAME = Pattern.compile("|[a-z]([-a-z0-9]{0,61}[a-z0-9])?");

	private static final Pattern FAMILY = Pattern.compile("|[a-z][-a-z0-9]{1,61}[a-z0-9]");

	private static final Pattern LABEL_KEY = Pattern.compile("[a-z][-_./\\\\@0-9a-z]*");

	private static final Pattern LABEL_VALUE = Pattern.compile("[-_./\\\\@0-9a-z]*");

	private static final long MIN_DISK_SIZE = 4_194_304L;

	private static final long MAX_DISK_SIZE = 4_398_046_511_104L;

	private Validation() {
	}

	/** A required id: present and at most 50 characters. */
	static String requiredId(String field, String value) {
		if (value.isEmpty()) {
			throw invalid(field, "field is required");
		}
		return optionalId(field, value);
	}

	static String optionalId(String field, String value) {
		if (characters(value) > MAX_ID_LENGTH) {
			throw invalid(field, "the maximum string length in characters is " + MAX_ID_LENGTH);
		}
		return value;
	}

	static void name(String value) {
		matches("name", value, NAME);
	}

	static void family(String value) {
		matches("family", value, FAMILY);
	}

	static void description(String value) {
		if (characters(value) > 256) {
			throw invalid("description", "the maximum string length in characters is 256");
		}
	}

	static void minDiskSize(long value) {
		if (value != 0 && (value < MIN_DISK_SIZE || value > MAX_DISK_SIZE)) {
			throw invalid("min_disk_size", "acceptable values are " + MIN_DISK_SIZE + " to " + MAX_DISK_SIZE);
		}
	}

	static void labels(Map<String, String> labels) {
		if (labels.size() > 64) {
			throw invalid("labels", "no more than 64 per resource");
		}
		labels.forEach((key, value) -> {
			if (key.isEmpty() || characters(key) > 63) {
				throw invalid("labels", "the string length in characters for each key must be 1-63");
			}
			matches("labels", key, LABEL_KEY);
			if (characters(value) > 63) {
				throw invalid("labels", "the maximum string length in characters for each value is 63");
			}
			matches("labels", value, LABEL_VALUE);
		});
	}

	static void productIds(List<String> productIds) {
		productIds.forEach((id) -> optionalId("product_ids", id));
	}

	private static void matches(String field, String value, Pattern pattern) {
		if (!pattern.matcher(value).matches()) {
			throw invalid(field, "value \"" + value + "\" must match the regular expression " + pattern.pattern());
		}
	}

	static ApiException invalid(String field, String rule) {
		return ApiException.invalidArgument("Request validation error: " + field + ": " + rule);
	}

	/** Length as the API counts it: in characters (code points), not UTF-16 units. */
	private static int characters(String text) {
		return text.codePointCount(0, text.length());
	}

}
