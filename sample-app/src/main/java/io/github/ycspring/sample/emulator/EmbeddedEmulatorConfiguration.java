package io.github.ycspring.sample.emulator;

import java.net.URI;
import java.util.Locale;

import io.github.ycspring.autoconfigure.YandexCloudConnectionDetails;
import io.github.ycspring.autoconfigure.YandexCloudProperties;
import io.github.ycspring.compute.ImageClient;
import io.github.ycspring.emulator.YandexCloudEmulator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.util.Assert;

/**
 * Lets the sample run without a Yandex Cloud account: starts an in-memory emulator on a free port, seeds the
 * folder the clients are configured with and points the clients at it. The {@code yandex} profile leaves all of
 * this out, so the same clients talk to the real cloud.
 */
@Configuration(proxyBeanMethods = false)
@Profile("!yandex")
@EnableConfigurationProperties(EmulatorProperties.class)
class EmbeddedEmulatorConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(EmbeddedEmulatorConfiguration.class);

	@Bean(destroyMethod = "close")
	YandexCloudEmulator yandexCloudEmulator(EmulatorProperties settings, YandexCloudProperties cloud) {
		// the emulator serves the folder and accepts the token that application.yml gives the clients
		String folderId = cloud.getFolderId();
		String token = cloud.getCredentials().getIamToken();
		Assert.hasText(folderId, "yandex.cloud.folder-id must name the folder to seed");
		Assert.hasText(token, "yandex.cloud.credentials.iam-token must name the token the emulator accepts");
		YandexCloudEmulator emulator = YandexCloudEmulator.builder()
			.latency(settings.latency())
			.operationDelay(settings.operationDelay())
			.build()
			.start();
		emulator.acceptTokens(token);
		emulator.seedImages(folderId, settings.images());
		logger.info("Seeded {} images into folder {}", String.format(Locale.ROOT, "%,d", settings.images()), folderId);
		return emulator;
	}

	@Bean
	YandexCloudConnectionDetails emulatorConnectionDetails(YandexCloudEmulator emulator) {
		return YandexCloudConnectionDetails.allAt(URI.create(emulator.baseUrl()));
	}

	@Bean
	DemoOperations demoOperations(ImageClient images) {
		return new DemoOperations(images);
	}

}
