package io.github.ycspring.benchmarks.baseline;

import java.net.http.HttpClient;

import io.github.ycspring.benchmarks.Bench;
import io.github.ycspring.internal.json.ProtoJson;

import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.client.RestClient;

/**
 * The Spring blocking loop: {@link RestClient} on the JDK client, the same Jackson mapper as its only converter.
 */
public final class RestClientBaseline {

	private final RestClient rest;

	/**
	 * A baseline against one server.
	 * @param baseUrl the server
	 */
	public RestClientBaseline(String baseUrl) {
		this.rest = RestClient.builder()
			.baseUrl(baseUrl)
			.defaultHeader("Authorization", Bench.BEARER)
			.requestFactory(new JdkClientHttpRequestFactory(
					HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()))
			.configureMessageConverters((converters) -> converters.disableDefaults()
				.withJsonConverter(new JacksonJsonHttpMessageConverter(ProtoJson.mapper())))
			.build();
	}

	/**
	 * Walks every page of a folder, one after the other.
	 * @param folderId the folder
	 * @param pageSize images per page
	 * @return how many images
	 */
	public long countImages(String folderId, int pageSize) {
		long count = 0;
		String token = "";
		do {
			ImagePage page = this.rest.get()
				.uri(Paths.listImages(folderId, pageSize, token))
				.accept(MediaType.APPLICATION_JSON)
				.retrieve()
				.body(ImagePage.class);
			if (page == null) {
				throw new IllegalStateException("empty page");
			}
			count += Checksum.of(page);
			token = page.nextPageToken();
		}
		while (!token.isEmpty());
		return count;
	}

}
