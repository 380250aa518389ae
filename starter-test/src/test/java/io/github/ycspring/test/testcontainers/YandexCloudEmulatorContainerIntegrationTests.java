package io.github.ycspring.test.testcontainers;

import java.time.Duration;

import com.github.dockerjava.api.exception.NotFoundException;
import io.github.ycspring.autoconfigure.YandexCloudConnectionDetails;
import io.github.ycspring.compute.ImageClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The emulator's image behind {@code @ServiceConnection}. Needs a Docker engine and the image, built from the
 * repository root with {@code bash emulator/build-image.sh} ({@code .ci/run} does both); skipped without them.
 */
@EnabledIf("theEmulatorImageIsBuilt")
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(properties = "yandex.cloud.credentials.iam-token=t1.container-test")
class YandexCloudEmulatorContainerIntegrationTests {

	@Container
	@ServiceConnection
	static final YandexCloudEmulatorContainer emulator = new YandexCloudEmulatorContainer();

	@Autowired
	private YandexCloudConnectionDetails connectionDetails;

	@Autowired
	private ImageClient images;

	@Test
	void pointsTheClientsAtTheContainer() {
		assertThat(this.connectionDetails.getComputeEndpoint()).hasToString(emulator.getBaseUrl());
		assertThat(this.connectionDetails.getOperationEndpoint()).hasToString(emulator.getBaseUrl());
	}

	@Test
	void clientsCallTheEmulatorInTheContainer() {
		assertThat(this.images.list("empty-folder").collectList().block(Duration.ofSeconds(10))).isEmpty();
	}

	static boolean theEmulatorImageIsBuilt() {
		try {
			if (!DockerClientFactory.instance().isDockerAvailable()) {
				return false;
			}
			DockerClientFactory.instance().client().inspectImageCmd("ycspring/yandex-cloud-emulator:latest").exec();
			return true;
		}
		catch (NotFoundException ex) {
			return false;
		}
		catch (RuntimeException ex) {
			// an engine that Testcontainers cannot use, such as one that cannot pull Ryuk's image (no registry and
			// Ryuk not disabled, as .ci/run disables it): nothing to run the test on, as without an engine
			return false;
		}
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class TestApplication {

	}

}
