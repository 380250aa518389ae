package io.github.ycspring.sample;

import io.github.ycspring.compute.Image;
import io.github.ycspring.emulator.RecordedRequest;
import io.github.ycspring.emulator.YandexCloudEmulator;
import io.github.ycspring.test.autoconfigure.AutoConfigureYandexCloudEmulator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample as configured for the real cloud (the {@code yandex} profile: no embedded emulator), tested the way an
 * application using the starter would test itself: {@link AutoConfigureYandexCloudEmulator} runs an emulator for
 * the test and points the clients at it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "yandex.cloud.folder-id=b1gtestfolder")
@ActiveProfiles("yandex")
@AutoConfigureYandexCloudEmulator(seedImages = 30)
@AutoConfigureWebTestClient
class TestEmulatorTests {

	@Autowired
	private WebTestClient client;

	@Autowired
	private YandexCloudEmulator emulator;

	@BeforeEach
	void clearRequests() {
		this.emulator.clearRequests();
	}

	@Test
	void listsTheImagesSeededIntoTheConfiguredFolder() {
		StepVerifier.create(this.client.get()
			.uri("/api/images?limit=5")
			.accept(MediaType.APPLICATION_NDJSON)
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(Image.class)
			.getResponseBody()).expectNextCount(5).verifyComplete();
		assertThat(this.emulator.requests()).singleElement().satisfies((request) -> {
			assertThat(request.path()).isEqualTo("/compute/v1/images");
			assertThat(request.query()).containsEntry("folderId", "b1gtestfolder");
		});
	}

	@Test
	void aFaultOfTheCloudReachesTheCallerAsAProblem() {
		this.emulator.faults().status(1, 7);
		this.client.get()
			.uri("/api/images/fd8nosuchimage")
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectBody()
			.jsonPath("$.code")
			.isEqualTo("PERMISSION_DENIED");
		assertThat(this.emulator.requests()).extracting(RecordedRequest::path)
			.containsExactly("/compute/v1/images/fd8nosuchimage");
	}

}
