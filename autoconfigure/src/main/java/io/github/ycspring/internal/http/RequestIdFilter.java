package io.github.ycspring.internal.http;

import reactor.core.publisher.Mono;

import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;

/**
 * Gives each logical call an {@code x-client-request-id} and {@code x-client-trace-id}. It stands before the retry
 * filter, so every attempt of one call carries the same ids.
 */
final class RequestIdFilter implements ExchangeFilterFunction {

	private final UuidGenerator uuids;

	RequestIdFilter(UuidGenerator uuids) {
		this.uuids = uuids;
	}

	@Override
	public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
		return Mono.defer(() -> next.exchange(ClientRequest.from(request).headers((headers) -> {
			if (!headers.containsHeader(Headers.CLIENT_REQUEST_ID)) {
				headers.set(Headers.CLIENT_REQUEST_ID, this.uuids.next());
			}
			if (!headers.containsHeader(Headers.CLIENT_TRACE_ID)) {
				headers.set(Headers.CLIENT_TRACE_ID, this.uuids.next());
			}
		}).build()));
	}

}
