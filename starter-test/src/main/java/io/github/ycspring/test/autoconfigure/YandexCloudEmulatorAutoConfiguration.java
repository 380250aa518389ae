package io.github.ycspring.test.autoconfigure;

import java.net.URI;

import io.github.ycspring.auth.CredentialsProvider;
import io.github.ycspring.auth.StaticIamTokenCredentials;
import io.github.ycspring.autoconfigure.YandexCloudAutoConfiguration;
import io.github.ycspring.autoconfigure.YandexCloudConnectionDetails;
import io.github.ycspring.emulator.YandexCloudEmulator;
import io.github.ycspring.internal.EnvironmentFallbacks;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Auto-configuration imported by {@link AutoConfigureYandexCloudEmulator}: a started {@link YandexCloudEmulator}
 * bean, and connection details and credentials that point the clients at it. Runs before
 * {@link YandexCloudAutoConfiguration}, whose own connection details and credentials then back off.
 */
@AutoConfiguration(before = YandexCloudAutoConfiguration.class)
@ConditionalOnClass(YandexCloudEmulator.class)
@ConditionalOnBooleanProperty(name = "yandex.cloud.enabled", matchIfMissing = true)
@EnableConfigurationProperties(YandexCloudEmulatorProperties.class)
public final class YandexCloudEmulatorAutoConfiguration {

	/** The emulator, unless the test brings its own: then the test also decides what it holds. */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnMissingBean(YandexCloudEmulator.class)
	static class EmbeddedEmulatorConfiguration {

		@Bean(destroyMethod = "close")
		YandexCloudEmulator yandexCloudEmulator(YandexCloudEmulatorProperties properties) {
			YandexCloudEmulator emulator = YandexCloudEmulator.builder()
				.latency(properties.getLatency())
				.operationDelay(properties.getOperationDelay())
				.build()
				.start();
			emulator.acceptTokens(properties.getToken());
			return emulator;
		}

		@Bean
		EmulatorBaseline yandexCloudEmulatorBaseline(YandexCloudEmulator emulator,
				YandexCloudEmulatorProperties properties, Environment environment) {
			EmulatorBaseline baseline = new EmulatorBaseline(emulator, seedFolder(properties, environment),
					properties.getSeedImages(), properties.isResetBeforeEachTest());
			baseline.seed();
			return baseline;
		}

	}

	@Bean
	@ConditionalOnMissingBean
	YandexCloudConnectionDetails yandexCloudEmulatorConnectionDetails(YandexCloudEmulator emulator) {
		return YandexCloudConnectionDetails.allAt(URI.create(emulator.baseUrl()));
	}

	@Bean
	@ConditionalOnMissingBean
	CredentialsProvider yandexCloudEmulatorCredentials(YandexCloudEmulatorProperties properties) {
		return new StaticIamTokenCredentials(properties.getToken());
	}

	private static String seedFolder(YandexCloudEmulatorProperties properties, Environment environment) {
		if (StringUtils.hasText(properties.getSeedFolder()) || properties.getSeedImages() <= 0) {
			return properties.getSeedFolder();
		}
		String folderId = EnvironmentFallbacks.folderId(environment);
		if (!StringUtils.hasText(folderId)) {
			throw new IllegalStateException("@AutoConfigureYandexCloudEmulator(seedImages = "
					+ properties.getSeedImages() + ") needs a folder: set seedFolder, or yandex.cloud.folder-id (env YC_FOLDER_ID)");
		}
		return folderId;
	}

}
