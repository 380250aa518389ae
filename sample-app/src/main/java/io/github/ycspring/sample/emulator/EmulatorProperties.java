package io.github.ycspring.sample.emulator;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded emulator.
 *
 * @param images how many images to seed into the configured folder
 * @param latency delay before every response, so a person can watch pages arrive one by one
 * @param operationDelay time an operation takes to finish, so its progress can be watched
 */
@ConfigurationProperties("sample.emulator")
record EmulatorProperties(@DefaultValue("2500") int images, @DefaultValue("0ms") Duration latency,
		@DefaultValue("200ms") Duration operationDelay) {
}
