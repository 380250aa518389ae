package io.github.ycspring.benchmarks.baseline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import io.github.ycspring.benchmarks.Bench;
import io.github.ycspring.compute.Image;
import io.github.ycspring.internal.json.ProtoJson;
import io.github.ycspring.operation.Operation;
import io.netty.handler.codec.http.HttpHeaderNames;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.ByteBufMono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.http.client.HttpClientResponse;

/**
 * The floor: raw Reactor Netty {@link HttpClient}, each page decoded with Jackson straight from the response's
 * buffer, the next page asked for after the previous one arrived ({@code expand}). No filters, no retries, no
 * request ids.
 */
public final class ReactorNettyBaseline {

	private final HttpClient http;

	/**
	 * A baseline against one server.
	 * @param baseUrl the server
	 */
	public ReactorNettyBaseline(String baseUrl) {
		this.http = HttpClient.create()
			.baseUrl(baseUrl)
			.headers((headers) -> headers.set(HttpHeaderNames.AUTHORIZATION, Bench.BEARER)
				.set(HttpHeaderNames.ACCEPT, "application/json"));
	}

	/**
	 * Every image of a folder.
	 * @param folderId the folder
	 * @param pageSize images per page
	 * @return the images
	 */
	public Flux<Image> listImages(String folderId, int pageSize) {
		return imagePage(folderId, pageSize, "")
			.expand((page) -> page.hasNext() ? imagePage(folderId, pageSize, page.nextPageToken()) : Mono.empty())
			.concatMapIterable(ImagePage::images);
	}

	/**
	 * Every operation of an API gateway.
	 * @param apiGatewayId the gateway
	 * @param pageSize operations per page
	 * @return the operations
	 */
	public Flux<Operation> listGatewayOperations(String apiGatewayId, int pageSize) {
		return operationPage(apiGatewayId, pageSize, "")
			.expand((page) -> page.hasNext() ? operationPage(apiGatewayId, pageSize, page.nextPageToken())
					: Mono.empty())
			.concatMapIterable(OperationPage::operations);
	}

	private Mono<ImagePage> imagePage(String folderId, int pageSize, String token) {
		return get(Paths.listImages(folderId, pageSize, token), ImagePage.class);
	}

	private Mono<OperationPage> operationPage(String apiGatewayId, int pageSize, String token) {
		return get(Paths.listGatewayOperations(apiGatewayId, pageSize, token), OperationPage.class);
	}

	/**
	 * One image.
	 * @param imageId the image
	 * @return the image
	 */
	public Mono<Image> getImage(String imageId) {
		return get(Paths.getImage(imageId), Image.class);
	}

	private <T> Mono<T> get(String uri, Class<T> type) {
		return this.http.get().uri(uri).responseSingle((response, body) -> decode(response, body, type));
	}

	private static <T> Mono<T> decode(HttpClientResponse response, ByteBufMono body, Class<T> type) {
		if (response.status().code() != 200) {
			return body.asString().defaultIfEmpty("").flatMap((text) -> Mono
				.error(new IllegalStateException("HTTP " + response.status().code() + ": " + text)));
		}
		return body.asInputStream().map((in) -> {
			try (InputStream stream = in) {
				return ProtoJson.mapper().readValue(stream, type);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

}
