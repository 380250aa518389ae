package io.github.ycspring.test.autoconfigure;

import java.time.Duration;
import java.util.List;

import io.github.ycspring.auth.CredentialsProvider;
import io.github.ycspring.autoconfigure.YandexCloudConnectionDetails;
import io.github.ycspring.compute.Image;
import io.github.ycspring.compute.ImageClient;
import io.github.ycspring.core.Code;
import io.github.ycspring.core.YandexCloudException;
import io.github.ycspring.emulator.RecordedRequest;
import io.github.ycspring.emulator.YandexCloudEmulator;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A {@link SpringBootTest} with every auto-configuration on the classpath, as a user's test has it, and
 * {@link AutoConfigureYandexCloudEmulator}.
 */
@SpringBootTest(properties = "yandex.cloud.folder-id=b1gappfolder")
@AutoConfigureYandexCloudEmulator(seedImages = 12, latency = "5ms")
class AutoConfigureYandexCloudEmulatorTests {

	@Autowired
	private ImageClient images;

	@Autowired
	private YandexCloudEmulator emulator;

	@Autowired
	private YandexCloudConnectionDetails connectionDetails;

	@Autowired
	private CredentialsProvider credentials;

	@Test
	void clientsCallTheEmulatorWithItsToken() {
		List<Image> listed = this.images.list("b1gappfolder").collectList().block(Duration.ofSeconds(10));
		assertThat(listed).hasSize(12);
		List<RecordedRequest> requests = this.emulator.requests();
		assertThat(requests).singleElement().satisfies((request) -> {
			assertThat(request.method()).isEqualTo("GET");
			assertThat(request.path()).isEqualTo("/compute/v1/images");
			assertThat(request.query()).containsEntry("folderId", "b1gappfolder");
			assertThat(request.header("Authorization")).isEqualTo("Bearer t1.yandex-cloud-emulator-test-token");
		});
	}

	@Test
	void seedsTheApplicationsFolder() {
		assertThat(this.emulator.imageCount("b1gappfolder")).isEqualTo(12);
	}

	@Test
	void pointsTheClientsAtTheEmulator() {
		assertThat(this.connectionDetails.getComputeEndpoint()).hasToString(this.emulator.baseUrl());
		assertThat(this.credentials.kind()).isEqualTo("static IAM token");
	}

	@Test
	void letsTheTestInjectFaults() {
		this.emulator.faults().status(1, 7);
		assertThatExceptionOfType(YandexCloudException.class)
			.isThrownBy(() -> this.images.get("fd8nosuchimage").block(Duration.ofSeconds(10)))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo(Code.PERMISSION_DENIED));
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class TestApplication {

	}

}
