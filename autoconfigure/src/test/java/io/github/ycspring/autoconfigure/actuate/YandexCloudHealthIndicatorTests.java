package io.github.ycspring.autoconfigure.actuate;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;

import io.github.ycspring.auth.CredentialsProvider;
import io.github.ycspring.auth.IamToken;
import io.github.ycspring.auth.StaticIamTokenCredentials;
import io.github.ycspring.emulator.YandexCloudEmulator;
import io.github.ycspring.internal.auth.CachingCredentialsProvider;
import io.github.ycspring.internal.auth.NoCredentials;
import io.github.ycspring.support.EmulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Mono;
import reactor.test.scheduler.VirtualTimeScheduler;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link YandexCloudHealthIndicator} against the emulator.
 */
class YandexCloudHealthIndicatorTests {

	@RegisterExtension
	static final EmulatorExtension cloud = new EmulatorExtension();

	private static final Duration TIMEOUT = Duration.ofSeconds(2);

	private static final Duration TIME_TO_LIVE = Duration.ofSeconds(30);

	@Test
	void isUpWhenTheTokenIsAcceptedAndTheOperationApiAnswers() {
		Health health = check(indicator(new StaticIamTokenCredentials(EmulatorExtension.TOKEN)));
		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("credentials", "static IAM token")
			.containsEntry("endpoint", emulator().baseUrl())
			.containsEntry("httpStatus", 404)
			.containsKey("latencyMs")
			.doesNotContainKey("error");
	}

	@Test
	void reportsWhenExchangedCredentialsLastGotATokenAndNothingForStaticOnes() {
		CachingCredentialsProvider exchanged = new CachingCredentialsProvider("OAuth token",
				() -> Mono.just(new IamToken(EmulatorExtension.TOKEN, Instant.now().plus(Duration.ofHours(1)))));
		Health health = check(indicator(exchanged));
		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("credentials", "OAuth token")
			.containsEntry("lastTokenRefresh", exchanged.lastRefresh().orElseThrow().toString());
		assertThat(check(indicator(new StaticIamTokenCredentials(EmulatorExtension.TOKEN))).getDetails())
			.doesNotContainKey("lastTokenRefresh");
	}

	@Test
	void probesWithOneGetOfAnOperationThatDoesNotExistCarryingTheToken() {
		check(indicator(new StaticIamTokenCredentials(EmulatorExtension.TOKEN)));
		assertThat(emulator().requests()).singleElement().satisfies((request) -> {
			assertThat(request.method()).isEqualTo("GET");
			assertThat(request.path()).isEqualTo("/operations/" + YandexCloudHealthIndicator.PROBE_OPERATION_ID);
			assertThat(request.header("Authorization")).isEqualTo("Bearer " + EmulatorExtension.TOKEN);
		});
	}

	@Test
	void isDownWhenTheOperationApiIsUnavailable() {
		emulator().faults().status(1, 14);
		Health health = check(indicator(new StaticIamTokenCredentials(EmulatorExtension.TOKEN)));
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("httpStatus", 503)
			.containsEntry("error", "the Operation API answered HTTP 503")
			.containsEntry("credentials", "static IAM token");
	}

	@Test
	void sendsOneRequestWithoutRetriesWhenTheOperationApiIsUnavailable() {
		emulator().faults().status(3, 14);
		check(indicator(new StaticIamTokenCredentials(EmulatorExtension.TOKEN)));
		assertThat(emulator().requestCount("GET", "/operations/")).isOne();
	}

	@Test
	void isDownWhenTheTokenIsRejected() {
		Health health = check(indicator(new StaticIamTokenCredentials("t1.not-accepted")));
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("httpStatus", 401)
			.containsEntry("error", "the Operation API rejected the token (HTTP 401)");
	}

	@Test
	void isDownWithoutARequestWhenNoCredentialsAreConfigured() {
		Health health = check(indicator(new NoCredentials()));
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("credentials", "none");
		assertThat((String) health.getDetails().get("error")).startsWith("no token: ")
			.contains("yandex.cloud.credentials.iam-token");
		assertThat(emulator().requests()).isEmpty();
	}

