package io.github.ycspring.autoconfigure;

import java.util.List;

/**
 * More than one explicit credentials source is set.
 */
final class CredentialsConflictException extends RuntimeException {

	private final List<String> properties;

	CredentialsConflictException(List<String> properties) {
		super("Set only one Yandex Cloud credentials source, but " + String.join(" and ", properties) + " are set");
		this.properties = List.copyOf(properties);
	}

	List<String> properties() {
		return this.properties;
	}

}
