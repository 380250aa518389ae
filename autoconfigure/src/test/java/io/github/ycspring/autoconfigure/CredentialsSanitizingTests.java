package io.github.ycspring.autoconfigure;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.actuate.endpoint.Show;
import org.springframework.boot.actuate.env.EnvironmentEndpoint;
import org.springframework.boot.actuate.env.EnvironmentEndpoint.EnvironmentEntryDescriptor;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Credentials never show in {@code /actuator/env}, even when the application shows values.
 */
class CredentialsSanitizingTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(YandexCloudAutoConfiguration.class))
		.withPropertyValues("yandex.cloud.credentials.iam-token=t1.secret-token", "YC_TOKEN=t1.secret-env-token",
				"yandex.cloud.folder-id=b1gvisible");

	private static Object valueOf(EnvironmentEndpoint endpoint, String key) {
		EnvironmentEntryDescriptor entry = endpoint.environmentEntry(key);
		return entry.getPropertySources().stream()
			.filter((source) -> source.getProperty() != null)
			.findFirst()
			.orElseThrow()
			.getProperty()
			.getValue();
	}

	@Test
	void masksTokensInTheEnvironmentEndpointEvenWhenValuesAreShown() {
		this.runner.run((context) -> {
			List<SanitizingFunction> functions = context.getBeanProvider(SanitizingFunction.class).orderedStream().toList();
			assertThat(functions).hasSize(1);
			EnvironmentEndpoint endpoint = new EnvironmentEndpoint(context.getEnvironment(), functions, Show.ALWAYS);
			assertThat(valueOf(endpoint, "yandex.cloud.credentials.iam-token")).isEqualTo("******");
			assertThat(valueOf(endpoint, "YC_TOKEN")).isEqualTo("******");
			assertThat(valueOf(endpoint, "yandex.cloud.folder-id")).isEqualTo("b1gvisible");
		});
	}

	@Test
	void recognisesEveryFormOfACredentialKey() {
		assertThat(List.of("yandex.cloud.credentials.iam-token", "yandex.cloud.credentials.oauth-token",
				"yandex.cloud.credentials.service-account-key", "YANDEX_CLOUD_CREDENTIALS_IAMTOKEN", "YC_TOKEN",
				"credentials.oauthToken", "serviceAccountKey"))
			.allMatch(CredentialKeys::isSecret);
		assertThat(List.of("yandex.cloud.credentials.service-account-key-file", "yandex.cloud.folder-id",
				"yandex.cloud.credentials.metadata-service", "YC_FOLDER_ID"))
			.noneMatch(CredentialKeys::isSecret);
	}

	@Test
	void needsNoActuator() {
		this.runner.withClassLoader(new FilteredClassLoader(SanitizingFunction.class))
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean("yandexCloudCredentialsSanitizingFunction"));
	}

}
