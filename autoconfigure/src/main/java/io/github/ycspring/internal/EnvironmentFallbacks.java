package io.github.ycspring.internal;

import org.jspecify.annotations.Nullable;

import org.springframework.core.env.PropertyResolver;
import org.springframework.util.StringUtils;

/**
 * The environment variables that stand in for {@code yandex.cloud.*} properties, read here and nowhere else. A
 * property, when set, always wins over its variable.
 */
public final class EnvironmentFallbacks {

	/** Folder of calls whose request names none, for {@code yandex.cloud.folder-id}. */
	public static final String FOLDER_ID = "YC_FOLDER_ID";

	/** An IAM token ({@code t1.}...) or an OAuth token. */
	public static final String TOKEN = "YC_TOKEN";

	/** Path or resource location of a service account's authorized key. */
	public static final String SERVICE_ACCOUNT_KEY_FILE = "YC_SERVICE_ACCOUNT_KEY_FILE";

	/** Address of the VM metadata service, for {@code yandex.cloud.endpoints.metadata}. */
	public static final String METADATA_ADDR = "YC_METADATA_ADDR";

	private EnvironmentFallbacks() {
	}

	/**
	 * The default folder: {@code yandex.cloud.folder-id}, else {@link #FOLDER_ID}.
	 * @param environment the environment
	 * @return the folder id, {@code ""} for none
	 */
	public static String folderId(PropertyResolver environment) {
		String property = environment.getProperty("yandex.cloud.folder-id");
		return StringUtils.hasText(property) ? property : environment.getProperty(FOLDER_ID, "");
	}

	/**
	 * The value of a variable, if set and not blank.
	 * @param environment the environment
	 * @param variable one of this class's names
	 * @return the value, stripped, or {@code null}
	 */
	public static @Nullable String variable(PropertyResolver environment, String variable) {
		String value = environment.getProperty(variable);
		return StringUtils.hasText(value) ? value.strip() : null;
	}

}
