package io.github.ycspring.autoconfigure;

import java.util.List;
import java.util.Locale;

/**
 * Which configuration keys hold Yandex Cloud secrets, in any of the forms a key takes: a property
 * ({@code yandex.cloud.credentials.iam-token}), an environment variable ({@code YANDEX_CLOUD_CREDENTIALS_IAMTOKEN},
 * {@code YC_TOKEN}) or a bound field ({@code iamToken}).
 */
final class CredentialKeys {

	private static final List<String> SECRETS = List.of("iamtoken", "oauthtoken", "serviceaccountkey");

	private CredentialKeys() {
	}

	static boolean isSecret(String key) {
		String normalized = key.toLowerCase(Locale.ROOT).replaceAll("[-_.\\[\\]]", "");
		if (normalized.equals("yctoken")) {
			return true;
		}
		// the key file's location is no secret, the key itself is
		return !normalized.endsWith("serviceaccountkeyfile") && SECRETS.stream().anyMatch(normalized::endsWith);
	}

}
