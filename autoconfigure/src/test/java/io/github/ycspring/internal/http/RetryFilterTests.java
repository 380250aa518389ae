package io.github.ycspring.internal.http;

import java.net.ConnectException;
import java.net.URI;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import io.github.ycspring.core.RetrySettings;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFunction;
import org.springframework.web.reactive.function.client.WebClientRequestException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Backoff and {@code Retry-After} in virtual time, against a scripted exchange that records when it was called
 * and whether each failed body was released.
 */
class RetryFilterTests {

	private static final ClientRequest REQUEST = ClientRequest.create(HttpMethod.GET, URI.create("https://x/y")).build();

	private static final RetrySettings SETTINGS = new RetrySettings(4, Duration.ofMillis(100), Duration.ofSeconds(20));

	/** Answers attempts from a script; records virtual times and released bodies. */
	static final class ScriptedExchange implements ExchangeFunction {

		final Deque<Supplier<Mono<ClientResponse>>> script = new ConcurrentLinkedDeque<>();

		final List<Long> attemptTimesMillis = new ArrayList<>();

		final AtomicInteger releasedBodies = new AtomicInteger();

		ScriptedExchange respond(HttpStatus status, String... headerNameValues) {
			this.script.add(() -> {
				ClientResponse.Builder response = ClientResponse.create(status);
				for (int i = 0; i < headerNameValues.length; i += 2) {
					response.header(headerNameValues[i], headerNameValues[i + 1]);
				}
				DataBuffer body = DefaultDataBufferFactory.sharedInstance.wrap("{}".getBytes());
				return Mono.just(response.body(Flux.just(body).doOnCancel(this.releasedBodies::incrementAndGet)
					.doOnComplete(this.releasedBodies::incrementAndGet)).build());
			});
			return this;
		}

		ScriptedExchange fail(Throwable failure) {
			this.script.add(() -> Mono.error(failure));
			return this;
		}

		@Override
		public Mono<ClientResponse> exchange(ClientRequest request) {
			return Mono.defer(() -> {
				this.attemptTimesMillis.add(Schedulers.parallel().now(TimeUnit.MILLISECONDS));
				return this.script.poll().get();
			});
		}

	}

	private static RetryFilter filter(double random) {
		return new RetryFilter(SETTINGS, () -> random);
	}

	@Test
	void retriesTransientStatusesWithFullJitterExponentialBackoff() {
		ScriptedExchange exchange = new ScriptedExchange().respond(HttpStatus.SERVICE_UNAVAILABLE)
			.respond(HttpStatus.BAD_GATEWAY)
			.respond(HttpStatus.GATEWAY_TIMEOUT)
			.respond(HttpStatus.OK);
		StepVerifier.withVirtualTime(() -> filter(0.5).filter(REQUEST, exchange))
			.thenAwait(Duration.ofSeconds(1))
			.expectNextMatches((response) -> response.statusCode().value() == 200)
			.verifyComplete();
		// ceilings 100, 200, 400 ms; the jitter draws 0.5 of each
		assertThat(exchange.attemptTimesMillis).containsExactly(0L, 50L, 150L, 350L);
		// three failed bodies released; the successful one is the caller's to read
		assertThat(exchange.releasedBodies).hasValue(3);
	}

	@Test
	void jitterDrawsBetweenZeroAndACeilingThatStopsAtTheMaximum() {
		assertThat(filter(0.0).backoff(1)).isZero();
		assertThat(filter(0.999_999).backoff(3)).isBetween(Duration.ofMillis(399), Duration.ofMillis(400));
		assertThat(filter(0.999_999).backoff(30)).isBetween(Duration.ofMillis(19_999), Duration.ofSeconds(20));
	}

	@Test
	void waitsAtLeastWhatRetryAfterSaysInSeconds() {
		ScriptedExchange exchange = new ScriptedExchange().respond(HttpStatus.TOO_MANY_REQUESTS, "Retry-After", "7")
			.respond(HttpStatus.OK);
		StepVerifier.withVirtualTime(() -> filter(0.5).filter(REQUEST, exchange))
			.expectSubscription()
			.expectNoEvent(Duration.ofMillis(6999))
			.thenAwait(Duration.ofMillis(1))
			.expectNextMatches((response) -> response.statusCode().value() == 200)
			.verifyComplete();
		assertThat(exchange.attemptTimesMillis).containsExactly(0L, 7000L);
	}

	@Test
	void readsRetryAfterAsAnHttpDateAndCapsItAtSixtySeconds() {
		HttpHeaders date = new HttpHeaders();
		date.set("Retry-After", DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now().plusSeconds(30)));
		assertThat(RetryFilter.retryAfter(date)).isBetween(Duration.ofSeconds(28), Duration.ofSeconds(30));
		HttpHeaders tooLong = new HttpHeaders();
		tooLong.set("Retry-After", "3600");
		assertThat(RetryFilter.retryAfter(tooLong)).isEqualTo(Duration.ofSeconds(60));
		HttpHeaders garbage = new HttpHeaders();
		garbage.set("Retry-After", "soon");
		assertThat(RetryFilter.retryAfter(garbage)).isNull();
	}

	@Test
	void passesTheLastResponseOnWhenAttemptsRunOut() {
		ScriptedExchange exchange = new ScriptedExchange();
		for (int i = 0; i < 4; i++) {
			exchange.respond(HttpStatus.SERVICE_UNAVAILABLE);
		}
		StepVerifier.withVirtualTime(() -> filter(0.5).filter(REQUEST, exchange))
			.thenAwait(Duration.ofSeconds(5))
			.expectNextMatches((response) -> response.statusCode().value() == 503)
			.verifyComplete();
		assertThat(exchange.attemptTimesMillis).hasSize(4);
		assertThat(exchange.releasedBodies).hasValue(3);
	}

	@Test
	void retriesARefusedConnection() {
		ScriptedExchange exchange = new ScriptedExchange()
			.fail(new WebClientRequestException(new ConnectException("Connection refused"), HttpMethod.GET,
					URI.create("https://x/y"), new HttpHeaders()))
			.respond(HttpStatus.OK);
		StepVerifier.withVirtualTime(() -> filter(0.5).filter(REQUEST, exchange))
			.thenAwait(Duration.ofSeconds(1))
			.expectNextMatches((response) -> response.statusCode().value() == 200)
			.verifyComplete();
		assertThat(exchange.attemptTimesMillis).hasSize(2);
	}

	@Test
	void doesNotRetryWhatAnotherAttemptWouldNotFix() {
		ScriptedExchange exchange = new ScriptedExchange().respond(HttpStatus.BAD_REQUEST);
		StepVerifier.create(filter(0.5).filter(REQUEST, exchange))
			.expectNextMatches((response) -> response.statusCode().value() == 400)
			.verifyComplete();
		ScriptedExchange failing = new ScriptedExchange().fail(new IllegalStateException("a bug"));
		StepVerifier.create(filter(0.5).filter(REQUEST, failing)).expectErrorMessage("a bug").verify();
		assertThat(exchange.attemptTimesMillis).hasSize(1);
		assertThat(failing.attemptTimesMillis).hasSize(1);
	}

}