	@Test
	void isDownWhenTheEndpointRefusesConnections() throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		YandexCloudHealthIndicator indicator = new YandexCloudHealthIndicator(
				new StaticIamTokenCredentials(EmulatorExtension.TOKEN), URI.create("http://127.0.0.1:" + closedPort),
				WebClient.create(), TIMEOUT, TIME_TO_LIVE);
		Health health = check(indicator);
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat((String) health.getDetails().get("error")).contains("Connection refused");
	}

	@Test
	void isDownWhenNoAnswerComesWithinTheTimeout() {
		emulator().latency(Duration.ofSeconds(5));
		YandexCloudHealthIndicator indicator = new YandexCloudHealthIndicator(
				new StaticIamTokenCredentials(EmulatorExtension.TOKEN), URI.create(emulator().baseUrl()),
				WebClient.create(), Duration.ofMillis(100), TIME_TO_LIVE);
		Health health = check(indicator);
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("error", "no answer within PT0.1S");
	}

	@Test
	void neverShowsTheToken() {
		String secret = "t1.secret-value-that-must-not-leak";
		emulator().acceptTokens(secret);
		try {
			Health up = check(indicator(new StaticIamTokenCredentials(secret)));
			emulator().faults().status(1, 14);
			Health down = check(indicator(new StaticIamTokenCredentials(secret)));
			assertThat(up.getStatus()).isEqualTo(Status.UP);
			assertThat(up.toString()).doesNotContain(secret);
			assertThat(down.toString()).doesNotContain(secret);
		}
		finally {
			emulator().acceptTokens(EmulatorExtension.TOKEN);
		}
	}

	@Test
	void checksWithinTheTimeToLiveShareOneRequest() {
		YandexCloudHealthIndicator indicator = indicator(new StaticIamTokenCredentials(EmulatorExtension.TOKEN));
		Health first = check(indicator);
		Health second = check(indicator);
		assertThat(second).isSameAs(first);
		assertThat(emulator().requestCount("GET", "/operations/")).isOne();
	}

	@Test
	void concurrentChecksShareOneRequest() {
		emulator().latency(Duration.ofMillis(100));
		YandexCloudHealthIndicator indicator = indicator(new StaticIamTokenCredentials(EmulatorExtension.TOKEN));
		Mono.zip(indicator.health(), indicator.health(), indicator.health()).block(TIMEOUT);
		assertThat(emulator().requestCount("GET", "/operations/")).isOne();
	}

	@Test
	void checksAgainOnceTheTimeToLiveHasPassed() {
		VirtualTimeScheduler clock = VirtualTimeScheduler.create();
		YandexCloudHealthIndicator indicator = new YandexCloudHealthIndicator(
				new StaticIamTokenCredentials(EmulatorExtension.TOKEN), URI.create(emulator().baseUrl()),
				WebClient.create(), TIMEOUT, TIME_TO_LIVE, clock);
		check(indicator);
		clock.advanceTimeBy(TIME_TO_LIVE.minusSeconds(1));
		check(indicator);
		assertThat(emulator().requestCount("GET", "/operations/")).isOne();
		clock.advanceTimeBy(Duration.ofSeconds(2));
		check(indicator);
		assertThat(emulator().requestCount("GET", "/operations/")).isEqualTo(2);
	}

	@Test
	void aDownResultIsCachedToo() {
		emulator().faults().status(1, 14);
		YandexCloudHealthIndicator indicator = indicator(new StaticIamTokenCredentials(EmulatorExtension.TOKEN));
		assertThat(check(indicator).getStatus()).isEqualTo(Status.DOWN);
		assertThat(check(indicator).getStatus()).isEqualTo(Status.DOWN);
		assertThat(emulator().requestCount("GET", "/operations/")).isOne();
	}

	@Test
	void showsTheEndpointWithoutUserInfoOrQuery() {
		YandexCloudHealthIndicator indicator = new YandexCloudHealthIndicator(new NoCredentials(),
				URI.create("https://user:secret@operation.example.com/base?key=secret"), WebClient.create(), TIMEOUT,
				TIME_TO_LIVE);
		assertThat(check(indicator).getDetails()).containsEntry("endpoint", "https://operation.example.com/base");
	}

	private static YandexCloudEmulator emulator() {
		return cloud.emulator();
	}

	private static YandexCloudHealthIndicator indicator(CredentialsProvider credentials) {
		return new YandexCloudHealthIndicator(credentials, URI.create(emulator().baseUrl()), WebClient.create(),
				TIMEOUT, TIME_TO_LIVE);
	}

	private static Health check(YandexCloudHealthIndicator indicator) {
		Health health = indicator.health().block(TIMEOUT.plusSeconds(1));
		assertThat(health).isNotNull();
		return health;
	}

}
