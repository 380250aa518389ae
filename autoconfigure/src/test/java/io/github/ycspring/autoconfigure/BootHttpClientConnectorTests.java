package io.github.ycspring.autoconfigure;

import java.net.URI;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.ycspring.compute.ImageClient;
import io.github.ycspring.core.Code;
import io.github.ycspring.core.YandexCloudException;
import io.github.ycspring.emulator.RecordedRequest;
import io.github.ycspring.emulator.YandexCloudEmulator;
import io.github.ycspring.support.ResponseChunkSizes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.netty.http.HttpDecoderSpec;
import reactor.test.StepVerifier;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.autoconfigure.reactive.ReactiveHttpClientAutoConfiguration;
import org.springframework.boot.http.client.reactive.ClientHttpConnectorBuilder;
import org.springframework.boot.http.codec.autoconfigure.CodecsAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.WebClientCustomizer;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.http.client.reactive.ClientHttpConnector;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With Spring Boot's HTTP client support, the clients' connector is built by the application's
 * {@code ClientHttpConnectorBuilder} (so its SSL bundle and customizers apply) with our timeouts.
 */
class BootHttpClientConnectorTests {

	private static YandexCloudEmulator emulator;

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ReactiveHttpClientAutoConfiguration.class,
				WebClientAutoConfiguration.class, YandexCloudAutoConfiguration.class))
		.withPropertyValues("yandex.cloud.credentials.iam-token=t1.boot", "yandex.cloud.endpoints.compute="
				+ emulator.baseUrl());

	@BeforeAll
	static void startEmulator() {
		emulator = YandexCloudEmulator.builder().build().start();
	}

	@AfterAll
	static void stopEmulator() {
		emulator.close();
	}

	@Test
	void buildsTheConnectorWithTheApplicationsConnectorBuilder() {
		AtomicInteger built = new AtomicInteger();
		String id = emulator.seedImages("boot-connector-folder", 1).get(0);
		this.runner
			.withBean(ClientHttpConnectorBuilder.class,
					() -> ClientHttpConnectorBuilder.reactor().withCustomizer((connector) -> built.incrementAndGet()))
			.run((context) -> {
				int before = built.get();
				assertThat(context.getBean(ImageClient.class).get(id).block(Duration.ofSeconds(5)).id()).isEqualTo(id);
				// our transport builds its connector on the first call, with the application's builder (and obtains
				// Boot's WebClient.Builder then too, which may build Boot's own connector as well)
				assertThat(built.get()).as("connectors built by the application's builder").isGreaterThan(before);
			});
	}

	@Test
	void readsLargeBodiesThroughBootsReactorConnectorInChunksLargerThanEightKilobytes() {
		this.runner.run((context) -> {
			List<Integer> chunks = ResponseChunkSizes.of(connector(context), largePage(), "t1.boot");
			assertThat(chunks.stream().mapToInt(Integer::intValue).sum()).as("body bytes").isGreaterThan(200_000);
			assertThat(Collections.max(chunks)).isGreaterThan(HttpDecoderSpec.DEFAULT_MAX_CHUNK_SIZE);
		});
	}

	@Test
	void leavesTheResponseDecoderOfTheApplicationsReactorConnectorAsItIs() {
		this.runner
			.withBean(ClientHttpConnectorBuilder.class, () -> ClientHttpConnectorBuilder.reactor()
				.withHttpClientCustomizer((client) -> client.httpResponseDecoder((decoder) -> decoder.maxHeaderSize(16_384))))
			.run((context) -> assertThat(Collections.max(ResponseChunkSizes.of(connector(context), largePage(), "t1.boot")))
				.isLessThanOrEqualTo(HttpDecoderSpec.DEFAULT_MAX_CHUNK_SIZE));
	}

	private static ClientHttpConnector connector(ApplicationContext context) {
		return context.getBean(YandexCloudConnectorFactory.class).create(Duration.ofSeconds(5), Duration.ofSeconds(5));
	}

	private static URI largePage() {
		return ResponseChunkSizes.largePage(emulator, "boot-large-page-folder");
	}

	@Test
	void appliesTheResponseTimeoutOfYandexCloudHttpThroughBootsConnector() {
		emulator.latency(Duration.ofMillis(400));
		try {
			this.runner
				.withPropertyValues("yandex.cloud.http.response-timeout=50ms", "yandex.cloud.retry.max-attempts=1")
				.run((context) -> StepVerifier.create(context.getBean(ImageClient.class).get("fd8slow"))
					.expectErrorSatisfies((ex) -> assertThat(((YandexCloudException) ex).code())
						.isEqualTo(Code.DEADLINE_EXCEEDED))
					.verify(Duration.ofSeconds(5)));
		}
		finally {
			emulator.latency(Duration.ZERO);
		}
	}

	@Test
	void appliesSpringHttpClientsSettingsAndCustomizersWithoutBootsJackson() {
		String id = emulator.seedImages("boot-settings-folder", 1).get(0);
		// the starter brings no Jackson auto-configuration: Boot's WebClient support must serve without a JsonMapper
		this.runner.withConfiguration(AutoConfigurations.of(CodecsAutoConfiguration.class))
			.withPropertyValues("spring.http.clients.reactive.connector=jdk")
			.withBean(WebClientCustomizer.class,
					() -> (builder) -> builder.defaultHeader("x-test-boot", "applied"))
			.run((context) -> {
				assertThat(context).doesNotHaveBean(JsonMapper.class);
				assertThat(context.getBean(ImageClient.class).get(id).block(Duration.ofSeconds(5)).id()).isEqualTo(id);
				RecordedRequest last = emulator.requests().get(emulator.requests().size() - 1);
				assertThat(last.header("x-test-boot")).isEqualTo("applied");
				// the JDK's HttpClient, as spring.http.clients.reactive.connector says, not Reactor Netty
				assertThat(last.header("User-Agent")).startsWith("Java-http-client");
			});
	}

}
