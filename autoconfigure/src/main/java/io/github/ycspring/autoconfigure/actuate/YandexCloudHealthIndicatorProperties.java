package io.github.ycspring.autoconfigure.actuate;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the {@code yandexCloud} health indicator.
 */
@ConfigurationProperties("management.health.yandexcloud")
public class YandexCloudHealthIndicatorProperties {

	/**
	 * Longest time a check may take, obtaining a token included, before it reports DOWN.
	 */
	private Duration timeout = Duration.ofSeconds(3);

	/**
	 * How long a check's result is reused before the next check calls Yandex Cloud again.
	 */
	private Duration timeToLive = Duration.ofSeconds(30);

	/**
	 * Longest time a check may take.
	 * @return the current value
	 */
	public Duration getTimeout() {
		return this.timeout;
	}

	/**
	 * Sets: longest time a check may take.
	 * @param timeout the new value
	 */
	public void setTimeout(Duration timeout) {
		this.timeout = timeout;
	}

	/**
	 * How long a check's result is reused.
	 * @return the current value
	 */
	public Duration getTimeToLive() {
		return this.timeToLive;
	}

	/**
	 * Sets: how long a check's result is reused.
	 * @param timeToLive the new value
	 */
	public void setTimeToLive(Duration timeToLive) {
		this.timeToLive = timeToLive;
	}

}
