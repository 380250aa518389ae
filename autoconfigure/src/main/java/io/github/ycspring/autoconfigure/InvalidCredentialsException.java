package io.github.ycspring.autoconfigure;

/**
 * Configured credentials cannot be used: an unreadable or malformed service account key, say. The message names
 * the source and the problem, never the secret.
 */
final class InvalidCredentialsException extends RuntimeException {

	private final String source;

	private final String action;

	InvalidCredentialsException(String source, String problem) {
		this(source, problem, "Check " + source + ": it must name (or hold) an authorized key JSON as `yc iam key "
				+ "create --output key.json` writes it, with id, service_account_id and private_key.");
	}

	InvalidCredentialsException(String source, String problem, String action) {
		super("Yandex Cloud credentials from " + source + " cannot be used: " + problem);
		this.source = source;
		this.action = action;
	}

	String source() {
		return this.source;
	}

	/** What to do about it, for the failure analysis. */
	String action() {
		return this.action;
	}

}
