package io.github.ycspring.autoconfigure;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import io.github.ycspring.compute.ImageClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.LazyInitializationBeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How {@code yandex.cloud.*} binds, and how a value outside its rule fails startup.
 */
class YandexCloudPropertiesBindingTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(YandexCloudAutoConfiguration.class));

	// ---- binding ----

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

	/** With {@code spring.main.lazy-initialization} the settings are still made, and checked, at startup. */
	@Test
	void aValueOutsideItsRuleFailsStartupEvenWithLazyInitialization() {
		this.contextRunner
			.withInitializer((context) -> context
				.addBeanFactoryPostProcessor(new LazyInitializationBeanFactoryPostProcessor()))
			.withPropertyValues("yandex.cloud.retry.max-attempts=0")
			.run((context) -> {
				assertThat(context).hasFailed();
				FailureAnalysis analysis = new InvalidSettingFailureAnalyzer().analyze(context.getStartupFailure());
				assertThat(analysis).isNotNull();
				assertThat(analysis.getDescription()).contains("yandex.cloud.retry.max-attempts");
			});
	}

	@Test
	void acceptsBoundaryValues() {
		this.contextRunner
			.withPropertyValues("yandex.cloud.paging.page-size=1", "yandex.cloud.retry.max-attempts=1",
					"yandex.cloud.operation.poll-multiplier=1.0", "yandex.cloud.http.max-in-memory-size=1B")
			.run((context) -> assertThat(context).hasNotFailed().hasSingleBean(ImageClient.class));
	}

	// ---- helpers ----

	private static String messages(Throwable failure) {
		StringBuilder messages = new StringBuilder();
		for (Throwable current = failure; current != null; current = current.getCause()) {
			messages.append(current.getMessage()).append('\n');
		}
		return messages.toString();
	}

}
