package io.github.ycspring.autoconfigure;

import java.util.function.Supplier;

import io.github.ycspring.auth.CredentialsProvider;
import io.github.ycspring.internal.compute.DefaultImageClient;
import io.github.ycspring.compute.ImageClient;
import io.github.ycspring.internal.EnvironmentFallbacks;
import io.github.ycspring.internal.http.TransportFactory;
import io.github.ycspring.internal.operation.DefaultOperationClient;
import io.github.ycspring.operation.OperationClient;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.netty.http.client.HttpClient;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.LazyInitializationExcludeFilter;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.reactive.ClientHttpConnectorBuilder;
import org.springframework.boot.http.client.reactive.ReactorClientHttpConnectorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Auto-configuration of {@link ImageClient} and {@link OperationClient}.
 * <p>
 * The clients' {@link WebClient} is built from Spring Boot's {@code WebClient.Builder} when there is one, so the
 * application's observations and customizers apply, then by {@link YandexCloudWebClientCustomizer} beans, then by
 * the Yandex Cloud pipeline. Every bean backs off when the application defines its own.
 */
@AutoConfiguration(afterName = { "org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration",
		"org.springframework.boot.http.client.autoconfigure.reactive.ReactiveHttpClientAutoConfiguration" })
@ConditionalOnClass({ WebClient.class, HttpClient.class })
@ConditionalOnBooleanProperty(name = "yandex.cloud.enabled", matchIfMissing = true)
@EnableConfigurationProperties(YandexCloudProperties.class)
public final class YandexCloudAutoConfiguration {

	private static final Log logger = LogFactory.getLog(YandexCloudAutoConfiguration.class);

	@Bean
	@ConditionalOnMissingBean(YandexCloudConnectionDetails.class)
	PropertiesYandexCloudConnectionDetails yandexCloudConnectionDetails(YandexCloudProperties properties,
			Environment environment) {
		return new PropertiesYandexCloudConnectionDetails(properties, EnvironmentFallbacks.variable(environment, EnvironmentFallbacks.METADATA_ADDR),
				environment.containsProperty("yandex.cloud.endpoints.metadata"));
	}

	/**
	 * Keeps the settings and the credentials out of {@code spring.main.lazy-initialization}: they are made at
	 * startup, on the main thread, so that a bad value still fails startup, and so that key files are read and the
	 * metadata service probed there, never on the event loop that would otherwise make them for the first request.
	 */
	@Bean
	static LazyInitializationExcludeFilter yandexCloudLazyInitializationExcludeFilter() {
		return LazyInitializationExcludeFilter.forBeanTypes(YandexCloudSettings.class, CredentialsProvider.class);
	}

	/** The settings, checked once here, at startup: a bad value fails startup naming its key. */
	@Bean
	YandexCloudSettings yandexCloudSettings(YandexCloudProperties properties, Environment environment) {
		return YandexCloudSettings.of(properties, environment);
	}

	@Bean
	@ConditionalOnMissingBean
	CredentialsProvider yandexCloudCredentials(YandexCloudSettings settings, YandexCloudProperties properties,
			Environment environment,
			ResourceLoader resourceLoader, YandexCloudConnectionDetails connectionDetails,
			ObjectProvider<WebClient.Builder> webClientBuilder, ObjectProvider<YandexCloudWebClientCustomizer> customizers,
			ObjectProvider<YandexCloudConnectorFactory> connectorFactory) {
		// OAuth tokens and signed JWTs travel to IAM in request bodies: the same rule as for bearer tokens
		InsecureEndpointException.check(connectionDetails);
		CredentialsProvider credentials = new CredentialsResolver(properties.getCredentials(), environment,
				resourceLoader, connectionDetails.getEndpoints(),
				() -> transports(settings, webClientBuilder, customizers, connectorFactory).unauthenticated(),
				CredentialsResolver::dmiSaysYandexCloud)
			.resolve();
		logger.info("Yandex Cloud credentials: " + credentials.kind());
		return credentials;
	}

