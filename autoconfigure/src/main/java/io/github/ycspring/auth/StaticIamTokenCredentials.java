package io.github.ycspring.auth;

import java.time.Duration;
import java.time.Instant;

import reactor.core.publisher.Mono;

/**
 * A fixed IAM token, given in {@code yandex.cloud.credentials.iam-token} or env {@code YC_TOKEN} ({@code t1.}...).
 * Yandex Cloud IAM tokens live at most 12 hours, so this suits tests and short jobs; long-running services should
 * use a service account key or the metadata service.
 */
public final class StaticIamTokenCredentials implements CredentialsProvider {

	/** Longest life of a Yandex Cloud IAM token. */
	private static final Duration MAX_LIFETIME = Duration.ofHours(12);

	private final IamToken token;

	/**
	 * Creates credentials from a token.
	 * @param iamToken the token
	 */
	public StaticIamTokenCredentials(String iamToken) {
		this.token = new IamToken(iamToken, Instant.now().plus(MAX_LIFETIME));
	}

	@Override
	public Mono<IamToken> token() {
		return Mono.just(this.token);
	}

	@Override
	public String kind() {
		return "static IAM token";
	}

	@Override
	public String toString() {
		return "StaticIamTokenCredentials[REDACTED]";
	}

}
