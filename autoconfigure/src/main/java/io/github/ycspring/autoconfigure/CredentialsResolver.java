package io.github.ycspring.autoconfigure;

import java.util.ArrayList;
import java.util.List;

import io.github.ycspring.auth.CredentialsProvider;
import io.github.ycspring.auth.NoCredentials;
import io.github.ycspring.auth.StaticIamTokenCredentials;
import org.jspecify.annotations.Nullable;

import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Chooses the credentials source: explicit properties first (at most one of them), then env
 * {@code YC_SERVICE_ACCOUNT_KEY_FILE}, then env {@code YC_TOKEN} (an IAM token when it starts with {@code t1.},
 * otherwise an OAuth token), then none.
 */
final class CredentialsResolver {

	static final String ENV_TOKEN = "YC_TOKEN";

	static final String ENV_KEY_FILE = "YC_SERVICE_ACCOUNT_KEY_FILE";

	private final YandexCloudProperties.Credentials properties;

	private final Environment environment;

	CredentialsResolver(YandexCloudProperties.Credentials properties, Environment environment) {
		this.properties = properties;
		this.environment = environment;
	}

	CredentialsProvider resolve() {
		List<String> explicit = new ArrayList<>();
		addIfSet(explicit, "yandex.cloud.credentials.iam-token", this.properties.getIamToken());
		addIfSet(explicit, "yandex.cloud.credentials.oauth-token", this.properties.getOauthToken());
		addIfSet(explicit, "yandex.cloud.credentials.service-account-key-file",
				this.properties.getServiceAccountKeyFile());
		addIfSet(explicit, "yandex.cloud.credentials.service-account-key", this.properties.getServiceAccountKey());
		if (explicit.size() > 1) {
			throw new IllegalStateException(
					"Set only one Yandex Cloud credentials source, but " + String.join(" and ", explicit) + " are set");
		}
		if (StringUtils.hasText(this.properties.getIamToken())) {
			return new StaticIamTokenCredentials(this.properties.getIamToken().strip());
		}
		if (!explicit.isEmpty()) {
			throw unsupported(explicit.get(0));
		}
		if (StringUtils.hasText(this.environment.getProperty(ENV_KEY_FILE))) {
			throw unsupported("environment variable " + ENV_KEY_FILE);
		}
		String envToken = this.environment.getProperty(ENV_TOKEN);
		if (StringUtils.hasText(envToken)) {
			if (envToken.strip().startsWith("t1.")) {
				return new StaticIamTokenCredentials(envToken.strip());
			}
			throw unsupported("an OAuth token in environment variable " + ENV_TOKEN);
		}
		return new NoCredentials();
	}

	private static void addIfSet(List<String> explicit, String name, @Nullable String value) {
		if (StringUtils.hasText(value)) {
			explicit.add(name);
		}
	}

	private static IllegalStateException unsupported(String source) {
		return new IllegalStateException("Credentials from " + source + " are not supported by this version yet; "
				+ "use yandex.cloud.credentials.iam-token or an IAM token (t1....) in " + ENV_TOKEN);
	}

}
