package io.github.ycspring.autoconfigure;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.github.ycspring.auth.CredentialsProvider;
import io.github.ycspring.compute.Image;
import io.github.ycspring.compute.ImageClient;
import io.github.ycspring.core.Code;
import io.github.ycspring.core.YandexCloudException;
import io.github.ycspring.emulator.RecordedRequest;
import io.github.ycspring.emulator.YandexCloudEmulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

import org.springframework.boot.LazyInitializationBeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.autoconfigure.reactive.ReactiveHttpClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every credential kind, end to end: the starter resolves it, exchanges it at the emulator's IAM (which verifies
 * JWTs against the registered public key), and calls the Compute API with the IAM token it got.
 */
class AuthenticationEndToEndTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private YandexCloudEmulator emulator;

	private ApplicationContextRunner runner;

	@BeforeEach
	void startEmulator() {
		this.emulator = YandexCloudEmulator.builder().build().start();
		this.emulator.seedImages("auth-folder", 3);
		this.runner = new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(YandexCloudAutoConfiguration.class))
			.withBean(YandexCloudConnectionDetails.class,
					() -> YandexCloudConnectionDetails.allAt(java.net.URI.create(this.emulator.baseUrl())))
			.withPropertyValues("yandex.cloud.credentials.metadata-service=disabled",
					"yandex.cloud.retry.initial-backoff=1ms", "yandex.cloud.retry.max-backoff=5ms");
	}

	@AfterEach
	void stopEmulator() {
		this.emulator.close();
	}

	private long exchanges() {
		return this.emulator.requestCount("POST", "/iam/v1/tokens");
	}

	private List<RecordedRequest> computeCalls() {
		return this.emulator.requests().stream().filter((r) -> r.path().startsWith("/compute/")).toList();
	}

	private static List<Image> listAll(ImageClient images) {
		return images.list("auth-folder").collectList().block(TIMEOUT);
	}

	@Test
	void anOAuthTokenIsExchangedOnceAndTheIamTokenIsSent() {
		this.emulator.acceptOAuthTokens("y0_e2e-oauth");
		this.runner.withPropertyValues("yandex.cloud.credentials.oauth-token=y0_e2e-oauth").run((context) -> {
			ImageClient images = context.getBean(ImageClient.class);
			assertThat(listAll(images)).hasSize(3);
			assertThat(listAll(images)).hasSize(3);
			assertThat(exchanges()).isEqualTo(1);
			assertThat(this.emulator.requests().get(0).body()).contains("yandexPassportOauthToken");
			assertThat(computeCalls()).allSatisfy((call) -> assertThat(call.header("Authorization"))
				.startsWith("Bearer t1.")
				.doesNotContain("y0_e2e-oauth"));
		});
	}

	@Test
	void aServiceAccountKeyFileSignsAJwtTheEmulatorVerifies(@TempDir Path directory) throws Exception {
		Path keyFile = Files.writeString(directory.resolve("key.json"),
				this.emulator.createServiceAccountKey("ajeserviceaccount"));
		this.runner.withPropertyValues("YC_SERVICE_ACCOUNT_KEY_FILE=" + keyFile).run((context) -> {
			assertThat(listAll(context.getBean(ImageClient.class))).hasSize(3);
			assertThat(exchanges()).isEqualTo(1);
			assertThat(this.emulator.requests().get(0).body()).startsWith("{\"jwt\":\"eyJ");
		});
	}

	@Test
	void anInlineServiceAccountKeyWorksToo() {
		String key = this.emulator.createServiceAccountKey("ajeinline");
		this.runner.withPropertyValues("yandex.cloud.credentials.service-account-key=" + key)
			.run((context) -> assertThat(listAll(context.getBean(ImageClient.class))).hasSize(3));
	}

	@Test
	void theMetadataServiceGivesTheVmsToken() {
		this.runner.withPropertyValues("yandex.cloud.credentials.metadata-service=enabled").run((context) -> {
			assertThat(listAll(context.getBean(ImageClient.class))).hasSize(3);
			RecordedRequest metadata = this.emulator.requests().get(0);
			assertThat(metadata.path()).isEqualTo("/computeMetadata/v1/instance/service-accounts/default/token");
			assertThat(metadata.header("Metadata-Flavor")).isEqualTo("Google");
		});
	}

	@Test
	void autoProbesAnEmulatedMetadataServiceOnLoopbackAtStartup() {
		this.runner.withPropertyValues("yandex.cloud.credentials.metadata-service=auto").run((context) -> {
			assertThat(this.emulator.issuedTokenCount()).isEqualTo(1);
			assertThat(listAll(context.getBean(ImageClient.class))).hasSize(3);
			assertThat(this.emulator.issuedTokenCount()).isEqualTo(1);
		});
	}

	/**
	 * A metadata service slower than the probe is slow, not absent (a cold JVM's first connection on a busy machine
	 * took longer than the probe's second): the credentials stay the metadata service's, and the exchange the probe
	 * started serves the first call.
	 */
	@Test
	void autoKeepsAMetadataServiceThatAnswersAfterTheProbeGaveUp() {
		this.emulator.latency(CredentialsResolver.METADATA_PROBE_TIMEOUT.multipliedBy(2));
		this.runner.withPropertyValues("yandex.cloud.credentials.metadata-service=auto").run((context) -> {
			assertThat(context.getBean(CredentialsProvider.class).kind()).isEqualTo("metadata service");
			assertThat(listAll(context.getBean(ImageClient.class))).hasSize(3);
			assertThat(this.emulator.issuedTokenCount()).isEqualTo(1);
		});
	}

	@Test
	void autoGoesOnWithoutCredentialsWhenTheMetadataServiceHasNoTokenToGive() {
		this.emulator.metadataService(false);
		this.runner.withPropertyValues("yandex.cloud.credentials.metadata-service=auto")
			.run((context) -> assertThat(context.getBean(CredentialsProvider.class).kind()).isEqualTo("none"));
	}

	/**
	 * The probe waits at most a second: it builds its client first, on the thread making the beans, so that neither
	 * a cold start nor Boot's beans being made on another thread (while this one holds the singleton lock) eat into
	 * it. Built on the first call instead, on a slow core the probe gave up before anything was sent, and Spring
	 * logged every bean the other thread reached for.
	 */
	@Test
	void theStartupProbeMakesBootsWebClientOnTheThreadMakingTheBeans() {
		ListAppender<ILoggingEvent> captured = new ListAppender<>();
		Logger beans = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger("org.springframework.beans");
		Level beansLevel = beans.getLevel();
		captured.start();
		beans.addAppender(captured);
		beans.setLevel(Level.INFO);
		try {
			this.runner
				.withConfiguration(AutoConfigurations.of(ReactiveHttpClientAutoConfiguration.class,
						WebClientAutoConfiguration.class))
				.withPropertyValues("yandex.cloud.credentials.metadata-service=auto")
				.run((context) -> {
					assertThat(context.getBean(CredentialsProvider.class).kind()).isEqualTo("metadata service");
					assertThat(this.emulator.issuedTokenCount()).isEqualTo(1);
				});
		}
		finally {
			beans.detachAppender(captured);
			beans.setLevel(beansLevel);
		}
		assertThat(captured.list).extracting(ILoggingEvent::getFormattedMessage)
			.noneMatch((message) -> message.contains("other thread holds singleton lock"));
	}

	/**
	 * With {@code spring.main.lazy-initialization}, a WebFlux application makes its beans on the first request's
	 * event loop, where the probe cannot wait: the credentials are still made at startup, on the main thread.
	 */
	@Test
	void withLazyInitializationTheCredentialsAreStillResolvedAtStartup() {
		this.runner.withInitializer((context) -> context
			.addBeanFactoryPostProcessor(new LazyInitializationBeanFactoryPostProcessor()))
			.withPropertyValues("yandex.cloud.credentials.metadata-service=auto")
			.run((context) -> {
				assertThat(this.emulator.issuedTokenCount()).isEqualTo(1);
				List<Image> listed = Mono.fromCallable(() -> context.getBean(ImageClient.class))
					.subscribeOn(Schedulers.parallel())
					.flatMapMany((images) -> images.list("auth-folder"))
					.collectList()
					.block(TIMEOUT);
				assertThat(listed).hasSize(3);
				assertThat(context.getBean(CredentialsProvider.class).kind()).isEqualTo("metadata service");
			});
	}

	@Test
	void aHundredConcurrentCallsOnAColdCacheCauseOneExchange() {
		this.emulator.acceptOAuthTokens("y0_concurrent");
		this.runner.withPropertyValues("yandex.cloud.credentials.oauth-token=y0_concurrent").run((context) -> {
			ImageClient images = context.getBean(ImageClient.class);
			String id = this.emulator.seedImages("auth-folder", 3).get(0);
			List<Image> got = Flux.range(0, 100)
				.flatMap((i) -> images.get(id).subscribeOn(Schedulers.parallel()), 100)
				.collectList()
				.block(TIMEOUT);
			assertThat(got).hasSize(100);
			assertThat(exchanges()).isEqualTo(1);
			assertThat(computeCalls()).hasSize(100);
		});
	}

	@Test
	void aRejectedTokenIsRefreshedOnceAndTheCallRetriedOnce() {
		this.emulator.acceptOAuthTokens("y0_refresh");
		this.runner.withPropertyValues("yandex.cloud.credentials.oauth-token=y0_refresh").run((context) -> {
			ImageClient images = context.getBean(ImageClient.class);
			listAll(images);
			this.emulator.expireIssuedTokens();
			assertThat(listAll(images)).hasSize(3);
			assertThat(exchanges()).isEqualTo(2);
			List<RecordedRequest> calls = computeCalls();
			assertThat(calls).hasSize(3);
			assertThat(calls.get(1).header("Authorization")).isNotEqualTo(calls.get(2).header("Authorization"));
		});
	}

	@Test
	void aSecond401FailsTheCall() {
		this.emulator.acceptOAuthTokens("y0_twice");
		this.runner.withPropertyValues("yandex.cloud.credentials.oauth-token=y0_twice").run((context) -> {
			this.emulator.faults().forPath("/compute/").status(2, 16);
			StepVerifier.create(context.getBean(ImageClient.class).list("auth-folder"))
				.expectErrorSatisfies((ex) -> assertThat(((YandexCloudException) ex).code())
					.isEqualTo(Code.UNAUTHENTICATED))
				.verify(TIMEOUT);
			assertThat(computeCalls()).hasSize(2);
			assertThat(exchanges()).isEqualTo(2);
		});
	}

	@Test
	void aWrongOAuthTokenFailsTheCallWithTheIamError() {
		this.runner.withPropertyValues("yandex.cloud.credentials.oauth-token=y0_unknown").run((context) -> {
			StepVerifier.create(context.getBean(ImageClient.class).list("auth-folder"))
				.expectErrorSatisfies((ex) -> {
					assertThat(((YandexCloudException) ex).code()).isEqualTo(Code.UNAUTHENTICATED);
					assertThat(ex.getMessage()).doesNotContain("y0_unknown");
				})
				.verify(TIMEOUT);
			assertThat(computeCalls()).isEmpty();
		});
	}

	@Test
	void anAuthenticatedSessionLogsNoSecretAtAnyLevel() {
		ListAppender<ILoggingEvent> captured = new ListAppender<>();
		LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();
		Logger root = logging.getLogger(Logger.ROOT_LOGGER_NAME);
		Level rootLevel = root.getLevel();
		Level ourLevel = logging.getLogger("io.github.ycspring").getLevel();
		captured.start();
		root.addAppender(captured);
		root.setLevel(Level.DEBUG);
		logging.getLogger("io.github.ycspring").setLevel(Level.TRACE);
		String key = this.emulator.createServiceAccountKey("ajelogged");
		this.emulator.acceptOAuthTokens("y0_logged-oauth");
		Set<String> issued = new HashSet<>();
		try {
			for (String credential : List.of("yandex.cloud.credentials.oauth-token=y0_logged-oauth",
					"yandex.cloud.credentials.service-account-key=" + key)) {
				this.runner.withPropertyValues(credential).run((context) -> {
					ImageClient images = context.getBean(ImageClient.class);
					listAll(images);
					this.emulator.expireIssuedTokens();
					listAll(images);
				});
			}
			this.emulator.requests().forEach((r) -> {
				if (r.header("Authorization") != null) {
					issued.add(r.header("Authorization").substring("Bearer ".length()));
				}
			});
		}
		finally {
			root.detachAppender(captured);
			root.setLevel(rootLevel);
			logging.getLogger("io.github.ycspring").setLevel(ourLevel);
		}
		String all = captured.list.stream()
			.map((event) -> event.getFormattedMessage()
					+ ((event.getThrowableProxy() != null) ? " " + event.getThrowableProxy().getMessage() : ""))
			.collect(Collectors.joining("\n"));
		assertThat(issued).hasSizeGreaterThanOrEqualTo(4);
		assertThat(all).contains("IamTokenService.Create POST /iam/v1/tokens")
			.contains("Yandex Cloud credentials: service account key");
		assertThat(all).doesNotContain("y0_logged-oauth").doesNotContain("eyJ").doesNotContain("PRIVATE KEY")
			.doesNotContain("Bearer ");
		for (String token : issued) {
			assertThat(all).doesNotContain(token);
		}
	}

}
