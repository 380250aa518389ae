package io.github.ycspring.internal.auth;

import io.github.ycspring.auth.IamToken;
import reactor.core.publisher.Mono;

/**
 * Gets a fresh IAM token by exchanging long-lived credentials; each subscription is one exchange.
 * {@link CachingCredentialsProvider} decides when to call it.
 */
@FunctionalInterface
public interface TokenSource {

	/**
	 * Exchanges the credentials for a new token. Nothing may happen before subscription.
	 * @return the token
	 */
	Mono<IamToken> fetch();

}
