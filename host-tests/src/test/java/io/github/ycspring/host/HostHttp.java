package io.github.ycspring.host;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The host's own callers: a JDK HTTP client, independent of Netty and of Spring, over real sockets.
 */
final class HostHttp {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Duration TIMEOUT = Duration.ofSeconds(20);

	private final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final String base;

	HostHttp(int port) {
		this.base = "http://127.0.0.1:" + port;
	}

	/** An answer read whole. */
	record Answer(int status, String contentType, String body) {

		JsonNode json() {
			return JSON.readTree(this.body);
		}

	}

	CompletableFuture<Answer> send(String method, String path) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.base + path))
			.method(method, HttpRequest.BodyPublishers.noBody())
			.timeout(TIMEOUT)
			.build();
		// the request timeout ends at the response headers; a body that never ends must fail the call too
		return this.client.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
			.thenApply((response) -> new Answer(response.statusCode(),
					response.headers().firstValue("content-type").orElse(""), response.body()))
			.orTimeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
	}

	Answer get(String path) {
		return send("GET", path).join();
	}

	/**
	 * Starts a streamed answer and hangs up after reading a few of its lines, as a caller that loses interest or its
	 * connection does.
	 * @return the lines read before hanging up
	 */
	List<String> hangUpAfter(String path, int lines) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.base + path)).timeout(TIMEOUT).build();
		try {
			HttpResponse<InputStream> response = this.client.send(request, HttpResponse.BodyHandlers.ofInputStream());
			List<String> read = new ArrayList<>();
			try (InputStream body = response.body()) {
				BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
				while (read.size() < lines) {
					String line = reader.readLine();
					if (line == null) {
						break;
					}
					if (!line.isEmpty()) {
						read.add(line);
					}
				}
			}
			return read;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Makes calls with at most {@code parallelism} in flight at once.
	 * @return every answer, in call order
	 */
	static <T> List<T> concurrently(int calls, int parallelism, IntFunction<CompletableFuture<T>> call) {
		Semaphore inFlight = new Semaphore(parallelism);
		List<CompletableFuture<T>> answers = new ArrayList<>(calls);
		for (int i = 0; i < calls; i++) {
			inFlight.acquireUninterruptibly();
			answers.add(call.apply(i).whenComplete((answer, failure) -> inFlight.release()));
		}
		return answers.stream().map(CompletableFuture::join).toList();
	}

}
