package io.github.ycspring.autoconfigure.actuate;

import io.github.ycspring.auth.CredentialsProvider;
import io.github.ycspring.autoconfigure.YandexCloudAutoConfiguration;
import io.github.ycspring.autoconfigure.YandexCloudConnectionDetails;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Auto-configuration of the {@code yandexCloud} health indicator, when Spring Boot's health support is present
 * (with Actuator) and the Yandex Cloud clients are configured. {@code management.health.yandexcloud.enabled=false}
 * turns it off.
 */
@AutoConfiguration(after = YandexCloudAutoConfiguration.class)
@ConditionalOnClass({ ReactiveHealthIndicator.class, WebClient.class })
@ConditionalOnEnabledHealthIndicator("yandexcloud")
@ConditionalOnBean({ CredentialsProvider.class, YandexCloudConnectionDetails.class })
@EnableConfigurationProperties(YandexCloudHealthIndicatorProperties.class)
public final class YandexCloudHealthContributorAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(name = { "yandexCloudHealthIndicator", "yandexCloudHealthContributor" })
	YandexCloudHealthIndicator yandexCloudHealthIndicator(CredentialsProvider credentials,
			YandexCloudConnectionDetails connectionDetails, ObjectProvider<WebClient.Builder> webClientBuilder,
			YandexCloudHealthIndicatorProperties properties) {
		return new YandexCloudHealthIndicator(credentials, connectionDetails.getOperationEndpoint(),
				webClientBuilder.getIfAvailable(WebClient::builder).build(), properties.getTimeout(),
				properties.getTimeToLive());
	}

}
