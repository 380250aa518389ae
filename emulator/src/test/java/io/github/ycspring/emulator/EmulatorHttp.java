package io.github.ycspring.emulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Plain java.net.http calls to an emulator, authenticated with a bearer token by default. */
final class EmulatorHttp {

	static final String TOKEN = "t1.emulator-test-token";

	static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient SHARED = newClient();

	private final String baseUrl;

	private final HttpClient client;

	private final String authorization;

	private EmulatorHttp(String baseUrl, HttpClient client, String authorization) {
		this.baseUrl = baseUrl;
		this.client = client;
		this.authorization = authorization;
	}

	static EmulatorHttp to(YandexCloudEmulator emulator) {
		return new EmulatorHttp(emulator.baseUrl(), SHARED, "Bearer " + TOKEN);
	}

	/** Calls on a client of their own, so no pooled connection is reused (or retried on). */
	EmulatorHttp withNewClient() {
		return new EmulatorHttp(this.baseUrl, newClient(), this.authorization);
	}

	/** Calls with this Authorization header value; {@code ""} for none. */
	EmulatorHttp withAuthorization(String authorization) {
		return new EmulatorHttp(this.baseUrl, this.client, authorization);
	}

	Response get(String pathAndQuery) {
		return send("GET", pathAndQuery, "");
	}

	Response post(String path, String body, String... headers) {
		return send("POST", path, body, headers);
	}

	Response patch(String path, String body, String... headers) {
		return send("PATCH", path, body, headers);
	}

	Response delete(String path, String... headers) {
		return send("DELETE", path, "", headers);
	}

	Response send(String method, String pathAndQuery, String body, String... headers) {
		try {
			return sendOrThrow(method, pathAndQuery, body, headers);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	Response sendOrThrow(String method, String pathAndQuery, String body, String... headers) throws IOException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.baseUrl + pathAndQuery))
			.timeout(Duration.ofSeconds(10))
			.method(method, body.isEmpty() ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(body));
		if (!this.authorization.isEmpty()) {
			request.header("Authorization", this.authorization);
		}
		if (!body.isEmpty()) {
			request.header("Content-Type", "application/json");
		}
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		try {
			// a bound on the whole exchange: the request timeout stops at the response headers
			HttpResponse<String> response = this.client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString())
				.get(10, TimeUnit.SECONDS);
			return new Response(response.statusCode(), response, response.body());
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof IOException io) {
				throw io;
			}
			throw new IllegalStateException(ex.getCause());
		}
		catch (InterruptedException | TimeoutException ex) {
			throw new IllegalStateException(method + " " + pathAndQuery + " did not complete", ex);
		}
	}

	/**
	 * Polls an operation until it satisfies a condition, for at most five seconds.
	 */
	Response pollOperation(String operationId, Predicate<JsonNode> condition) {
		Instant deadline = Instant.now().plusSeconds(5);
		while (true) {
			Response response = get("/operations/" + operationId);
			if (response.status() == 200 && condition.test(response.json())) {
				return response;
			}
			if (Instant.now().isAfter(deadline)) {
				throw new AssertionError("Operation " + operationId + " never matched; last: " + response.body());
			}
		}
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static HttpClient newClient() {
		return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
	}

	record Response(int status, HttpResponse<String> raw, String body) {

		JsonNode json() {
			return JSON.readTree(this.body);
		}

		String header(String name) {
			return this.raw.headers().firstValue(name).orElse(null);
		}

	}

}
