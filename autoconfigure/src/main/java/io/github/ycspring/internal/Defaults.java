package io.github.ycspring.internal;

import java.time.Duration;

import org.springframework.util.unit.DataSize;

/**
 * The defaults of the settings that have no settings type of their own: written once, here, and read by the
 * {@code yandex.cloud.*} properties and by {@code YandexCloudClients}. The other defaults are the settings types'
 * own: {@code Endpoints.defaults()}, {@code RetrySettings.defaults()}, {@code PollingSettings.defaults()}.
 */
public final class Defaults {

	/** Longest wait for a connection. */
	public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

	/** Longest wait, per attempt, for a response to start. */
	public static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(30);

	/** Largest response body held in memory: a page of 1000 full images is about 1 MB. */
	public static final DataSize MAX_IN_MEMORY_SIZE = DataSize.ofMegabytes(16);

	/** Page size of lists whose request sets none: the largest the API allows, as the Go SDK's iterators use. */
	public static final int PAGE_SIZE = 1000;

	private Defaults() {
	}

}
