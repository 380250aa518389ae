package io.github.ycspring.internal.http;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;

/**
 * Reads each successful response's body whole, within the attempt. Standing inside the retry filter, it makes a
 * connection cut in the middle of a body (a page of 1000 images, say) one more failed attempt that is tried again
 * with the same request id, so the caller never sees half a page. Error responses pass as they are: the error
 * mapping reads them.
 * <p>
 * The body travels on as a {@link HeldBody}, in a {@link HeldBodyResponse}: handed to its first reader (the
 * transport's decoder) and released once, whoever else subscribes to it, and released here if the call is cancelled
 * before anyone took it.
 */
final class BodyBufferingFilter implements ExchangeFilterFunction {

	private final int maxBodyBytes;

	BodyBufferingFilter(int maxBodyBytes) {
		this.maxBodyBytes = maxBodyBytes;
	}

	@Override
	public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
		return next.exchange(request)
			.flatMap((response) -> response.statusCode().is2xxSuccessful() ? held(response) : Mono.just(response));
	}

	private Mono<ClientResponse> held(ClientResponse response) {
		return ResponseBodies.join(response, this.maxBodyBytes).flatMap((buffer) -> {
			HeldBody body = new HeldBody(buffer);
			return Mono.<ClientResponse>just(new HeldBodyResponse(response, body)).doOnCancel(body::releaseUntaken);
		}).switchIfEmpty(Mono.fromSupplier(() -> response.mutate().body((consumed) -> Flux.empty()).build()));
	}

}
