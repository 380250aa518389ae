package io.github.ycspring.operation;

import java.time.Duration;

import io.github.ycspring.internal.validation.Check;

/**
 * How operations are waited for.
 *
 * @param initialInterval wait before the first poll
 * @param maxInterval longest wait between polls
 * @param multiplier growth of the wait from one poll to the next
 * @param timeout how long {@link OperationClient#await(String)} waits in all
 */
public record PollingSettings(Duration initialInterval, Duration maxInterval, double multiplier, Duration timeout) {

	/**
	 * Checks the settings.
	 * @param initialInterval wait before the first poll
	 * @param maxInterval longest wait between polls
	 * @param multiplier growth of the wait from one poll to the next
	 * @param timeout how long {@link OperationClient#await(String)} waits in all
	 */
	public PollingSettings {
		Check.positive("initialInterval", initialInterval);
		Check.positive("maxInterval", maxInterval);
		Check.positive("timeout", timeout);
		if (maxInterval.compareTo(initialInterval) < 0) {
			throw Check.fail("maxInterval", "must not be shorter than initialInterval (" + initialInterval + ")");
		}
		if (!(multiplier >= 1.0)) {
			throw Check.fail("multiplier", "must be at least 1.0, was " + multiplier);
		}
	}

	/**
	 * The defaults: 500 ms growing by 1.5 to 10 s, for at most 30 minutes.
	 * @return the settings
	 */
	public static PollingSettings defaults() {
		return new PollingSettings(Duration.ofMillis(500), Duration.ofSeconds(10), 1.5, Duration.ofMinutes(30));
	}

}
