package io.github.ycspring.autoconfigure;

import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

import io.github.ycspring.core.RetrySettings;
import io.github.ycspring.internal.validation.Check;
import io.github.ycspring.operation.PollingSettings;

import org.springframework.core.env.Environment;

/**
 * The {@code yandex.cloud.*} settings the clients use, checked once, at startup. The rules themselves live where
 * the clients built by hand meet them too ({@link RetrySettings}, {@link PollingSettings}, {@link Check}); this
 * class only says which property a broken rule belongs to, so that startup fails naming the key, the value, the
 * rule and what to set instead.
 *
 * @param retry how failed attempts are retried
 * @param polling how operations are waited for
 * @param pageSize page size of lists whose request sets none
 * @param connectTimeout longest wait for a connection
 * @param responseTimeout longest wait for a response to start
 * @param maxBodyBytes largest response body held in memory
 */
record YandexCloudSettings(RetrySettings retry, PollingSettings polling, long pageSize, Duration connectTimeout,
		Duration responseTimeout, int maxBodyBytes) {

	private static final String PREFIX = "yandex.cloud.";

	/** The property of each field the settings records name in their errors. */
	private static final Map<String, String> RETRY_KEYS = Map.of("maxAttempts", "retry.max-attempts", "initialBackoff",
			"retry.initial-backoff", "maxBackoff", "retry.max-backoff");

	private static final Map<String, String> POLLING_KEYS = Map.of("initialInterval", "operation.initial-poll-interval",
			"maxInterval", "operation.max-poll-interval", "multiplier", "operation.poll-multiplier", "timeout",
			"operation.timeout");

	/**
	 * Checks the bound properties.
	 * @param properties the properties
	 * @param environment where the values were written, to quote them as the application wrote them
	 * @return the settings
	 * @throws InvalidSettingException for the first value a rule does not allow
	 */
	static YandexCloudSettings of(YandexCloudProperties properties, Environment environment) {
		YandexCloudProperties.Http http = properties.getHttp();
		YandexCloudProperties.Retry retry = properties.getRetry();
		YandexCloudProperties.OperationWaiting operation = properties.getOperation();
		RetrySettings defaultRetry = RetrySettings.defaults();
		PollingSettings defaultPolling = PollingSettings.defaults();
		RetrySettings retrySettings = checked(environment, RETRY_KEYS, defaultsOf(defaultRetry),
				() -> new RetrySettings(retry.getMaxAttempts(), retry.getInitialBackoff(), retry.getMaxBackoff()));
		PollingSettings polling = checked(environment, POLLING_KEYS, defaultsOf(defaultPolling),
				() -> new PollingSettings(operation.getInitialPollInterval(), operation.getMaxPollInterval(),
						operation.getPollMultiplier(), operation.getTimeout()));
		long pageSize = checked(environment, Map.of("pageSize", "paging.page-size"), Map.of("pageSize", "1000"),
				() -> Check.range("pageSize", properties.getPaging().getPageSize(), 1, Check.MAX_PAGE_SIZE));
		Duration connectTimeout = checked(environment, Map.of("connectTimeout", "http.connect-timeout"),
				Map.of("connectTimeout", "5s"), () -> Check.positive("connectTimeout", http.getConnectTimeout()));
		Duration responseTimeout = checked(environment, Map.of("responseTimeout", "http.response-timeout"),
				Map.of("responseTimeout", "30s"), () -> Check.positive("responseTimeout", http.getResponseTimeout()));
		long maxBodyBytes = checked(environment, Map.of("maxInMemorySize", "http.max-in-memory-size"),
				Map.of("maxInMemorySize", "16MB"), () -> Check.range("maxInMemorySize",
						http.getMaxInMemorySize().toBytes(), 1, Integer.MAX_VALUE));
		return new YandexCloudSettings(retrySettings, polling, pageSize, connectTimeout, responseTimeout,
				Math.toIntExact(maxBodyBytes));
	}

	private static <T> T checked(Environment environment, Map<String, String> keys, Map<String, String> examples,
			Supplier<T> settings) {
		try {
			return settings.get();
		}
		catch (IllegalArgumentException ex) {
			String message = String.valueOf(ex.getMessage());
			int colon = message.indexOf(": ");
			String field = (colon > 0) ? message.substring(0, colon) : "";
			String key = PREFIX + keys.getOrDefault(field, keys.values().iterator().next());
			throw new InvalidSettingException(key, environment.getProperty(key),
					(colon > 0) ? message.substring(colon + 2) : message, examples.getOrDefault(field, "the default"));
		}
	}

	private static Map<String, String> defaultsOf(RetrySettings retry) {
		return Map.of("maxAttempts", Integer.toString(retry.maxAttempts()), "initialBackoff",
				retry.initialBackoff().toMillis() + "ms", "maxBackoff", retry.maxBackoff().toSeconds() + "s");
	}

	private static Map<String, String> defaultsOf(PollingSettings polling) {
		return Map.of("initialInterval", polling.initialInterval().toMillis() + "ms", "maxInterval",
				polling.maxInterval().toSeconds() + "s", "multiplier", Double.toString(polling.multiplier()), "timeout",
				polling.timeout().toMinutes() + "m");
	}

}
