package io.github.ycspring.test.testcontainers;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.service.connection.ConnectionDetailsFactory;
import org.springframework.core.io.support.SpringFactoriesLoader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link YandexCloudEmulatorContainerConnectionDetailsFactory} that need no Docker.
 */
class YandexCloudEmulatorContainerConnectionDetailsFactoryTests {

	@Test
	void isRegisteredAsAConnectionDetailsFactory() {
		List<?> factories = SpringFactoriesLoader.forDefaultResourceLocation()
			.load(ConnectionDetailsFactory.class);
		assertThat(factories).hasAtLeastOneElementOfType(YandexCloudEmulatorContainerConnectionDetailsFactory.class);
	}

	@Test
	void matchesTheEmulatorImageWhateverItsTagOrRegistry() {
		assertThat(YandexCloudEmulatorContainer.DEFAULT_IMAGE.getRepository())
			.isEqualTo("ycspring/yandex-cloud-emulator");
		assertThat(org.testcontainers.utility.DockerImageName
			.parse("registry.example.com/ycspring/yandex-cloud-emulator:0.1.0")
			.getRepository()).isEqualTo("ycspring/yandex-cloud-emulator");
	}

}
