package io.github.ycspring.autoconfigure;

import org.springframework.web.reactive.function.client.WebClient;

/**
 * Customizes the {@link WebClient.Builder} of the Yandex Cloud clients. Beans of this type run in order after Spring
 * Boot's own {@code WebClientCustomizer}s and before the Yandex Cloud pipeline's filters are added, so filters
 * added here see each call once, outside retries.
 */
@FunctionalInterface
public interface YandexCloudWebClientCustomizer {

	/**
	 * Customizes the builder.
	 * @param builder the builder
	 */
	void customize(WebClient.Builder builder);

}
