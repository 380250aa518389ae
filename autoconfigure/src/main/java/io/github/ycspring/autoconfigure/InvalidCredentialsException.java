package io.github.ycspring.autoconfigure;

/**
 * Configured credentials cannot be used: an unreadable or malformed service account key, say. The message names
 * the source and the problem, never the secret.
 */
final class InvalidCredentialsException extends RuntimeException {

	private final String source;

	InvalidCredentialsException(String source, String problem) {
		super("Yandex Cloud credentials from " + source + " cannot be used: " + problem);
		this.source = source;
	}

	String source() {
		return this.source;
	}

}
