package io.github.ycspring.internal.http;

import io.github.ycspring.auth.CredentialsProvider;
import io.github.ycspring.auth.IamToken;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;

/**
 * Refreshes the bearer token once when the server answers 401: the token the call was sent with (set by
 * {@link ApiTransport}) is invalidated and the attempt is made once more with a fresh one; a second 401 is the
 * caller's error. Standing inside the retry filter, it does this for each attempt.
 */
final class AuthenticationFilter implements ExchangeFilterFunction {

	private final CredentialsProvider credentials;

	AuthenticationFilter(CredentialsProvider credentials) {
		this.credentials = credentials;
	}

	@Override
	public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
		return next.exchange(request).flatMap((response) -> {
			// the status first: most answers are not 401, and they need not look up the token's attribute
			IamToken sent = (response.statusCode().value() == HttpStatus.UNAUTHORIZED.value())
					? RequestAttributes.token(request).orElse(null) : null;
			if (sent == null) {
				return Mono.just(response);
			}
			return response.releaseBody().then(Mono.defer(() -> {
				this.credentials.invalidate(sent);
				return this.credentials.token().flatMap((fresh) -> next.exchange(authorized(request, fresh)));
			}));
		});
	}

	private static ClientRequest authorized(ClientRequest request, IamToken token) {
		return ClientRequest.from(request)
			.headers((headers) -> headers.setBearerAuth(token.value()))
			.attribute(RequestAttributes.TOKEN, token)
			.build();
	}

}
