package io.github.ycspring.internal.auth;

import io.github.ycspring.auth.CredentialsProvider;
import io.github.ycspring.auth.IamToken;
import io.github.ycspring.core.Code;
import io.github.ycspring.internal.http.CallIds;
import reactor.core.publisher.Mono;

/**
 * Stands in when no credentials are configured: the application starts, and the first call that needs a token
 * fails with a message that says what to set.
 */
public final class NoCredentials implements CredentialsProvider {

	/** What a user can set to give the starter credentials. */
	public static final String HOW_TO_CONFIGURE = "set one of the properties yandex.cloud.credentials.iam-token, "
			+ "yandex.cloud.credentials.oauth-token, yandex.cloud.credentials.service-account-key-file or "
			+ "yandex.cloud.credentials.service-account-key, or the environment variable YC_TOKEN or "
			+ "YC_SERVICE_ACCOUNT_KEY_FILE, or run on a Yandex Cloud VM with "
			+ "yandex.cloud.credentials.metadata-service=enabled";

	@Override
	public Mono<IamToken> token() {
		return Mono.error(() -> CallIds.none()
			.failure(Code.UNAUTHENTICATED, 0, "no Yandex Cloud credentials are configured: " + HOW_TO_CONFIGURE, null));
	}

	@Override
	public String kind() {
		return "none";
	}

}
