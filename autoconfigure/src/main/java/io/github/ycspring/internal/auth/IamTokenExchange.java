package io.github.ycspring.internal.auth;

import java.net.URI;
import java.time.Instant;

import io.github.ycspring.auth.IamToken;
import io.github.ycspring.internal.http.ApiRequest;
import io.github.ycspring.internal.http.ApiTransport;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * {@code POST {iam}/iam/v1/tokens}: exchanges an OAuth token or a signed JWT for an IAM token. It goes through the
 * same pipeline as API calls (timeouts, retries, error mapping), without authentication.
 */
final class IamTokenExchange {

	static final String PATH = "/iam/v1/tokens";

	private final ApiTransport transport;

	private final URI iamEndpoint;

	IamTokenExchange(ApiTransport transport, URI iamEndpoint) {
		this.transport = transport;
		this.iamEndpoint = iamEndpoint;
	}

	Mono<IamToken> exchange(Object body) {
		return this.transport.call(ApiRequest.post("IamTokenService.Create", this.iamEndpoint, PATH, body),
				CreateIamTokenResponse.class)
			.map(CreateIamTokenResponse::toToken);
	}

	/** The JSON of the IAM answer. */
	record CreateIamTokenResponse(@Nullable String iamToken, @Nullable Instant expiresAt) {

		IamToken toToken() {
			if (this.iamToken == null || this.iamToken.isBlank() || this.expiresAt == null) {
				throw new IllegalStateException("the IAM token exchange answered without iamToken or expiresAt");
			}
			return new IamToken(this.iamToken, this.expiresAt);
		}

		@Override
		public String toString() {
			return "CreateIamTokenResponse[iamToken=REDACTED, expiresAt=" + this.expiresAt + "]";
		}

	}

}
