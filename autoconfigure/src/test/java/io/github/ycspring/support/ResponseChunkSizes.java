package io.github.ycspring.support;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import io.github.ycspring.emulator.YandexCloudEmulator;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;

import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.reactive.ClientHttpConnector;

/**
 * The sizes of the buffers a connector hands a response body on in, each buffer released as it is measured.
 */
public final class ResponseChunkSizes {

	private ResponseChunkSizes() {
	}

	/**
	 * A page of 1000 images (some 480 KB of JSON), seeded into a folder of its own.
	 * @param emulator the emulator
	 * @param folderId the folder to seed
	 * @return the page's URL
	 */
	public static URI largePage(YandexCloudEmulator emulator, String folderId) {
		emulator.seedImages(folderId, 1000);
		return URI.create(emulator.baseUrl() + "/compute/v1/images?folderId=" + folderId + "&pageSize=1000");
	}

	/**
	 * Gets a URL with a bearer token and measures the body's buffers.
	 * @param connector the connector
	 * @param uri the URL
	 * @param token the bearer token
	 * @return the readable bytes of each buffer, in order
	 */
	public static List<Integer> of(ClientHttpConnector connector, URI uri, String token) {
		return sizes(connector, uri, token).collectList().block(Duration.ofSeconds(10));
	}

	/**
	 * Gets a URL, without blocking, and measures the body's buffers as they come.
	 * @param connector the connector
	 * @param uri the URL
	 * @param token the bearer token, or {@code null} for none
	 * @return the readable bytes of each buffer, in order
	 */
	public static Flux<Integer> sizes(ClientHttpConnector connector, URI uri, @Nullable String token) {
		return connector.connect(HttpMethod.GET, uri, (request) -> {
			if (token != null) {
				request.getHeaders().setBearerAuth(token);
			}
			return request.setComplete();
		}).flatMapMany((response) -> response.getBody()).map((buffer) -> {
			int size = buffer.readableByteCount();
			DataBufferUtils.release(buffer);
			return size;
		});
	}

}
