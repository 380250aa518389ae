package io.github.ycspring.internal.auth;

import java.net.URI;

import io.github.ycspring.auth.IamToken;
import io.github.ycspring.internal.http.ApiTransport;
import reactor.core.publisher.Mono;

import org.springframework.util.Assert;

/**
 * Exchanges the OAuth token of a Yandex account for IAM tokens
 * ({@code {"yandexPassportOauthToken": ...}}).
 */
public final class OAuthTokenSource implements TokenSource {

	private final IamTokenExchange exchange;

	private final String oauthToken;

	/**
	 * Creates the source.
	 * @param transport an unauthenticated transport (see {@code YandexCloudPipeline.applyUnauthenticated})
	 * @param iamEndpoint base URL of the IAM API
	 * @param oauthToken the OAuth token
	 */
	public OAuthTokenSource(ApiTransport transport, URI iamEndpoint, String oauthToken) {
		Assert.hasText(oauthToken, "oauthToken: must not be blank");
		this.exchange = new IamTokenExchange(transport, iamEndpoint);
		this.oauthToken = oauthToken.strip();
	}

	@Override
	public Mono<IamToken> fetch() {
		return this.exchange.exchange(new OAuthBody(this.oauthToken));
	}

	@Override
	public String toString() {
		return "OAuthTokenSource[REDACTED]";
	}

	/** The request body. */
	record OAuthBody(String yandexPassportOauthToken) {

		@Override
		public String toString() {
			return "OAuthBody[REDACTED]";
		}

	}

}
