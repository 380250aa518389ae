package io.github.ycspring.auth;

import java.time.Instant;

import org.springframework.util.Assert;

/**
 * An IAM token and when it expires. Its {@code toString()} never shows the token.
 *
 * @param value the token, sent as {@code Authorization: Bearer <value>}
 * @param expiresAt when the token stops being accepted
 */
public record IamToken(String value, Instant expiresAt) {

	/**
	 * Checks that the token is not blank.
	 * @param value the token, sent as {@code Authorization: Bearer <value>}
	 * @param expiresAt when the token stops being accepted
	 */
	public IamToken {
		Assert.hasText(value, "iamToken: must not be blank");
		Assert.notNull(expiresAt, "expiresAt: is required");
	}

	@Override
	public String toString() {
		return "IamToken[value=REDACTED, expiresAt=" + this.expiresAt + "]";
	}

}
