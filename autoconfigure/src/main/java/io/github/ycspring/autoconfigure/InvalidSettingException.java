package io.github.ycspring.autoconfigure;

import org.jspecify.annotations.Nullable;

/**
 * A {@code yandex.cloud.*} setting has a value its rule does not allow. Thrown at startup, explained by
 * {@link InvalidSettingFailureAnalyzer}.
 */
final class InvalidSettingException extends RuntimeException {

	private final String key;

	private final @Nullable String value;

	private final String rule;

	private final String example;

	/**
	 * Creates the exception.
	 * @param key the property's name
	 * @param value the value as the application wrote it, if known
	 * @param rule what the value must be, as {@code "must be between 1 and 1000, was 0"}
	 * @param example a value that would do, such as the default
	 */
	InvalidSettingException(String key, @Nullable String value, String rule, String example) {
		super(key + ((value != null) ? "=" + value : "") + ": " + rule);
		this.key = key;
		this.value = value;
		this.rule = rule;
		this.example = example;
	}

	String key() {
		return this.key;
	}

	@Nullable String value() {
		return this.value;
	}

	String rule() {
		return this.rule;
	}

	String example() {
		return this.example;
	}

}
