package io.github.ycspring.internal.http;

import io.github.ycspring.core.IdempotencyKey;
import reactor.core.publisher.Mono;

import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;

/**
 * Gives each mutating call one {@code Idempotency-Key}: the caller's, when it put one in the Reactor context with
 * {@link IdempotencyKey#with(String)}, or a new UUID v4. It stands before the retry filter, so a retried create
 * can never make two images.
 */
final class IdempotencyKeyFilter implements ExchangeFilterFunction {

	private final UuidGenerator uuids;

	IdempotencyKeyFilter(UuidGenerator uuids) {
		this.uuids = uuids;
	}

	@Override
	public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
		if (!RequestAttributes.isMutating(request) || request.headers().containsHeader(Headers.IDEMPOTENCY_KEY)) {
			return next.exchange(request);
		}
		return Mono.deferContextual((context) -> {
			String key = IdempotencyKey.in(context).orElseGet(this.uuids::next);
			return next.exchange(ClientRequest.from(request).header(Headers.IDEMPOTENCY_KEY, key).build());
		});
	}

}
