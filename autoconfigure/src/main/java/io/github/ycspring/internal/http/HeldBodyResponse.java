package io.github.ycspring.internal.http;

import java.util.List;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.reactive.ClientHttpResponse;
import org.springframework.web.reactive.function.BodyExtractor;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import org.springframework.web.reactive.function.client.support.ClientResponseWrapper;

/**
 * A response whose body was read whole by {@link BodyBufferingFilter} and is now a {@link HeldBody}. The
 * transport's read of it as data buffers, and WebClient's release of what was not read, go straight to the held
 * body. Any other read (a user's filter decoding a successful response, say) goes through a response rebuilt over
 * the held body, so it behaves as WebClient's own.
 * <p>
 * Why not always rebuild, as {@code mutate()} does: a rebuilt response checkpoints its body and describes its
 * request as text on every read, which cost more per call than the rest of the pipeline's filters together.
 */
final class HeldBodyResponse extends ClientResponseWrapper {

	private final HeldBody body;

	/**
	 * Wraps a response whose network body has been consumed.
	 * @param consumed the response as the connector gave it; its body must not be read again
	 * @param body its body, read whole
	 */
	HeldBodyResponse(ClientResponse consumed, HeldBody body) {
		super(consumed);
		this.body = body;
	}

	/**
	 * The body for its first reader.
	 * @return the buffer, or empty for any later reader
	 */
	Mono<DataBuffer> heldBody() {
		return this.body.buffer();
	}

	@Override
	@SuppressWarnings("unchecked")
	public <T> Flux<T> bodyToFlux(Class<? extends T> elementClass) {
		return (elementClass == DataBuffer.class) ? (Flux<T>) this.body.body() : rebuilt().bodyToFlux(elementClass);
	}

	@Override
	public Mono<Void> releaseBody() {
		return Mono.fromRunnable(this.body::releaseUntaken);
	}

	@Override
	public <T> T body(BodyExtractor<T, ? super ClientHttpResponse> extractor) {
		return rebuilt().body(extractor);
	}

	@Override
	public <T> Mono<T> bodyToMono(Class<? extends T> elementClass) {
		return rebuilt().bodyToMono(elementClass);
	}

	@Override
	public <T> Mono<T> bodyToMono(ParameterizedTypeReference<T> elementTypeRef) {
		return rebuilt().bodyToMono(elementTypeRef);
	}

	@Override
	public <T> Flux<T> bodyToFlux(ParameterizedTypeReference<T> elementTypeRef) {
		return rebuilt().bodyToFlux(elementTypeRef);
	}

	@Override
	public Mono<ResponseEntity<Void>> toBodilessEntity() {
		return rebuilt().toBodilessEntity();
	}

	@Override
	public <T> Mono<ResponseEntity<T>> toEntity(Class<T> bodyType) {
		return rebuilt().toEntity(bodyType);
	}

	@Override
	public <T> Mono<ResponseEntity<T>> toEntity(ParameterizedTypeReference<T> bodyTypeReference) {
		return rebuilt().toEntity(bodyTypeReference);
	}

	@Override
	public <T> Mono<ResponseEntity<List<T>>> toEntityList(Class<T> elementClass) {
		return rebuilt().toEntityList(elementClass);
	}

	@Override
	public <T> Mono<ResponseEntity<List<T>>> toEntityList(ParameterizedTypeReference<T> elementTypeRef) {
		return rebuilt().toEntityList(elementTypeRef);
	}

	@Override
	public Mono<WebClientResponseException> createException() {
		return rebuilt().createException();
	}

	@Override
	public <T> Mono<T> createError() {
		return rebuilt().createError();
	}

	/**
	 * WebClient's own response over the held body: {@code body(Function)} keeps the consumed network body out of it
	 * ({@code body(Flux)} would subscribe to it again).
	 */
	private ClientResponse rebuilt() {
		return response().mutate().body((consumed) -> this.body.body()).build();
	}

}
