package io.github.ycspring.auth;

import reactor.core.publisher.Mono;

/**
 * Source of the IAM tokens that authenticate calls to Yandex Cloud.
 * <p>
 * Define a bean of this type to replace the credentials the starter resolves from properties and environment.
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
	 * What kind of credentials this is, for logs: never the secret itself.
	 * @return a short description, such as {@code "static IAM token"}
	 */
	String kind();

}
