package io.github.ycspring.benchmarks.baseline;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.function.Consumer;

import io.github.ycspring.benchmarks.Bench;
import io.github.ycspring.internal.json.ProtoJson;

/**
 * The blocking loop: {@code java.net.http.HttpClient} over HTTP/1.1, fetch a page, decode it with Jackson, hand it
 * to the consumer, then fetch the next.
 */
public final class JdkHttpBaseline {

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private final String baseUrl;

	/**
	 * A baseline against one server.
	 * @param baseUrl the server
	 */
	public JdkHttpBaseline(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	/**
	 * Walks every page of a folder, one after the other.
	 * @param folderId the folder
	 * @param pageSize images per page
	 * @param consumer work done on each page before the next is fetched
	 * @return how many images
	 */
	public long forEachImagePage(String folderId, int pageSize, Consumer<ImagePage> consumer) {
		long count = 0;
		String token = "";
		do {
			ImagePage page = get(Paths.listImages(folderId, pageSize, token), ImagePage.class);
			count += page.images().size();
			consumer.accept(page);
			token = page.nextPageToken();
		}
		while (!token.isEmpty());
		return count;
	}

	private <T> T get(String path, Class<T> type) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.header("Authorization", Bench.BEARER)
			.header("Accept", "application/json")
			.GET()
			.build();
		HttpResponse<byte[]> response = Bench.unchecked(() -> this.http.send(request,
				HttpResponse.BodyHandlers.ofByteArray()));
		if (response.statusCode() != 200) {
			throw new IllegalStateException("HTTP " + response.statusCode() + " for " + path);
		}
		return ProtoJson.mapper().readValue(response.body(), type);
	}

	/**
	 * Fetches the raw body of a path, for capturing pages.
	 * @param path the path and query
	 * @return the body
	 * @throws IOException on a failed request
	 * @throws InterruptedException if interrupted
	 */
	public byte[] bytes(String path) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.header("Authorization", Bench.BEARER)
			.GET()
			.build();
		HttpResponse<byte[]> response = this.http.send(request, HttpResponse.BodyHandlers.ofByteArray());
		if (response.statusCode() != 200) {
			throw new IOException("HTTP " + response.statusCode() + " for " + path);
		}
		return response.body();
	}

}
