package io.github.ycspring.benchmarks.baseline;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import io.github.ycspring.benchmarks.Bench;
import io.github.ycspring.compute.Image;
import io.github.ycspring.internal.json.ProtoJson;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.MediaType;
import org.springframework.http.codec.json.JacksonJsonDecoder;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * A plain {@link WebClient}: the same GET and the same Jackson mapper, without our filters (request ids, error
 * mapping, retry, authentication, logging) and without our transport.
 */
public final class RawWebClientBaseline {

	private final WebClient web;

	/**
	 * A baseline against one server.
	 * @param baseUrl the server
	 */
	public RawWebClientBaseline(String baseUrl) {
		this.web = WebClient.builder()
			.baseUrl(baseUrl)
			.defaultHeader("Authorization", Bench.BEARER)
			.codecs((codecs) -> {
				codecs.defaultCodecs().jacksonJsonDecoder(new JacksonJsonDecoder(ProtoJson.mapper()));
				codecs.defaultCodecs().maxInMemorySize(16 * 1024 * 1024);
			})
			.build();
	}

	/**
	 * Every image of a folder, as a hand-written WebClient loop streams them: each page decoded by Spring's Jackson
	 * decoder, the next page asked for after the previous one arrived ({@code expand}).
	 * @param folderId the folder
	 * @param pageSize images per page
	 * @return the images
	 */
	public Flux<Image> listImages(String folderId, int pageSize) {
		return imagePage(folderId, pageSize, "")
			.expand((page) -> page.hasNext() ? imagePage(folderId, pageSize, page.nextPageToken()) : Mono.empty())
			.concatMapIterable(ImagePage::images);
	}

	private Mono<ImagePage> imagePage(String folderId, int pageSize, String token) {
		return this.web.get()
			.uri(Paths.listImages(folderId, pageSize, token))
			.accept(MediaType.APPLICATION_JSON)
			.retrieve()
			.bodyToMono(ImagePage.class);
	}

	/**
	 * One image.
	 * @param imageId the image
	 * @return the image
	 */
	public Mono<Image> getImage(String imageId) {
		return this.web.get()
			.uri(Paths.getImage(imageId))
			.accept(MediaType.APPLICATION_JSON)
			.retrieve()
			.bodyToMono(Image.class);
	}

	/**
	 * One image, the request carrying the two ids every call of the client (and of the official SDKs) carries,
	 * {@code x-client-request-id} and {@code x-client-trace-id}, made as cheaply as the client makes them: what the
	 * ids cost, on both ends of the connection, apart from the client's other work.
	 * @param imageId the image
	 * @return the image
	 */
	public Mono<Image> getImageWithRequestIds(String imageId) {
		return Mono.defer(() -> this.web.get()
			.uri(Paths.getImage(imageId))
			.accept(MediaType.APPLICATION_JSON)
			.header("x-client-request-id", randomUuid())
			.header("x-client-trace-id", randomUuid())
			.retrieve()
			.bodyToMono(Image.class));
	}

	private static String randomUuid() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return new UUID(random.nextLong(), random.nextLong()).toString();
	}

}
