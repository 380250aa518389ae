package io.github.ycspring;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import io.github.ycspring.auth.CredentialsProvider;
import io.github.ycspring.internal.compute.DefaultImageClient;
import io.github.ycspring.compute.ImageClient;
import io.github.ycspring.core.Endpoints;
import io.github.ycspring.core.RetrySettings;
import io.github.ycspring.internal.Defaults;
import io.github.ycspring.internal.auth.NoCredentials;
import io.github.ycspring.internal.http.ApiTransport;
import io.github.ycspring.internal.http.TransportFactory;
import io.github.ycspring.internal.validation.Check;
import io.github.ycspring.internal.operation.DefaultOperationClient;
import io.github.ycspring.operation.OperationClient;
import io.github.ycspring.operation.PollingSettings;
import org.jspecify.annotations.Nullable;

import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.util.unit.DataSize;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * An {@link ImageClient} and {@link OperationClient} pair built by hand, outside auto-configuration: for a second
 * account, other endpoints, or code without Spring Boot.
 * <pre>{@code
 * YandexCloudClients other = YandexCloudClients.builder()
 *     .credentials(new StaticIamTokenCredentials(token))
 *     .defaultFolderId("b1g...")
 *     .build();
 * other.images().list("b1g...").subscribe(...);
 * }</pre>
 *
 * @param images the image client
 * @param operations the operation client
 */
public record YandexCloudClients(ImageClient images, OperationClient operations) {

	/**
	 * A builder with the defaults of the starter's properties.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builds {@link YandexCloudClients}.
	 */
	public static final class Builder {

		private Supplier<WebClient.Builder> webClientBuilder = WebClient::builder;

		private Endpoints endpoints = Endpoints.defaults();

		private CredentialsProvider credentials = new NoCredentials();

		private String defaultFolderId = "";

		private Duration connectTimeout = Defaults.CONNECT_TIMEOUT;

		private Duration responseTimeout = Defaults.RESPONSE_TIMEOUT;

		private DataSize maxInMemorySize = Defaults.MAX_IN_MEMORY_SIZE;

		private long pageSize = Defaults.PAGE_SIZE;

		private PollingSettings polling = PollingSettings.defaults();

		private RetrySettings retry = RetrySettings.defaults();

		private final List<Consumer<WebClient.Builder>> customizers = new ArrayList<>();

		private @Nullable Supplier<? extends ClientHttpConnector> connector;

		private Builder() {
		}

		/**
		 * The builder to start from, such as a clone of Spring Boot's, so that its observations apply.
		 * @param webClientBuilder the builder; it is cloned, not changed
		 * @return this builder
		 */
		public Builder webClientBuilder(WebClient.Builder webClientBuilder) {
			Check.notNull("webClientBuilder", webClientBuilder);
			this.webClientBuilder = () -> webClientBuilder;
			return this;
		}

		/**
		 * Base URLs of the services.
		 * @param endpoints the endpoints
		 * @return this builder
		 */
		public Builder endpoints(Endpoints endpoints) {
			this.endpoints = Check.notNull("endpoints", endpoints);
			return this;
		}

		/**
		 * Source of IAM tokens.
		 * @param credentials the credentials
		 * @return this builder
		 */
		public Builder credentials(CredentialsProvider credentials) {
			this.credentials = Check.notNull("credentials", credentials);
			return this;
		}

		/**
		 * Folder of calls whose request names none.
		 * @param folderId the folder id, {@code ""} for none
		 * @return this builder
		 */
		public Builder defaultFolderId(String folderId) {
			this.defaultFolderId = Check.optionalId("defaultFolderId", folderId);
			return this;
		}

		/**
		 * Connect timeout.
		 * @param timeout the timeout
		 * @return this builder
		 */
		public Builder connectTimeout(Duration timeout) {
			this.connectTimeout = Check.notNull("connectTimeout", timeout);
			return this;
		}

		/**
		 * Longest wait for the next read while a response is awaited, once the request is sent: for the response to
		 * start, and between reads of its body.
		 * @param timeout the timeout
		 * @return this builder
		 */
		public Builder responseTimeout(Duration timeout) {
			this.responseTimeout = Check.notNull("responseTimeout", timeout);
			return this;
		}

		/**
		 * Largest response body held in memory.
		 * @param size the size
		 * @return this builder
		 */
		public Builder maxInMemorySize(DataSize size) {
			this.maxInMemorySize = Check.notNull("maxInMemorySize", size);
			return this;
		}

		/**
		 * Page size of list calls whose request sets none.
		 * @param pageSize 1 to 1000
		 * @return this builder
		 */
		public Builder pageSize(long pageSize) {
			this.pageSize = Check.range("pageSize", pageSize, 1, Check.MAX_PAGE_SIZE);
			return this;
		}

		/**
		 * How operations are waited for.
		 * @param polling the settings
		 * @return this builder
		 */
		public Builder polling(PollingSettings polling) {
			this.polling = Check.notNull("polling", polling);
			return this;
		}

		/**
		 * The connector to use instead of one made from the timeouts, for example one built by Spring Boot's
		 * {@code ClientHttpConnectorBuilder} so that the application's SSL bundle applies. The connect and
		 * response timeouts of this builder are then not used: give the connector its own.
		 * @param connector the connector
		 * @return this builder
		 */
		public Builder clientConnector(ClientHttpConnector connector) {
			Check.notNull("connector", connector);
			this.connector = () -> connector;
			return this;
		}

		/**
		 * How failed attempts are retried.
		 * @param retry the settings; {@link RetrySettings#none()} disables retries
		 * @return this builder
		 */
		public Builder retry(RetrySettings retry) {
			this.retry = Check.notNull("retry", retry);
			return this;
		}

		/**
		 * A change to the {@link WebClient.Builder}, applied before the pipeline's filters.
		 * @param customizer the change
		 * @return this builder
		 */
		public Builder customize(Consumer<WebClient.Builder> customizer) {
			this.customizers.add(Check.notNull("customizer", customizer));
			return this;
		}

		/**
		 * Builds the clients. They share one transport, whose WebClient is built on the first call.
		 * @return the clients
		 */
		public YandexCloudClients build() {
			TransportFactory transports = new TransportFactory(this.webClientBuilder,
					(this.connector != null) ? this.connector
							: TransportFactory.reactorNetty(this.connectTimeout, this.responseTimeout),
					(builder) -> this.customizers.forEach((customizer) -> customizer.accept(builder)), this.retry,
					Math.toIntExact(this.maxInMemorySize.toBytes()));
			ApiTransport transport = transports.authenticated(this.credentials);
			OperationClient operations = new DefaultOperationClient(transport, this.endpoints, this.polling,
					this.pageSize);
			ImageClient images = new DefaultImageClient(transport, this.endpoints.compute(), operations,
					this.defaultFolderId, this.pageSize);
			return new YandexCloudClients(images, operations);
		}

	}

}
