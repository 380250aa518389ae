package io.github.ycspring.auth;

import java.time.Instant;
import java.util.Optional;

import reactor.core.publisher.Mono;

/**
 * Source of the IAM tokens that authenticate calls to Yandex Cloud.
 * <p>
 * The starter resolves one from configuration, in this order: the explicit properties
 * {@code yandex.cloud.credentials.iam-token}, {@code oauth-token}, {@code service-account-key-file} or
 * {@code service-account-key} (at most one); env {@code YC_SERVICE_ACCOUNT_KEY_FILE}; env {@code YC_TOKEN} (an IAM
 * token when it starts with {@code t1.}, otherwise an OAuth token); the VM metadata service; else none, and the
 * first call fails saying what to set. Exchanged tokens are cached, refreshed ahead of expiry, and shared by
 * concurrent callers. Define a bean of this type to replace the whole chain.
 */
public interface CredentialsProvider {

	/**
	 * A token valid for a call made now. Nothing may happen before subscription; implementations that exchange
	 * credentials should cache the token and share one exchange among concurrent callers.
	 * @return the token
	 */
	Mono<IamToken> token();

	/**
	 * Tells the provider that the server rejected a token (HTTP 401), so the next {@link #token()} must not return it.
	 * @param rejected the token the server rejected
	 */
	default void invalidate(IamToken rejected) {
	}

	/**
	 * When a token was last obtained by an exchange, for health reports.
	 * @return the time of the last successful exchange; empty for credentials that are not exchanged, or before the
	 * first exchange
	 */
	default Optional<Instant> lastRefresh() {
		return Optional.empty();
	}

	/**
	 * What kind of credentials this is, for logs: never the secret itself.
	 * @return a short description, such as {@code "static IAM token"}
	 */
	String kind();

}
