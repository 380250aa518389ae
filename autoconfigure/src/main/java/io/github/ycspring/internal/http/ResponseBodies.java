package io.github.ycspring.internal.http;

import java.nio.charset.StandardCharsets;

import io.github.ycspring.core.Code;
import io.github.ycspring.core.YandexCloudException;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.web.reactive.function.client.ClientResponse;

/**
 * Reads whole response bodies with a size limit, and quotes them briefly in error messages.
 */
final class ResponseBodies {

	private static final int EXCERPT_LENGTH = 200;

	private ResponseBodies() {
	}

	/**
	 * The body in one buffer; empty for no body.
	 * @param response the response
	 * @param maxBytes largest body accepted; a larger one fails with a {@link YandexCloudException} that names
	 * the property to raise
	 * @return the buffer
	 */
	static Mono<DataBuffer> join(ClientResponse response, int maxBytes) {
		if (response instanceof HeldBodyResponse held) {
			// already one buffer, read within the limit
			return held.heldBody();
		}
		return DataBufferUtils.join(response.bodyToFlux(DataBuffer.class), maxBytes)
			.onErrorMap(DataBufferLimitException.class, (ex) -> CallIds.of(response)
				.failure(Code.RESOURCE_EXHAUSTED, response.statusCode().value(),
						"response body is larger than yandex.cloud.http.max-in-memory-size (" + maxBytes + " bytes)", ex));
	}

	/**
	 * The body as bytes, empty for no body.
	 * @param response the response
	 * @param maxBytes largest body accepted
	 * @return the bytes
	 */
	static Mono<byte[]> read(ClientResponse response, int maxBytes) {
		return join(response, maxBytes).map((buffer) -> {
			byte[] bytes = new byte[buffer.readableByteCount()];
			buffer.read(bytes);
			DataBufferUtils.release(buffer);
			return bytes;
		}).defaultIfEmpty(new byte[0]);
	}

	/**
	 * The start of a body held in a buffer, on one line, for an error message; the buffer is not consumed.
	 * @param body the buffer
	 * @param start where the body starts in it
	 * @return up to 200 characters of it
	 */
	static String excerpt(DataBuffer body, int start) {
		int length = Math.min(body.writePosition() - start, EXCERPT_LENGTH * 4);
		return excerpt(body.toString(start, length, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * The start of a body, on one line, for an error message.
	 * @param body the body
	 * @return up to 200 characters of it
	 */
	static String excerpt(byte @Nullable [] body) {
		if (body == null || body.length == 0) {
			return "(empty body)";
		}
		String text = new String(body, 0, Math.min(body.length, EXCERPT_LENGTH * 4), StandardCharsets.UTF_8)
			.replaceAll("\\s+", " ")
			.strip();
		return (text.length() > EXCERPT_LENGTH) ? text.substring(0, EXCERPT_LENGTH) + "..." : text;
	}

}
