package io.github.ycspring.autoconfigure;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.github.ycspring.auth.CredentialsProvider;
import io.github.ycspring.auth.IamToken;
import io.github.ycspring.compute.ImageClient;
import io.github.ycspring.emulator.RecordedRequest;
import io.github.ycspring.emulator.YandexCloudEmulator;
import io.github.ycspring.internal.auth.NoCredentials;
import io.github.ycspring.internal.http.ApiTransport;
import io.github.ycspring.operation.OperationClient;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.WebClientCustomizer;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * Which beans the auto-configuration defines, when it backs off, and how it builds on Spring Boot's {@code WebClient.Builder}.
 */
class YandexCloudAutoConfigurationTests {

	private static final String FOLDER = "b1gtestfolder";

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(YandexCloudAutoConfiguration.class));

	// ---- defaults ----

	@Test
	void definesEveryBeanByDefault() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context).hasSingleBean(ImageClient.class);
			assertThat(context).hasSingleBean(OperationClient.class);
			assertThat(context).as("the pipeline is no extension point").doesNotHaveBean(ApiTransport.class);
			assertThat(context).hasSingleBean(YandexCloudProperties.class);
			assertThat(context).hasSingleBean(YandexCloudConnectionDetails.class)
				.getBean(YandexCloudConnectionDetails.class)
				.isInstanceOf(PropertiesYandexCloudConnectionDetails.class);
		});
	}

	@Test
	void startsWithoutCredentials() {
		this.contextRunner.run((context) -> assertThat(context).hasSingleBean(CredentialsProvider.class)
			.getBean(CredentialsProvider.class)
			.isInstanceOf(NoCredentials.class));
	}

	@Test
	void defaultConnectionDetailsUseDefaultEndpoints() {
		this.contextRunner.run((context) -> {
			YandexCloudConnectionDetails details = context.getBean(YandexCloudConnectionDetails.class);
			assertThat(details.getComputeEndpoint()).isEqualTo(URI.create("https://compute.api.cloud.yandex.net"));
			assertThat(details.getOperationEndpoint()).isEqualTo(URI.create("https://operation.api.cloud.yandex.net"));
			assertThat(details.getIamEndpoint()).isEqualTo(URI.create("https://iam.api.cloud.yandex.net"));
			assertThat(details.getApiGatewayEndpoint())
				.isEqualTo(URI.create("https://serverless-apigateway.api.cloud.yandex.net"));
			assertThat(details.getMetadataEndpoint()).isEqualTo(URI.create("http://169.254.169.254"));
		});
	}

	// ---- disabled, missing classes ----

	@Test
	void definesNoBeansWhenDisabled() {
		this.contextRunner.withPropertyValues("yandex.cloud.enabled=false").run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context).doesNotHaveBean(ImageClient.class);
			assertThat(context).doesNotHaveBean(OperationClient.class);
			assertThat(context).doesNotHaveBean(ApiTransport.class);
			assertThat(context).doesNotHaveBean(CredentialsProvider.class);
			assertThat(context).doesNotHaveBean(YandexCloudConnectionDetails.class);
			assertThat(context).doesNotHaveBean(YandexCloudProperties.class);
		});
	}

	@Test
	void backsOffWithoutWebClient() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(WebClient.class))
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(ImageClient.class)
				.doesNotHaveBean(YandexCloudProperties.class));
	}

	@Test
	void backsOffWithoutReactorNetty() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(HttpClient.class))
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(ImageClient.class)
				.doesNotHaveBean(YandexCloudProperties.class));
	}

	// ---- back-off ----

	@Test
	void backsOffWhenUserDefinesImageClient() {
		ImageClient userClient = mock(ImageClient.class);
		this.contextRunner.withBean("userImageClient", ImageClient.class, () -> userClient).run((context) -> {
			assertThat(context).hasSingleBean(ImageClient.class);
			assertThat(context.getBean(ImageClient.class)).isSameAs(userClient);
			assertThat(context).doesNotHaveBean("imageClient");
			assertThat(context).hasSingleBean(OperationClient.class);
		});
	}

	@Test
	void backsOffWhenUserDefinesOperationClient() {
		OperationClient userClient = mock(OperationClient.class);
		this.contextRunner.withBean("userOperationClient", OperationClient.class, () -> userClient)
			.run((context) -> {
				assertThat(context).hasSingleBean(OperationClient.class);
				assertThat(context.getBean(OperationClient.class)).isSameAs(userClient);
				assertThat(context).doesNotHaveBean("operationClient");
				assertThat(context).hasSingleBean(ImageClient.class);
			});
	}

	@Test
	void backsOffWhenUserDefinesCredentialsProvider() {
		CredentialsProvider userCredentials = new FixedCredentials("t1.user");
		this.contextRunner.withBean("userCredentials", CredentialsProvider.class, () -> userCredentials)
			.run((context) -> {
				assertThat(context).hasSingleBean(CredentialsProvider.class);
				assertThat(context.getBean(CredentialsProvider.class)).isSameAs(userCredentials);
				assertThat(context).doesNotHaveBean("yandexCloudCredentials");
			});
	}

	@Test
	void backsOffWhenUserDefinesConnectionDetails() {
		YandexCloudConnectionDetails userDetails = YandexCloudConnectionDetails
			.allAt(URI.create("https://yc.example.com"));
		this.contextRunner.withBean("userDetails", YandexCloudConnectionDetails.class, () -> userDetails)
			.run((context) -> {
				assertThat(context).hasSingleBean(YandexCloudConnectionDetails.class);
				assertThat(context.getBean(YandexCloudConnectionDetails.class)).isSameAs(userDetails);
				assertThat(context).doesNotHaveBean(PropertiesYandexCloudConnectionDetails.class);
			});
	}

	@Test
	void callsCarryUserDefinedCredentials() {
		try (YandexCloudEmulator emulator = YandexCloudEmulator.builder().build().start()) {
			emulator.acceptTokens("t1.user");
			emulator.seedImages(FOLDER, 2);
			this.contextRunner.withBean(CredentialsProvider.class, () -> new FixedCredentials("t1.user"))
				.withBean(YandexCloudConnectionDetails.class,
						() -> YandexCloudConnectionDetails.allAt(URI.create(emulator.baseUrl())))
				.run((context) -> {
					assertThat(context.getBean(ImageClient.class).list(FOLDER).count().block()).isEqualTo(2);
					assertThat(lastRequest(emulator).header("Authorization")).isEqualTo("Bearer t1.user");
				});
		}
	}

	// ---- WebClient.Builder ----

	@Test
	void usesBootWebClientBuilderWithItsCustomizers() {
		try (YandexCloudEmulator emulator = YandexCloudEmulator.builder().build().start()) {
			emulator.seedImages(FOLDER, 1);
			this.contextRunner
				.withConfiguration(AutoConfigurations.of(WebClientAutoConfiguration.class))
				.withPropertyValues("yandex.cloud.credentials.iam-token=t1.test",
						"yandex.cloud.endpoints.compute=" + emulator.baseUrl())
				.withBean(WebClientCustomizer.class,
						() -> (builder) -> builder.defaultHeaders((headers) -> headers.add("x-test-boot", "applied")))
				.run((context) -> {
					assertThat(context).hasSingleBean(WebClient.Builder.class);
					assertThat(context.getBean(ImageClient.class).list(FOLDER).count().block()).isEqualTo(1);
					assertThat(lastRequest(emulator).header("x-test-boot")).isEqualTo("applied");
				});
		}
	}

	@Test
	void appliesYandexCloudWebClientCustomizers() {
		try (YandexCloudEmulator emulator = YandexCloudEmulator.builder().build().start()) {
			emulator.seedImages(FOLDER, 1);
			this.contextRunner
				.withPropertyValues("yandex.cloud.credentials.iam-token=t1.test",
						"yandex.cloud.endpoints.compute=" + emulator.baseUrl())
				.withBean(YandexCloudWebClientCustomizer.class,
						() -> (builder) -> builder.defaultHeaders((headers) -> headers.add("x-test-yc", "applied")))
				.run((context) -> {
					assertThat(context.getBean(ImageClient.class).list(FOLDER).count().block()).isEqualTo(1);
					assertThat(lastRequest(emulator).header("x-test-yc")).isEqualTo("applied");
				});
		}
	}

	@Test
	void appliesYandexCloudWebClientCustomizersAfterBootsInOrder() {
		try (YandexCloudEmulator emulator = YandexCloudEmulator.builder().build().start()) {
			emulator.seedImages(FOLDER, 1);
			this.contextRunner
				.withConfiguration(AutoConfigurations.of(WebClientAutoConfiguration.class))
				.withPropertyValues("yandex.cloud.credentials.iam-token=t1.test",
						"yandex.cloud.endpoints.compute=" + emulator.baseUrl())
				.withUserConfiguration(OrderedCustomizers.class)
				.run((context) -> {
					assertThat(context.getBean(ImageClient.class).list(FOLDER).count().block()).isEqualTo(1);
					assertThat(lastRequest(emulator).header("x-test-order")).isEqualTo("boot, yc-first, yc-second");
				});
		}
	}

	// ---- registration ----

	@Test
	void isListedInAutoConfigurationImports() {
		List<String> candidates = new ArrayList<>();
		ImportCandidates.load(AutoConfiguration.class, getClass().getClassLoader()).forEach(candidates::add);
		assertThat(candidates).contains(YandexCloudAutoConfiguration.class.getName());
	}

	// ---- helpers ----

	private static RecordedRequest lastRequest(YandexCloudEmulator emulator) {
		List<RecordedRequest> requests = emulator.requests();
		assertThat(requests).isNotEmpty();
		return requests.get(requests.size() - 1);
	}

	private static final class FixedCredentials implements CredentialsProvider {

		private final String token;

		FixedCredentials(String token) {
			this.token = token;
		}

		@Override
		public Mono<IamToken> token() {
			return Mono.just(new IamToken(this.token, Instant.now().plus(Duration.ofHours(1))));
		}

		@Override
		public String kind() {
			return "fixed test token";
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class OrderedCustomizers {

		@Bean
		WebClientCustomizer bootCustomizer() {
			return (builder) -> builder.defaultHeaders((headers) -> headers.add("x-test-order", "boot"));
		}

		@Bean
		@Order(2)
		YandexCloudWebClientCustomizer secondYandexCloudCustomizer() {
			return (builder) -> builder.defaultHeaders((headers) -> headers.add("x-test-order", "yc-second"));
		}

		@Bean
		@Order(1)
		YandexCloudWebClientCustomizer firstYandexCloudCustomizer() {
			return (builder) -> builder.defaultHeaders((headers) -> headers.add("x-test-order", "yc-first"));
		}

	}

}