	/**
	 * The transport both clients share: not an extension point (its type is package-private), so that the pipeline
	 * stays an implementation detail; the clients and credentials are the beans to replace.
	 */
	@Bean
	ClientTransport yandexCloudClientTransport(ObjectProvider<WebClient.Builder> webClientBuilder,
			ObjectProvider<YandexCloudWebClientCustomizer> customizers,
			ObjectProvider<YandexCloudConnectorFactory> connectorFactory, CredentialsProvider credentials,
			YandexCloudConnectionDetails connectionDetails, YandexCloudSettings settings) {
		InsecureEndpointException.check(connectionDetails);
		return new ClientTransport(
				transports(settings, webClientBuilder, customizers, connectorFactory).authenticated(credentials));
	}

	/**
	 * Transports on Spring Boot's {@code WebClient.Builder} and connector (each obtained on a transport's first
	 * call), with the application's customizers and the HTTP and retry settings.
	 */
	private static TransportFactory transports(YandexCloudSettings settings,
			ObjectProvider<WebClient.Builder> webClientBuilder, ObjectProvider<YandexCloudWebClientCustomizer> customizers,
			ObjectProvider<YandexCloudConnectorFactory> connectorFactory) {
		Supplier<ClientHttpConnector> connector = () -> {
			YandexCloudConnectorFactory boot = connectorFactory.getIfAvailable();
			return (boot != null) ? boot.create(settings.connectTimeout(), settings.responseTimeout())
					: TransportFactory.reactorNetty(settings.connectTimeout(), settings.responseTimeout()).get();
		};
		return new TransportFactory(() -> webClientBuilder.getIfAvailable(WebClient::builder), connector,
				(builder) -> customizers.orderedStream().forEach((customizer) -> customizer.customize(builder)),
				settings.retry(), settings.maxBodyBytes());
	}

	/**
	 * When Spring Boot's HTTP client support is there, the clients' connector is built by its
	 * {@code ClientHttpConnectorBuilder} from the application's {@code HttpClientSettings} (SSL bundle, redirects,
	 * connector customizers), with the timeouts of {@code yandex.cloud.http}. A Reactor Netty connector is also
	 * {@linkplain TransportFactory#tuned tuned} as the clients' own is.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(ClientHttpConnectorBuilder.class)
	static class BootHttpClientConfiguration {

		@Bean
		@ConditionalOnBean(ClientHttpConnectorBuilder.class)
		YandexCloudConnectorFactory yandexCloudConnectorFactory(ClientHttpConnectorBuilder<?> connectorBuilder,
				ObjectProvider<HttpClientSettings> settings) {
			return (connectTimeout, responseTimeout) -> {
				// decided when the connector is built, on the first call, like the rest of the transport
				HttpClientSettings applicationSettings = settings.getIfAvailable(HttpClientSettings::defaults);
				if (connectorBuilder instanceof ReactorClientHttpConnectorBuilder reactor) {
					// no read timeout in Boot's settings: the response timeout is kept per connection instead
					return reactor.withHttpClientCustomizer((client) -> TransportFactory.tuned(client, responseTimeout))
						.build(applicationSettings.withTimeouts(connectTimeout, null));
				}
				return connectorBuilder.build(applicationSettings.withTimeouts(connectTimeout, responseTimeout));
			};
		}

	}

	/**
	 * When Actuator is there, credentials are masked in {@code /actuator/env} and {@code /actuator/configprops}
	 * even where an application shows values.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(SanitizingFunction.class)
	static class CredentialsSanitizingConfiguration {

		@Bean
		SanitizingFunction yandexCloudCredentialsSanitizingFunction() {
			return SanitizingFunction.sanitizeValue().ifKeyMatches(CredentialKeys::isSecret);
		}

	}

	@Bean
	@ConditionalOnMissingBean
	OperationClient operationClient(ClientTransport transport, YandexCloudConnectionDetails connectionDetails,
			YandexCloudSettings settings) {
		return new DefaultOperationClient(transport.transport(), connectionDetails.getEndpoints(), settings.polling(),
				settings.pageSize());
	}

	@Bean
	@ConditionalOnMissingBean
	ImageClient imageClient(ClientTransport transport, YandexCloudConnectionDetails connectionDetails,
			OperationClient operationClient, YandexCloudSettings settings, Environment environment) {
		return new DefaultImageClient(transport.transport(), connectionDetails.getComputeEndpoint(), operationClient,
				EnvironmentFallbacks.folderId(environment), settings.pageSize());
	}

}
