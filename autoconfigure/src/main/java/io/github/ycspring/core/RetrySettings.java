package io.github.ycspring.core;

import java.time.Duration;

import io.github.ycspring.internal.validation.Check;

/**
 * How failed attempts of a call are retried.
 *
 * @param maxAttempts most attempts of one call, the first included; 1 disables retries
 * @param initialBackoff backoff ceiling before the first retry; it doubles with each further retry
 * @param maxBackoff highest backoff ceiling
 */
public record RetrySettings(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {

	/** Longest wait a server's {@code Retry-After} can impose. */
	public static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(60);

	/**
	 * Checks the settings.
	 * @param maxAttempts most attempts of one call, the first included; 1 disables retries
	 * @param initialBackoff backoff ceiling before the first retry; it doubles with each further retry
	 * @param maxBackoff highest backoff ceiling
	 */
	public RetrySettings {
		Check.range("maxAttempts", maxAttempts, 1, 100);
		if (initialBackoff == null || initialBackoff.isNegative()) {
			throw Check.fail("initialBackoff", "must be a duration of zero or more, was " + initialBackoff);
		}
		if (maxBackoff == null || maxBackoff.compareTo(initialBackoff) < 0) {
			throw Check.fail("maxBackoff", "must not be shorter than initialBackoff (" + initialBackoff + ")");
		}
	}

	/**
	 * The defaults: 4 attempts, backoff from 100 ms up to 20 s (the Go SDK's).
	 * @return the settings
	 */
	public static RetrySettings defaults() {
		return new RetrySettings(4, Duration.ofMillis(100), Duration.ofSeconds(20));
	}

	/**
	 * No retries at all.
	 * @return the settings
	 */
	public static RetrySettings none() {
		return new RetrySettings(1, Duration.ZERO, Duration.ZERO);
	}

}
