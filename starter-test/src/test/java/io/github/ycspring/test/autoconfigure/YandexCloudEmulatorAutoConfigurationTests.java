package io.github.ycspring.test.autoconfigure;

import java.net.URI;
import java.time.Duration;

import io.github.ycspring.auth.CredentialsProvider;
import io.github.ycspring.auth.IamToken;
import io.github.ycspring.auth.StaticIamTokenCredentials;
import io.github.ycspring.autoconfigure.YandexCloudAutoConfiguration;
import io.github.ycspring.autoconfigure.YandexCloudConnectionDetails;
import io.github.ycspring.emulator.YandexCloudEmulator;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tests for {@link YandexCloudEmulatorAutoConfiguration}.
 */
class YandexCloudEmulatorAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner().withConfiguration(
			AutoConfigurations.of(YandexCloudEmulatorAutoConfiguration.class, YandexCloudAutoConfiguration.class));

	@Test
	void startsAnEmulatorAndPointsEveryEndpointAtIt() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasNotFailed().hasSingleBean(YandexCloudEmulator.class);
			URI baseUrl = URI.create(context.getBean(YandexCloudEmulator.class).baseUrl());
			YandexCloudConnectionDetails connectionDetails = context.getBean(YandexCloudConnectionDetails.class);
			assertThat(connectionDetails.getComputeEndpoint()).isEqualTo(baseUrl);
			assertThat(connectionDetails.getOperationEndpoint()).isEqualTo(baseUrl);
			assertThat(connectionDetails.getIamEndpoint()).isEqualTo(baseUrl);
			assertThat(connectionDetails.getApiGatewayEndpoint()).isEqualTo(baseUrl);
		});
	}

	@Test
	void givesTheClientsTheTokenTheEmulatorAccepts() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasSingleBean(CredentialsProvider.class);
			IamToken token = context.getBean(CredentialsProvider.class).token().block(Duration.ofSeconds(1));
			assertThat(token).isNotNull();
			assertThat(token.value()).isEqualTo("t1.yandex-cloud-emulator-test-token");
		});
	}

	@Test
	void closesTheEmulatorWithTheContext() {
		YandexCloudEmulator[] emulator = new YandexCloudEmulator[1];
		this.contextRunner.run((context) -> {
			emulator[0] = context.getBean(YandexCloudEmulator.class);
			assertThat(emulator[0].port()).isPositive();
		});
		assertThatIllegalStateException().isThrownBy(emulator[0]::port).withMessageContaining("not started");
	}

	@Test
	void seedsTheGivenFolder() {
		this.contextRunner
			.withPropertyValues("yandex.cloud.test.emulator.seed-folder=seeded", "yandex.cloud.test.emulator.seed-images=7")
			.run((context) -> assertThat(context.getBean(YandexCloudEmulator.class).imageCount("seeded")).isEqualTo(7));
	}

	@Test
	void seedsTheApplicationsFolderWhenNoneIsGiven() {
		this.contextRunner
			.withPropertyValues("yandex.cloud.folder-id=b1gappfolder", "yandex.cloud.test.emulator.seed-images=3")
			.run((context) -> assertThat(context.getBean(YandexCloudEmulator.class).imageCount("b1gappfolder"))
				.isEqualTo(3));
	}

	@Test
	void failsToSeedWithoutAnyFolder() {
		this.contextRunner.withPropertyValues("yandex.cloud.test.emulator.seed-images=3")
			.withSystemProperties("YC_FOLDER_ID=")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("needs a folder: set seedFolder, or yandex.cloud.folder-id"));
	}

	@Test
	void seedsNothingByDefault() {
		this.contextRunner.withPropertyValues("yandex.cloud.folder-id=b1gappfolder")
			.run((context) -> assertThat(context.getBean(YandexCloudEmulator.class).imageCount("b1gappfolder"))
				.isZero());
	}

	@Test
	void acceptsTheConfiguredToken() {
		this.contextRunner.withPropertyValues("yandex.cloud.test.emulator.token=t1.custom")
			.run((context) -> assertThat(context.getBean(CredentialsProvider.class).token().block().value())
				.isEqualTo("t1.custom"));
	}

	@Test
	void backsOffWhenTheUserDefinesConnectionDetails() {
		this.contextRunner.withUserConfiguration(UserConnectionDetailsConfiguration.class).run((context) -> {
			assertThat(context).hasSingleBean(YandexCloudConnectionDetails.class);
			assertThat(context.getBean(YandexCloudConnectionDetails.class).getComputeEndpoint())
				.isEqualTo(URI.create("https://compute.example.com"));
		});
	}

	@Test
	void backsOffWhenTheUserDefinesCredentials() {
		this.contextRunner.withUserConfiguration(UserCredentialsConfiguration.class)
			.run((context) -> assertThat(context).getBean(CredentialsProvider.class)
				.isSameAs(context.getBean("userCredentials")));
	}

	@Test
	void backsOffWhenTheUserDefinesAnEmulatorAndPointsTheClientsAtIt() {
		this.contextRunner.withUserConfiguration(UserEmulatorConfiguration.class).run((context) -> {
			YandexCloudEmulator emulator = context.getBean(YandexCloudEmulator.class);
			assertThat(emulator).isSameAs(context.getBean("userEmulator"));
			assertThat(context.getBean(YandexCloudConnectionDetails.class).getComputeEndpoint())
				.isEqualTo(URI.create(emulator.baseUrl()));
		});
	}

	@Test
	void backsOffWhenTheClientsAreDisabled() {
		this.contextRunner.withPropertyValues("yandex.cloud.enabled=false")
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(YandexCloudEmulator.class)
				.doesNotHaveBean(YandexCloudConnectionDetails.class));
	}

	@Test
	void backsOffWithoutTheEmulator() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(YandexCloudEmulator.class))
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean("yandexCloudEmulator"));
	}

	@Test
	void isImportedByTheAnnotation() {
		assertThat(ImportCandidates.load(AutoConfigureYandexCloudEmulator.class, getClass().getClassLoader()))
			.containsExactly(YandexCloudEmulatorAutoConfiguration.class.getName());
	}

	@Configuration(proxyBeanMethods = false)
	static class UserConnectionDetailsConfiguration {

		@Bean
		YandexCloudConnectionDetails userConnectionDetails() {
			return YandexCloudConnectionDetails.allAt(URI.create("https://compute.example.com"));
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class UserCredentialsConfiguration {

		@Bean
		CredentialsProvider userCredentials() {
			return new StaticIamTokenCredentials("t1.user");
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class UserEmulatorConfiguration {

		@Bean(destroyMethod = "close")
		YandexCloudEmulator userEmulator() {
			return YandexCloudEmulator.builder().build().start();
		}

	}

}
