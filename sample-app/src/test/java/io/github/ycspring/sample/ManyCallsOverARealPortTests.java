package io.github.ycspring.sample;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import io.github.ycspring.emulator.EmulatedImage;
import io.github.ycspring.emulator.YandexCloudEmulator;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample's streams and gets as a browser or curl uses them: many at once, over the sample's real port, with a
 * client that is not Spring's. Every answer is whole and its own, and a create or delete stream shows each state of
 * its operation once.
 */
@SampleAppTest
class ManyCallsOverARealPortTests {

	private static final String FOLDER = "many-calls";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@LocalServerPort
	private int port;

	@Autowired
	private YandexCloudEmulator emulator;

	@Test
	void createStreamsEndDoneAndShowEachStateOnce() {
		List<List<JsonNode>> streams = all(IntStream.range(0, 30)
			.mapToObj((i) -> events("POST", "/api/images", """
					{"folderId": "%s", "name": "many-%d", "sourceUri": "https://storage.yandexcloud.net/b/d.qcow2"}"""
				.formatted(FOLDER, i)))
			.toList());
		for (int i = 0; i < streams.size(); i++) {
			List<JsonNode> states = streams.get(i);
			assertEachStateOnceEndingDone(states);
			assertThat(states.get(states.size() - 1).path("response").path("name").asString()).isEqualTo("many-" + i);
		}
	}

	@Test
	void deleteStreamsEndDoneAndShowEachStateOnce() {
		List<String> ids = IntStream.range(0, 30)
			.mapToObj((i) -> this.emulator.putImage(EmulatedImage.builder().folderId(FOLDER).name("gone-" + i).build()))
			.toList();
		List<List<JsonNode>> streams = all(ids.stream().map((id) -> events("DELETE", "/api/images/" + id, "")).toList());
		streams.forEach(this::assertEachStateOnceEndingDone);
		ids.forEach((id) -> assertThat(this.emulator.image(id)).isEmpty());
	}

	@Test
	void getsAnswerWithTheirOwnImageOneAfterAnotherAndFiftyAtOnce() {
		List<String> ids = this.emulator.seedImages("many-gets", 200);
		for (String id : ids.subList(0, 50)) {
			assertThat(send("GET", "/api/images/" + id, "").join().path("id").asString()).isEqualTo(id);
		}
		List<CompletableFuture<JsonNode>> answers = new ArrayList<>();
		for (String id : ids) {
			answers.add(send("GET", "/api/images/" + id, ""));
		}
		List<JsonNode> images = all(answers);
		for (int i = 0; i < ids.size(); i++) {
			assertThat(images.get(i).path("id").asString()).isEqualTo(ids.get(i));
			assertThat(images.get(i).path("name").asString())
				.isEqualTo(this.emulator.image(ids.get(i)).orElseThrow().name());
		}
	}

	private void assertEachStateOnceEndingDone(List<JsonNode> states) {
		assertThat(states).isNotEmpty();
		assertThat(states.get(states.size() - 1).path("done").asBoolean()).isTrue();
		assertThat(states.subList(0, states.size() - 1)).allSatisfy((state) -> assertThat(state.path("done").asBoolean())
			.isFalse());
		for (int i = 1; i < states.size(); i++) {
			assertThat(states.get(i)).as("state %d repeats the one before it", i).isNotEqualTo(states.get(i - 1));
		}
	}

	private CompletableFuture<List<JsonNode>> events(String method, String path, String body) {
		return exchange(method, path, body, "text/event-stream").thenApply((text) -> text.lines()
			.filter((line) -> line.startsWith("data:"))
			.map((line) -> JSON.readTree(line.substring("data:".length())))
			.toList());
	}

	private CompletableFuture<JsonNode> send(String method, String path, String body) {
		return exchange(method, path, body, "application/json").thenApply(JSON::readTree);
	}

	private CompletableFuture<String> exchange(String method, String path, String body, String accept) {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.method(method, body.isEmpty() ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(body))
			.header("Content-Type", "application/json")
			.header("Accept", accept)
			.timeout(TIMEOUT)
			.build();
		return this.http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenApply((response) -> {
			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
			return response.body();
		}).orTimeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
	}

	private static <T> List<T> all(List<CompletableFuture<T>> futures) {
		return futures.stream().map(CompletableFuture::join).toList();
	}

}
