package io.github.ycspring.internal.http;

import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;

/**
 * A response body read whole into one buffer, with exactly one owner at a time: first this holder, then whoever
 * takes the buffer. The buffer is handed out once; every later subscriber to {@link #body()} gets an empty body, and
 * {@link #releaseUntaken()} releases it only if nobody took it. So however often the body is subscribed (WebClient
 * subscribes once more to release what the caller did not read), the buffer is released once.
 * <p>
 * This matters more than a leak: a pooled buffer released twice goes back to the pool while someone still holds it,
 * and the pool gives its memory to the next request, or to the host server's own response.
 */
final class HeldBody {

	private final AtomicReference<@Nullable DataBuffer> buffer;

	HeldBody(DataBuffer buffer) {
		this.buffer = new AtomicReference<>(buffer);
	}

	/**
	 * The body: the buffer for the first subscriber that asks for it, who then owns it and must release it; no
	 * buffer for any other.
	 * @return the body
	 */
	Flux<DataBuffer> body() {
		return buffer().flux();
	}

	/**
	 * The body as one buffer, on the same terms as {@link #body()}.
	 * @return the buffer, or empty
	 */
	Mono<DataBuffer> buffer() {
		// fromSupplier takes the buffer on request, not on subscribe: a subscriber that cancels first takes nothing
		return Mono.fromSupplier(this::take);
	}

	/**
	 * Releases the buffer if nobody has taken it: for a call cancelled between reading the body and decoding it.
	 */
	void releaseUntaken() {
		DataBuffer untaken = take();
		if (untaken != null) {
			DataBufferUtils.release(untaken);
		}
	}

	private @Nullable DataBuffer take() {
		return this.buffer.getAndSet(null);
	}

}
