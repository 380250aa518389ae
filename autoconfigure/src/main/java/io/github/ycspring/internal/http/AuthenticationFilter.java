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
 * Puts the IAM token in {@code Authorization: Bearer}. When the server answers 401, the token is invalidated and
 * the call is tried once more with a fresh one; a second 401 is the caller's error. A token is never sent over plain
 * HTTP to a host that is not loopback.
 */
final class AuthenticationFilter implements ExchangeFilterFunction {

	private final CredentialsProvider credentials;

	AuthenticationFilter(CredentialsProvider credentials) {
		this.credentials = credentials;
	}

	@Override
	public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
		if (!BearerTokenPolicy.mayCarryToken(request.url())) {
			return Mono.error(new IllegalStateException("refusing to send a bearer token over plain HTTP to "
					+ request.url().getHost() + ": use https for every endpoint that is not loopback"));
		}
		return this.credentials.token()
			.flatMap((token) -> next.exchange(authorized(request, token)).flatMap((response) -> {
				if (response.statusCode().value() != HttpStatus.UNAUTHORIZED.value()) {
					return Mono.just(response);
				}
				return response.releaseBody().then(Mono.defer(() -> {
					this.credentials.invalidate(token);
					return this.credentials.token().flatMap((fresh) -> next.exchange(authorized(request, fresh)));
				}));
			}));
	}

	private static ClientRequest authorized(ClientRequest request, IamToken token) {
		return ClientRequest.from(request).headers((headers) -> headers.setBearerAuth(token.value())).build();
	}

}
