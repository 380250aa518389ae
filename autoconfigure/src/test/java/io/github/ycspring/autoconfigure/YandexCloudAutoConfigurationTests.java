package io.github.ycspring.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import io.github.ycspring.auth.CredentialsProvider;
import io.github.ycspring.auth.IamToken;
import io.github.ycspring.auth.StaticIamTokenCredentials;
import io.github.ycspring.compute.ImageClient;
import io.github.ycspring.compute.ListImagesRequest;
import io.github.ycspring.core.Code;
import io.github.ycspring.core.YandexCloudException;
import io.github.ycspring.emulator.RecordedRequest;
import io.github.ycspring.emulator.YandexCloudEmulator;
import io.github.ycspring.internal.auth.NoCredentials;
import io.github.ycspring.internal.http.ApiTransport;
import io.github.ycspring.operation.OperationClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webclient.WebClientCustomizer;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.util.unit.DataSize;
import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.Mockito.mock;

/**
 * Tests for {@link YandexCloudAutoConfiguration}.
 */
@ExtendWith(OutputCaptureExtension.class)
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
	void bindsDesignDefaults() {
		this.contextRunner.run((context) -> {
			YandexCloudProperties properties = context.getBean(YandexCloudProperties.class);
			assertThat(properties.isEnabled()).isTrue();
			assertThat(properties.getFolderId()).isNull();
			YandexCloudProperties.ServiceEndpoints endpoints = properties.getEndpoints();
			assertThat(endpoints.getCompute()).isEqualTo(URI.create("https://compute.api.cloud.yandex.net"));
			assertThat(endpoints.getOperation()).isEqualTo(URI.create("https://operation.api.cloud.yandex.net"));
			assertThat(endpoints.getIam()).isEqualTo(URI.create("https://iam.api.cloud.yandex.net"));
			assertThat(endpoints.getApiGateway())
				.isEqualTo(URI.create("https://serverless-apigateway.api.cloud.yandex.net"));
			assertThat(endpoints.getMetadata()).isEqualTo(URI.create("http://169.254.169.254"));
			YandexCloudProperties.Credentials credentials = properties.getCredentials();
			assertThat(credentials.getIamToken()).isNull();
			assertThat(credentials.getOauthToken()).isNull();
			assertThat(credentials.getServiceAccountKeyFile()).isNull();
			assertThat(credentials.getServiceAccountKey()).isNull();
			assertThat(credentials.getMetadataService()).isEqualTo(YandexCloudProperties.MetadataServiceMode.AUTO);
			assertThat(properties.getHttp().getConnectTimeout()).isEqualTo(Duration.ofSeconds(5));
			assertThat(properties.getHttp().getResponseTimeout()).isEqualTo(Duration.ofSeconds(30));
			assertThat(properties.getHttp().getMaxInMemorySize()).isEqualTo(DataSize.ofMegabytes(16));
			assertThat(properties.getRetry().getMaxAttempts()).isEqualTo(4);
			assertThat(properties.getRetry().getInitialBackoff()).isEqualTo(Duration.ofMillis(100));
			assertThat(properties.getRetry().getMaxBackoff()).isEqualTo(Duration.ofSeconds(20));
			assertThat(properties.getPaging().getPageSize()).isEqualTo(1000);
			assertThat(properties.getOperation().getInitialPollInterval()).isEqualTo(Duration.ofMillis(500));
			assertThat(properties.getOperation().getMaxPollInterval()).isEqualTo(Duration.ofSeconds(10));
			assertThat(properties.getOperation().getPollMultiplier()).isEqualTo(1.5);
			assertThat(properties.getOperation().getTimeout()).isEqualTo(Duration.ofMinutes(30));
		});
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

	// ---- binding ----

	@Test
	void bindsEveryProperty() {
		this.contextRunner.withPropertyValues("yandex.cloud.folder-id=b1gfolder",
				"yandex.cloud.endpoints.compute=https://compute.example.com",
				"yandex.cloud.endpoints.operation=https://operation.example.com",
				"yandex.cloud.endpoints.iam=https://iam.example.com",
				"yandex.cloud.endpoints.api-gateway=https://gateway.example.com",
				"yandex.cloud.endpoints.metadata=http://10.0.0.1:8080",
				"yandex.cloud.credentials.metadata-service=disabled", "yandex.cloud.http.connect-timeout=250ms",
				"yandex.cloud.http.response-timeout=2m", "yandex.cloud.http.max-in-memory-size=8MB",
				"yandex.cloud.retry.max-attempts=7", "yandex.cloud.retry.initial-backoff=50ms",
				"yandex.cloud.retry.max-backoff=3s", "yandex.cloud.paging.page-size=250",
				"yandex.cloud.operation.initial-poll-interval=20ms", "yandex.cloud.operation.max-poll-interval=2s",
				"yandex.cloud.operation.poll-multiplier=2.5", "yandex.cloud.operation.timeout=5m")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				YandexCloudProperties properties = context.getBean(YandexCloudProperties.class);
				assertThat(properties.getFolderId()).isEqualTo("b1gfolder");
				assertThat(properties.getEndpoints().getCompute()).isEqualTo(URI.create("https://compute.example.com"));
				assertThat(properties.getEndpoints().getOperation())
					.isEqualTo(URI.create("https://operation.example.com"));
				assertThat(properties.getEndpoints().getIam()).isEqualTo(URI.create("https://iam.example.com"));
				assertThat(properties.getEndpoints().getApiGateway())
					.isEqualTo(URI.create("https://gateway.example.com"));
				assertThat(properties.getEndpoints().getMetadata()).isEqualTo(URI.create("http://10.0.0.1:8080"));
				assertThat(properties.getCredentials().getMetadataService())
					.isEqualTo(YandexCloudProperties.MetadataServiceMode.DISABLED);
				assertThat(properties.getHttp().getConnectTimeout()).isEqualTo(Duration.ofMillis(250));
				assertThat(properties.getHttp().getResponseTimeout()).isEqualTo(Duration.ofMinutes(2));
				assertThat(properties.getHttp().getMaxInMemorySize()).isEqualTo(DataSize.ofMegabytes(8));
				assertThat(properties.getRetry().getMaxAttempts()).isEqualTo(7);
				assertThat(properties.getRetry().getInitialBackoff()).isEqualTo(Duration.ofMillis(50));
				assertThat(properties.getRetry().getMaxBackoff()).isEqualTo(Duration.ofSeconds(3));
				assertThat(properties.getPaging().getPageSize()).isEqualTo(250);
				assertThat(properties.getOperation().getInitialPollInterval()).isEqualTo(Duration.ofMillis(20));
				assertThat(properties.getOperation().getMaxPollInterval()).isEqualTo(Duration.ofSeconds(2));
				assertThat(properties.getOperation().getPollMultiplier()).isEqualTo(2.5);
				assertThat(properties.getOperation().getTimeout()).isEqualTo(Duration.ofMinutes(5));
			});
	}

	@Test
	void bindsCredentialProperties() {
		// bound without a context: two sources at once fail startup by design
		Map<String, String> values = Map.of("yandex.cloud.credentials.iam-token", "t1.bound",
				"yandex.cloud.credentials.oauth-token", "y0_bound", "yandex.cloud.credentials.service-account-key-file",
				"file:/etc/yc/key.json", "yandex.cloud.credentials.service-account-key", "{\"id\":\"aje\"}",
				"yandex.cloud.credentials.metadata-service", "enabled");
		YandexCloudProperties.Credentials credentials = new Binder(new MapConfigurationPropertySource(values))
			.bind("yandex.cloud", YandexCloudProperties.class)
			.get()
			.getCredentials();
		assertThat(credentials.getIamToken()).isEqualTo("t1.bound");
		assertThat(credentials.getOauthToken()).isEqualTo("y0_bound");
		assertThat(credentials.getServiceAccountKeyFile()).isEqualTo("file:/etc/yc/key.json");
		assertThat(credentials.getServiceAccountKey()).isEqualTo("{\"id\":\"aje\"}");
		assertThat(credentials.getMetadataService()).isEqualTo(YandexCloudProperties.MetadataServiceMode.ENABLED);
	}

	@Test
	void bindsEnabledFlag() {
		// bound without a context: 'false' switches the auto-configuration off before anything binds
		YandexCloudProperties properties = new Binder(
				new MapConfigurationPropertySource(Map.of("yandex.cloud.enabled", "false")))
			.bind("yandex.cloud", YandexCloudProperties.class)
			.get();
		assertThat(properties.isEnabled()).isFalse();
	}

	@Test
	void credentialsToStringHidesSecrets() {
		this.contextRunner.withPropertyValues("yandex.cloud.credentials.iam-token=t1.secret-value")
			.run((context) -> assertThat(context.getBean(YandexCloudProperties.class).getCredentials().toString())
				.doesNotContain("t1.secret-value"));
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

	// ---- connection details ----

	@Test
	void clientsCallUserDefinedConnectionDetails() {
		try (YandexCloudEmulator emulator = YandexCloudEmulator.builder().build().start()) {
			emulator.seedImages(FOLDER, 3);
			this.contextRunner.withPropertyValues("yandex.cloud.credentials.iam-token=t1.test")
				.withBean(YandexCloudConnectionDetails.class,
						() -> YandexCloudConnectionDetails.allAt(URI.create(emulator.baseUrl())))
				.run((context) -> {
					assertThat(context.getBean(ImageClient.class).list(FOLDER).count().block()).isEqualTo(3);
					assertThat(emulator.requestCount("GET", "/compute/v1/images")).isEqualTo(1);
				});
		}
	}

	@Test
	void operationClientCallsUserDefinedConnectionDetails() {
		try (YandexCloudEmulator emulator = YandexCloudEmulator.builder().build().start()) {
			this.contextRunner.withPropertyValues("yandex.cloud.credentials.iam-token=t1.test")
				.withBean(YandexCloudConnectionDetails.class,
						() -> YandexCloudConnectionDetails.allAt(URI.create(emulator.baseUrl())))
				.run((context) -> {
					Mono<?> get = context.getBean(OperationClient.class).get("fd8nosuchoperation");
					assertThatExceptionOfType(YandexCloudException.class).isThrownBy(get::block)
						.satisfies((ex) -> assertThat(ex.code()).isEqualTo(Code.NOT_FOUND));
					assertThat(emulator.requestCount("GET", "/operations/fd8nosuchoperation")).isEqualTo(1);
				});
		}
	}

	@Test
	void clientsCallEndpointsFromProperties() {
		try (YandexCloudEmulator emulator = YandexCloudEmulator.builder().build().start()) {
			emulator.seedImages(FOLDER, 3);
			this.contextRunner
				.withPropertyValues("yandex.cloud.credentials.iam-token=t1.test",
						"yandex.cloud.endpoints.compute=" + emulator.baseUrl(),
						"yandex.cloud.endpoints.operation=" + emulator.baseUrl())
				.run((context) -> {
					assertThat(context.getBean(ImageClient.class).list(FOLDER).count().block()).isEqualTo(3);
					assertThat(emulator.requestCount("GET", "/compute/v1/images")).isEqualTo(1);
				});
		}
	}

	@Test
	void connectionDetailsReadEndpointProperties() {
		this.contextRunner
			.withPropertyValues("yandex.cloud.endpoints.compute=https://compute.example.com",
					"yandex.cloud.endpoints.operation=https://operation.example.com",
					"yandex.cloud.endpoints.iam=https://iam.example.com",
					"yandex.cloud.endpoints.api-gateway=https://gateway.example.com",
					"yandex.cloud.endpoints.metadata=http://10.0.0.1")
			.run((context) -> {
				YandexCloudConnectionDetails details = context.getBean(YandexCloudConnectionDetails.class);
				assertThat(details.getComputeEndpoint()).isEqualTo(URI.create("https://compute.example.com"));
				assertThat(details.getOperationEndpoint()).isEqualTo(URI.create("https://operation.example.com"));
				assertThat(details.getIamEndpoint()).isEqualTo(URI.create("https://iam.example.com"));
				assertThat(details.getApiGatewayEndpoint()).isEqualTo(URI.create("https://gateway.example.com"));
				assertThat(details.getMetadataEndpoint()).isEqualTo(URI.create("http://10.0.0.1"));
			});
	}

	@Test
	void metadataEndpointFollowsYcMetadataAddrWhenPropertyIsAbsent() {
		this.contextRunner.withPropertyValues("YC_METADATA_ADDR=10.1.2.3:8080")
			.run((context) -> assertThat(context.getBean(YandexCloudConnectionDetails.class).getMetadataEndpoint())
				.isEqualTo(URI.create("http://10.1.2.3:8080")));
	}

	@Test
	void metadataEndpointPropertyWinsOverYcMetadataAddr() {
		this.contextRunner
			.withPropertyValues("YC_METADATA_ADDR=10.1.2.3:8080", "yandex.cloud.endpoints.metadata=http://10.9.9.9")
			.run((context) -> assertThat(context.getBean(YandexCloudConnectionDetails.class).getMetadataEndpoint())
				.isEqualTo(URI.create("http://10.9.9.9")));
	}

	// ---- default folder ----

	@Test
	void folderIdPropertyIsUsedWhenRequestNamesNone() {
		assertThat(folderOfRequestWithoutOne("yandex.cloud.folder-id=b1gfromproperty")).isEqualTo("b1gfromproperty");
	}

	@Test
	void ycFolderIdIsUsedWhenPropertyIsAbsent() {
		assertThat(folderOfRequestWithoutOne("YC_FOLDER_ID=b1gfromenv")).isEqualTo("b1gfromenv");
	}

	@Test
	void folderIdPropertyWinsOverYcFolderId() {
		assertThat(folderOfRequestWithoutOne("YC_FOLDER_ID=b1gfromenv", "yandex.cloud.folder-id=b1gfromproperty"))
			.isEqualTo("b1gfromproperty");
	}

	@Test
	void requestWithoutFolderFailsWhenNoDefaultIsConfigured() {
		this.contextRunner.withPropertyValues("yandex.cloud.credentials.iam-token=t1.test").run((context) -> {
			ImageClient images = context.getBean(ImageClient.class);
			assertThatExceptionOfType(IllegalArgumentException.class)
				.isThrownBy(() -> images.list(ListImagesRequest.builder().build()).blockFirst())
				.withMessageContaining("folderId")
				.withMessageContaining("yandex.cloud.folder-id");
		});
	}

	private String folderOfRequestWithoutOne(String... properties) {
		try (YandexCloudEmulator emulator = YandexCloudEmulator.builder().build().start()) {
			List<String> folders = new ArrayList<>();
			this.contextRunner.withPropertyValues("yandex.cloud.credentials.iam-token=t1.test")
				.withPropertyValues(properties)
				.withBean(YandexCloudConnectionDetails.class,
						() -> YandexCloudConnectionDetails.allAt(URI.create(emulator.baseUrl())))
				.run((context) -> {
					assertThat(context.getBean(ImageClient.class).list(ListImagesRequest.builder().build())
						.count()
						.block()).isZero();
					folders.add(lastRequest(emulator).query().get("folderId"));
				});
			assertThat(folders).hasSize(1);
			return folders.get(0);
		}
	}

	// ---- credentials ----

	@Test
	void iamTokenPropertyGivesStaticIamToken() {
		this.contextRunner.withPropertyValues("yandex.cloud.credentials.iam-token=t1.fromproperty")
			.run((context) -> assertThat(tokenOf(context)).isEqualTo("t1.fromproperty"));
	}

	@Test
	void ycTokenStartingWithT1GivesStaticIamToken() {
		this.contextRunner.withPropertyValues("YC_TOKEN=t1.fromenv")
			.run((context) -> assertThat(tokenOf(context)).isEqualTo("t1.fromenv"));
	}

	@Test
	void iamTokenPropertyWinsOverYcToken() {
		this.contextRunner.withPropertyValues("YC_TOKEN=t1.fromenv", "yandex.cloud.credentials.iam-token=t1.fromproperty")
			.run((context) -> assertThat(tokenOf(context)).isEqualTo("t1.fromproperty"));
	}

	@Test
	void callsCarryIamTokenFromProperty() {
		try (YandexCloudEmulator emulator = YandexCloudEmulator.builder().build().start()) {
			emulator.acceptTokens("t1.fromproperty");
			emulator.seedImages(FOLDER, 1);
			this.contextRunner
				.withPropertyValues("YC_TOKEN=t1.fromenv", "yandex.cloud.credentials.iam-token=t1.fromproperty",
						"yandex.cloud.endpoints.compute=" + emulator.baseUrl())
				.run((context) -> {
					assertThat(context.getBean(ImageClient.class).list(FOLDER).count().block()).isEqualTo(1);
					assertThat(lastRequest(emulator).header("Authorization")).isEqualTo("Bearer t1.fromproperty");
				});
		}
	}

	@Test
	void failsWhenTwoCredentialSourcesAreSet() {
		this.contextRunner
			.withPropertyValues("yandex.cloud.credentials.iam-token=t1.one", "yandex.cloud.credentials.oauth-token=y0_two")
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(messages(context.getStartupFailure()))
					.contains("yandex.cloud.credentials.iam-token")
					.contains("yandex.cloud.credentials.oauth-token")
					.doesNotContain("t1.one")
					.doesNotContain("y0_two");
			});
	}

	@Test
	void logsCredentialKindButNeverToken(CapturedOutput output) {
		this.contextRunner.withPropertyValues("yandex.cloud.credentials.iam-token=t1.very-secret-token")
			.run((context) -> assertThat(context).hasNotFailed());
		assertThat(output).contains("Yandex Cloud credentials: static IAM token")
			.doesNotContain("t1.very-secret-token");
	}

	@Test
	void logsWhenNoCredentialsAreConfigured(CapturedOutput output) {
		this.contextRunner.run((context) -> assertThat(context).hasNotFailed());
		assertThat(output).contains("Yandex Cloud credentials: none");
	}

	@Test
	void firstCallWithoutCredentialsSaysWhatToSet() {
		try (YandexCloudEmulator emulator = YandexCloudEmulator.builder().build().start()) {
			emulator.seedImages(FOLDER, 1);
			this.contextRunner.withPropertyValues("yandex.cloud.endpoints.compute=" + emulator.baseUrl())
				.run((context) -> {
					assertThat(context).hasNotFailed();
					ImageClient images = context.getBean(ImageClient.class);
					assertThatExceptionOfType(YandexCloudException.class)
						.isThrownBy(() -> images.list(FOLDER).blockFirst())
						.satisfies((ex) -> assertThat(ex.code()).isEqualTo(Code.UNAUTHENTICATED))
						.withMessageContaining("yandex.cloud.credentials.iam-token")
						.withMessageContaining("yandex.cloud.credentials.oauth-token")
						.withMessageContaining("yandex.cloud.credentials.service-account-key-file")
						.withMessageContaining("YC_TOKEN");
					assertThat(emulator.requests()).isEmpty();
				});
		}
	}

	// ---- plain HTTP ----

	@Test
	void refusesPlainHttpToRemoteEndpoint() {
		this.contextRunner
			.withPropertyValues("yandex.cloud.credentials.iam-token=t1.test",
					"yandex.cloud.endpoints.compute=http://compute.example.com")
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).rootCause()
					.isInstanceOf(InsecureEndpointException.class)
					.hasMessageContaining("yandex.cloud.endpoints.compute");
			});
	}

	@Test
	void failureAnalyzerNamesPropertyAndSuggestsHttps() {
		this.contextRunner
			.withPropertyValues("yandex.cloud.credentials.iam-token=t1.test",
					"yandex.cloud.endpoints.compute=http://compute.example.com")
			.run((context) -> {
				FailureAnalysis analysis = new InsecureEndpointFailureAnalyzer()
					.analyze(context.getStartupFailure());
				assertThat(analysis).isNotNull();
				assertThat(analysis.getDescription()).contains("yandex.cloud.endpoints.compute")
					.contains("http://compute.example.com")
					.doesNotContain("yandex.cloud.endpoints.operation");
				assertThat(analysis.getAction()).contains("https://");
			});
	}

	@Test
	void failureAnalyzerIsRegisteredInSpringFactories() throws IOException {
		List<String> analyzers = new ArrayList<>();
		Enumeration<URL> resources = getClass().getClassLoader().getResources("META-INF/spring.factories");
		while (resources.hasMoreElements()) {
			Properties factories = new Properties();
			try (InputStream in = resources.nextElement().openStream()) {
				factories.load(in);
			}
			String names = factories.getProperty(FailureAnalyzer.class.getName(), "");
			for (String name : names.split(",")) {
				analyzers.add(name.strip());
			}
		}
		assertThat(analyzers).contains(InsecureEndpointFailureAnalyzer.class.getName());
	}

	@Test
	void startupFailureReportExplainsPlainHttpEndpoint(CapturedOutput output) {
		SpringApplication application = new SpringApplication(ImportsYandexCloud.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		application.setRegisterShutdownHook(false);
		application.setDefaultProperties(defaults("yandex.cloud.credentials.iam-token", "t1.test",
				"yandex.cloud.endpoints.iam", "http://iam.example.com", "spring.main.banner-mode", "off"));
		assertThatExceptionOfType(RuntimeException.class).isThrownBy(application::run);
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("yandex.cloud.endpoints.iam = http://iam.example.com")
			.contains("Use https://")
			.doesNotContain("t1.test");
	}

	@Test
	void acceptsPlainHttpToIpv4Loopback() {
		assertAcceptedEndpoint("http://127.0.0.1:8080");
	}

	@Test
	void acceptsPlainHttpToLocalhost() {
		assertAcceptedEndpoint("http://localhost:8080");
	}

	@Test
	void acceptsPlainHttpToIpv6Loopback() {
		assertAcceptedEndpoint("http://[::1]:8080");
	}

	private void assertAcceptedEndpoint(String url) {
		this.contextRunner
			.withPropertyValues("yandex.cloud.credentials.iam-token=t1.test", "yandex.cloud.endpoints.compute=" + url,
					"yandex.cloud.endpoints.operation=" + url, "yandex.cloud.endpoints.iam=" + url,
					"yandex.cloud.endpoints.api-gateway=" + url)
			.run((context) -> assertThat(context).hasNotFailed().hasSingleBean(ImageClient.class));
	}

	// ---- bad settings ----

	@Test
	void failsOnBadDuration() {
		this.contextRunner.withPropertyValues("yandex.cloud.http.connect-timeout=banana").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(messages(context.getStartupFailure())).contains("yandex.cloud.http.connect-timeout");
		});
	}

	@Test
	void failsOnBadDataSize() {
		this.contextRunner.withPropertyValues("yandex.cloud.http.max-in-memory-size=lots").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(messages(context.getStartupFailure())).contains("yandex.cloud.http.max-in-memory-size");
		});
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			yandex.cloud.paging.page-size=0                     | must be between 1 and 1000, was 0                | 1000
			yandex.cloud.paging.page-size=1001                  | must be between 1 and 1000, was 1001             | 1000
			yandex.cloud.retry.max-attempts=0                   | must be between 1 and 100, was 0                 | 4
			yandex.cloud.retry.initial-backoff=-1s              | must be a duration of zero or more               | 100ms
			yandex.cloud.retry.max-backoff=10ms                 | must not be shorter than initialBackoff          | 20s
			yandex.cloud.operation.initial-poll-interval=0s     | must be a positive duration                      | 500ms
			yandex.cloud.operation.max-poll-interval=1ms        | must not be shorter than initialInterval         | 10s
			yandex.cloud.operation.poll-multiplier=0.5          | must be at least 1.0, was 0.5                    | 1.5
			yandex.cloud.operation.timeout=0s                   | must be a positive duration                      | 30m
			yandex.cloud.http.connect-timeout=0s                | must be a positive duration                      | 5s
			yandex.cloud.http.response-timeout=-5s              | must be a positive duration                      | 30s
			yandex.cloud.http.max-in-memory-size=4GB            | must be between 1 and 2147483647, was 4294967296 | 16MB
			""")
	void aValueOutsideItsRuleFailsStartupNamingTheKeyTheValueTheRuleAndWhatToSet(String setting, String rule,
			String example) {
		String key = setting.substring(0, setting.indexOf('='));
		String value = setting.substring(setting.indexOf('=') + 1);
		this.contextRunner.withPropertyValues(setting).run((context) -> {
			assertThat(context).hasFailed();
			FailureAnalysis analysis = new InvalidSettingFailureAnalyzer().analyze(context.getStartupFailure());
			assertThat(analysis).isNotNull();
			assertThat(analysis.getDescription()).contains(key).contains("'" + value + "'").contains(rule);
			assertThat(analysis.getAction()).startsWith("Change " + key + " (it must ").contains("for example to " + example);
		});
	}

	@Test
	void acceptsBoundaryValues() {
		this.contextRunner
			.withPropertyValues("yandex.cloud.paging.page-size=1", "yandex.cloud.retry.max-attempts=1",
					"yandex.cloud.operation.poll-multiplier=1.0", "yandex.cloud.http.max-in-memory-size=1B")
			.run((context) -> assertThat(context).hasNotFailed().hasSingleBean(ImageClient.class));
	}

	// ---- retry ----

	@Test
	void retryMaxAttemptsFromPropertiesBoundsAttempts() {
		try (YandexCloudEmulator emulator = YandexCloudEmulator.builder().build().start()) {
			emulator.seedImages(FOLDER, 1);
			emulator.faults().status(5, 14);
			this.contextRunner
				.withPropertyValues("yandex.cloud.credentials.iam-token=t1.test",
						"yandex.cloud.endpoints.compute=" + emulator.baseUrl(), "yandex.cloud.retry.max-attempts=2",
						"yandex.cloud.retry.initial-backoff=1ms", "yandex.cloud.retry.max-backoff=2ms")
				.run((context) -> {
					ImageClient images = context.getBean(ImageClient.class);
					assertThatExceptionOfType(YandexCloudException.class)
						.isThrownBy(() -> images.list(FOLDER).blockFirst())
						.satisfies((ex) -> assertThat(ex.code()).isEqualTo(Code.UNAVAILABLE));
					assertThat(emulator.requestCount("GET", "/compute/v1/images")).isEqualTo(2);
				});
		}
	}

	@Test
	void retriesWithBackoffFromProperties() {
		try (YandexCloudEmulator emulator = YandexCloudEmulator.builder().build().start()) {
			emulator.seedImages(FOLDER, 1);
			emulator.faults().status(2, 14);
			this.contextRunner
				.withPropertyValues("yandex.cloud.credentials.iam-token=t1.test",
						"yandex.cloud.endpoints.compute=" + emulator.baseUrl(), "yandex.cloud.retry.max-attempts=3",
						"yandex.cloud.retry.initial-backoff=1ms", "yandex.cloud.retry.max-backoff=2ms")
				.run((context) -> {
					assertThat(context.getBean(ImageClient.class).list(FOLDER).count().block()).isEqualTo(1);
					assertThat(emulator.requestCount("GET", "/compute/v1/images")).isEqualTo(3);
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

	private static String tokenOf(AssertableApplicationContext context) {
		assertThat(context).hasNotFailed();
		CredentialsProvider credentials = context.getBean(CredentialsProvider.class);
		assertThat(credentials).isInstanceOf(StaticIamTokenCredentials.class);
		IamToken token = credentials.token().block();
		assertThat(token).isNotNull();
		return token.value();
	}

	private static RecordedRequest lastRequest(YandexCloudEmulator emulator) {
		List<RecordedRequest> requests = emulator.requests();
		assertThat(requests).isNotEmpty();
		return requests.get(requests.size() - 1);
	}

	private static String messages(Throwable failure) {
		StringBuilder messages = new StringBuilder();
		for (Throwable current = failure; current != null; current = current.getCause()) {
			messages.append(current.getMessage()).append('\n');
		}
		return messages.toString();
	}

	private static Properties defaults(String... keysAndValues) {
		Properties properties = new Properties();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			properties.setProperty(keysAndValues[i], keysAndValues[i + 1]);
		}
		return properties;
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

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration(YandexCloudAutoConfiguration.class)
	static class ImportsYandexCloud {

	}

}
