package io.github.ycspring.internal.http;

import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Supplier;

import io.github.ycspring.auth.CredentialsProvider;
import io.github.ycspring.core.RetrySettings;
import io.netty.channel.ChannelOption;
import reactor.netty.http.client.HttpClient;

import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Assembles transports: a clone of the given {@link WebClient.Builder} on its own connector, with the caller's
 * customizations, then the pipeline's filters. The auto-configuration and {@code YandexCloudClients} both build
 * through here, once per transport; each transport builds its client on its first call ({@link ApiTransport#lazy}).
 */
public final class TransportFactory {

	private final Supplier<WebClient.Builder> webClientBuilder;

	private final Supplier<? extends ClientHttpConnector> connector;

	private final Consumer<WebClient.Builder> customizer;

	private final RetrySettings retry;

	private final int maxBodyBytes;

	/**
	 * Creates a factory.
	 * @param webClientBuilder gives the builder to clone, such as Spring Boot's, when a transport builds its client
	 * @param connector makes each transport's connector, when it builds its client
	 * @param customizer changes each builder before the pipeline's filters are added
	 * @param retry how failed attempts are retried
	 * @param maxBodyBytes largest response body held in memory
	 */
	public TransportFactory(Supplier<WebClient.Builder> webClientBuilder, Supplier<? extends ClientHttpConnector> connector,
			Consumer<WebClient.Builder> customizer, RetrySettings retry, int maxBodyBytes) {
		this.webClientBuilder = webClientBuilder;
		this.connector = connector;
		this.customizer = customizer;
		this.retry = retry;
		this.maxBodyBytes = maxBodyBytes;
	}

	/**
	 * A Reactor Netty connector with these timeouts (the response timeout kept per connection,
	 * {@link ResponseTimeout}) and response chunks as large as its socket reads ({@link ResponseChunks}), made when
	 * called.
	 * @param connectTimeout longest wait for a connection
	 * @param responseTimeout longest wait for a read while a response is awaited
	 * @return makes the connector
	 */
	public static Supplier<ClientHttpConnector> reactorNetty(Duration connectTimeout, Duration responseTimeout) {
		return () -> new ReactorClientHttpConnector(tuned(HttpClient.create()
			.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, Math.toIntExact(connectTimeout.toMillis())), responseTimeout));
	}

	/**
	 * What the clients set on any Reactor Netty client they use, the one made here or one built by Spring Boot's
	 * connector builder: the response timeout kept per connection ({@link ResponseTimeout}) and response chunks as
	 * large as its socket reads ({@link ResponseChunks}).
	 * @param client the client
	 * @param responseTimeout longest wait for a read while a response is awaited
	 * @return the client so set
	 */
	public static HttpClient tuned(HttpClient client, Duration responseTimeout) {
		return ResponseTimeout.on(ResponseChunks.asRead(client), responseTimeout);
	}

	/**
	 * The transport of API calls, which carry a bearer token.
	 * @param credentials source of the tokens
	 * @return the transport
	 */
	public ApiTransport authenticated(CredentialsProvider credentials) {
		return ApiTransport.lazy(
				() -> YandexCloudPipeline.apply(prepared(), credentials, this.retry, this.maxBodyBytes).build(),
				this.maxBodyBytes, credentials);
	}

	/**
	 * A transport with the same connection settings, timeouts and retries but no authentication, for the calls that
	 * obtain tokens: the IAM token exchange and the metadata service.
	 * @return the transport
	 */
	public ApiTransport unauthenticated() {
		return ApiTransport.lazy(
				() -> YandexCloudPipeline.applyUnauthenticated(prepared(), this.retry, this.maxBodyBytes).build(),
				this.maxBodyBytes, null);
	}

	private WebClient.Builder prepared() {
		WebClient.Builder builder = this.webClientBuilder.get().clone().clientConnector(this.connector.get());
		this.customizer.accept(builder);
		return builder;
	}

}
