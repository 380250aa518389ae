package io.github.ycspring.autoconfigure.actuate;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.github.ycspring.auth.CredentialsProvider;
import io.github.ycspring.auth.StaticIamTokenCredentials;
import io.github.ycspring.autoconfigure.YandexCloudAutoConfiguration;
import io.github.ycspring.autoconfigure.YandexCloudConnectionDetails;
import io.github.ycspring.emulator.YandexCloudEmulator;
import io.github.ycspring.support.EmulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Mono;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.health.autoconfigure.registry.HealthContributorRegistryAutoConfiguration;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.health.registry.ReactiveHealthContributorRegistry;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link YandexCloudHealthContributorAutoConfiguration}.
 */
class YandexCloudHealthContributorAutoConfigurationTests {

	@RegisterExtension
	static final EmulatorExtension cloud = new EmulatorExtension();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(YandexCloudAutoConfiguration.class,
				YandexCloudHealthContributorAutoConfiguration.class));

	@Test
	void definesTheYandexCloudHealthIndicator() {
		this.contextRunner.run((context) -> assertThat(context).hasNotFailed()
			.hasSingleBean(YandexCloudHealthIndicator.class)
			.hasBean("yandexCloudHealthIndicator"));
	}

	@Test
	void isNamedYandexCloudInTheHealthRegistry() {
		this.contextRunner.withConfiguration(AutoConfigurations.of(HealthContributorRegistryAutoConfiguration.class))
			.run((context) -> assertThat(
					context.getBean(ReactiveHealthContributorRegistry.class).getContributor("yandexCloud"))
				.isSameAs(context.getBean(YandexCloudHealthIndicator.class)));
	}

	@Test
	void backsOffWithoutSpringBootHealth() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(ReactiveHealthIndicator.class))
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(YandexCloudHealthIndicator.class));
	}

	@Test
	void backsOffWhenDisabled() {
		this.contextRunner.withPropertyValues("management.health.yandexcloud.enabled=false")
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(YandexCloudHealthIndicator.class));
	}

	@Test
	void backsOffWhenHealthIndicatorsAreDisabledByDefault() {
		this.contextRunner.withPropertyValues("management.health.defaults.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(YandexCloudHealthIndicator.class));
	}

	@Test
	void followsItsOwnSwitchOverTheDefault() {
		this.contextRunner
			.withPropertyValues("management.health.defaults.enabled=false", "management.health.yandexcloud.enabled=true")
			.run((context) -> assertThat(context).hasSingleBean(YandexCloudHealthIndicator.class));
	}

	@Test
	void backsOffWhenTheClientsAreDisabled() {
		this.contextRunner.withPropertyValues("yandex.cloud.enabled=false")
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(YandexCloudHealthIndicator.class));
	}

	@Test
	void backsOffWhenTheUserDefinesAYandexCloudHealthIndicatorBean() {
		this.contextRunner.withUserConfiguration(UserHealthIndicatorConfiguration.class)
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(YandexCloudHealthIndicator.class)
				.hasBean("yandexCloudHealthIndicator"));
	}

	@Test
	void checksTheConfiguredEndpointWithTheConfiguredCredentials() {
		this.contextRunner.withUserConfiguration(EmulatorConfiguration.class).run((context) -> {
			Health health = context.getBean(YandexCloudHealthIndicator.class).health().block(Duration.ofSeconds(5));
			assertThat(health).isNotNull();
			assertThat(health.getStatus()).isEqualTo(Status.UP);
			assertThat(health.getDetails()).containsEntry("endpoint", cloud.emulator().baseUrl())
				.containsEntry("credentials", "static IAM token");
			assertThat(cloud.emulator().requestCount("GET", "/operations/")).isOne();
		});
	}

	@Test
	void usesTheConfiguredTimeToLive() {
		this.contextRunner.withUserConfiguration(EmulatorConfiguration.class)
			.withPropertyValues("management.health.yandexcloud.time-to-live=0s")
			.run((context) -> {
				YandexCloudHealthIndicator indicator = context.getBean(YandexCloudHealthIndicator.class);
				indicator.health().block(Duration.ofSeconds(5));
				indicator.health().block(Duration.ofSeconds(5));
				assertThat(cloud.emulator().requestCount("GET", "/operations/")).isEqualTo(2);
			});
	}

	@Test
	void usesTheConfiguredTimeout() {
		cloud.emulator().latency(Duration.ofSeconds(5));
		this.contextRunner.withUserConfiguration(EmulatorConfiguration.class)
			.withPropertyValues("management.health.yandexcloud.timeout=50ms")
			.run((context) -> {
				Health health = context.getBean(YandexCloudHealthIndicator.class).health().block(Duration.ofSeconds(2));
				assertThat(health).isNotNull();
				assertThat(health.getStatus()).isEqualTo(Status.DOWN);
				assertThat(health.getDetails()).containsEntry("error", "no answer within PT0.05S");
			});
	}

	@Test
	void isListedAsAnAutoConfiguration() {
		List<String> candidates = new ArrayList<>();
		ImportCandidates.load(AutoConfiguration.class, getClass().getClassLoader()).forEach(candidates::add);
		assertThat(candidates).contains(YandexCloudHealthContributorAutoConfiguration.class.getName());
	}

	@Configuration(proxyBeanMethods = false)
	static class EmulatorConfiguration {

		@Bean
		YandexCloudConnectionDetails emulatorConnectionDetails() {
			YandexCloudEmulator emulator = cloud.emulator();
			return YandexCloudConnectionDetails.allAt(URI.create(emulator.baseUrl()));
		}

		@Bean
		CredentialsProvider emulatorCredentials() {
			return new StaticIamTokenCredentials(EmulatorExtension.TOKEN);
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class UserHealthIndicatorConfiguration {

		@Bean
		ReactiveHealthIndicator yandexCloudHealthIndicator() {
			return () -> Mono.just(Health.up().build());
		}

	}

}
