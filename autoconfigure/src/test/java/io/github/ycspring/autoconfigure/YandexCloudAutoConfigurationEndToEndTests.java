package io.github.ycspring.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Properties;

import io.github.ycspring.compute.ImageClient;
import io.github.ycspring.compute.ListImagesRequest;
import io.github.ycspring.core.Code;
import io.github.ycspring.core.YandexCloudException;
import io.github.ycspring.emulator.RecordedRequest;
import io.github.ycspring.emulator.YandexCloudEmulator;
import io.github.ycspring.operation.OperationClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import reactor.core.publisher.Mono;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The auto-configured clients calling an emulator: endpoints, the default folder, credentials, plain HTTP and retries as configured.
 */
@ExtendWith(OutputCaptureExtension.class)
class YandexCloudAutoConfigurationEndToEndTests {

	private static final String FOLDER = "b1gtestfolder";

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(YandexCloudAutoConfiguration.class));

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

	// ---- helpers ----

	private static RecordedRequest lastRequest(YandexCloudEmulator emulator) {
		List<RecordedRequest> requests = emulator.requests();
		assertThat(requests).isNotEmpty();
		return requests.get(requests.size() - 1);
	}

	private static Properties defaults(String... keysAndValues) {
		Properties properties = new Properties();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			properties.setProperty(keysAndValues[i], keysAndValues[i + 1]);
		}
		return properties;
	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration(YandexCloudAutoConfiguration.class)
	static class ImportsYandexCloud {

	}

}
