package io.github.ycspring.autoconfigure;

import java.time.Duration;

import org.springframework.http.client.reactive.ClientHttpConnector;

/**
 * Makes the clients' connector with the timeouts of {@code yandex.cloud.http}.
 */
@FunctionalInterface
interface YandexCloudConnectorFactory {

	ClientHttpConnector create(Duration connectTimeout, Duration responseTimeout);

}
