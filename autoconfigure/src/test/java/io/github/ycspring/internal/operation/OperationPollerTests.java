package io.github.ycspring.internal.operation;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;

import io.github.ycspring.core.Code;
import io.github.ycspring.core.YandexCloudException;
import io.github.ycspring.internal.http.ApiResponse;
import io.github.ycspring.internal.http.Headers;
import io.github.ycspring.operation.Operation;
import io.github.ycspring.operation.OperationTimeoutException;
import io.github.ycspring.operation.PollingSettings;
import io.github.ycspring.operation.Status;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Polling in virtual time, against a scripted Operation API that records when it was asked.
 */
class OperationPollerTests {

	private static final PollingSettings SETTINGS = new PollingSettings(Duration.ofMillis(500), Duration.ofSeconds(10),
			1.5, Duration.ofMinutes(30));

	/** Answers polls from a script; the last answer repeats. Records the virtual time of each poll. */
	static final class ScriptedOperations {

		final Deque<Supplier<Mono<ApiResponse<Operation>>>> script = new ArrayDeque<>();

		final List<Long> pollTimesMillis = new ArrayList<>();

		ScriptedOperations then(Operation operation) {
			return then(operation, new HttpHeaders());
		}

		ScriptedOperations then(Operation operation, HttpHeaders headers) {
			this.script.add(() -> Mono.just(new ApiResponse<>(operation, headers)));
			return this;
		}

		ScriptedOperations thenNotFound() {
			this.script.add(() -> Mono.error(
					new YandexCloudException(Code.NOT_FOUND, 404, "operation not found", "r", "c", null)));
			return this;
		}

		Mono<ApiResponse<Operation>> fetch(String id) {
			return Mono.defer(() -> {
				this.pollTimesMillis.add(Schedulers.parallel().now(java.util.concurrent.TimeUnit.MILLISECONDS));
				Supplier<Mono<ApiResponse<Operation>>> next = (this.script.size() > 1) ? this.script.poll()
						: this.script.peek();
				return next.get();
			});
		}

		int polls() {
			return this.pollTimesMillis.size();
		}

		List<Long> gapsMillis() {
			List<Long> gaps = new ArrayList<>();
			for (int i = 1; i < this.pollTimesMillis.size(); i++) {
				gaps.add(this.pollTimesMillis.get(i) - this.pollTimesMillis.get(i - 1));
			}
			return gaps;
		}

	}

	static Operation running(String id) {
		return new Operation(id, "Create image", null, "", null, false, null, null, null);
	}

	static Operation done(String id) {
		return new Operation(id, "Create image", null, "", null, true, null, null, null);
	}

	private static OperationPoller poller(ScriptedOperations api, double random) {
		return new OperationPoller(api::fetch, SETTINGS, () -> random);
	}

	@Test
	void pollsAtOnceThenWithIntervalsGrowingByTheMultiplierUpToTheMaximum() {
		ScriptedOperations api = new ScriptedOperations();
		for (int i = 0; i < 12; i++) {
			api.then(running("op1"));
		}
		api.then(done("op1"));
		StepVerifier.withVirtualTime(() -> poller(api, 0.5).watch("op1", null))
			.thenAwait(Duration.ofMinutes(5))
			.expectNextCount(12)
			.expectNextMatches(Operation::done)
			.verifyComplete();
		assertThat(api.pollTimesMillis.get(0)).isZero();
		long[] expected = { 500, 750, 1125, 1687, 2531, 3796, 5695, 8542, 10000, 10000, 10000, 10000 };
		List<Long> gaps = api.gapsMillis();
		assertThat(gaps).hasSize(expected.length);
		for (int i = 0; i < expected.length; i++) {
			// the virtual clock is read in whole milliseconds
			assertThat(gaps.get(i)).isCloseTo(expected[i], org.assertj.core.data.Offset.offset(1L));
		}
	}

	@Test
	void jittersEachWaitByAtMostTwentyPercentAndNeverPastTheMaximum() {
		OperationPoller low = new OperationPoller((id) -> Mono.empty(), SETTINGS, () -> 0.0);
		OperationPoller high = new OperationPoller((id) -> Mono.empty(), SETTINGS, () -> 0.999_999);
		OperationPoller.Poll first = new OperationPoller.Poll(running("op"), null, 0, 0);
		OperationPoller.Poll late = new OperationPoller.Poll(running("op"), null, 20, 0);
		assertThat(low.nextWait(first)).isEqualTo(Duration.ofMillis(400));
		assertThat(high.nextWait(first)).isBetween(Duration.ofMillis(599), Duration.ofMillis(600));
		assertThat(low.nextWait(late)).isEqualTo(Duration.ofSeconds(8));
		assertThat(high.nextWait(late)).isEqualTo(Duration.ofSeconds(10));
	}

	@Test
	void honoursTheServersPollInterval() {
		HttpHeaders slowDown = new HttpHeaders();
		slowDown.set(Headers.OPERATION_POLL_INTERVAL, "3");
		ScriptedOperations api = new ScriptedOperations().then(running("op1"), slowDown)
			.then(running("op1"), slowDown)
			.then(done("op1"));
		StepVerifier.withVirtualTime(() -> poller(api, 0.5).watch("op1", null))
			.thenAwait(Duration.ofSeconds(10))
			.expectNextCount(3)
			.verifyComplete();
		assertThat(api.gapsMillis()).containsExactly(3000L, 3000L);
	}

	@Test
	void waitsTheInitialIntervalBeforeTheFirstPollOfAKnownOperation() {
		ScriptedOperations api = new ScriptedOperations().then(done("op1"));
		StepVerifier.withVirtualTime(() -> poller(api, 0.5).await("op1", running("op1"), Duration.ofMinutes(1)))
			.expectSubscription()
			.expectNoEvent(Duration.ofMillis(499))
			.thenAwait(Duration.ofMillis(1))
			.expectNextMatches(Operation::done)
			.verifyComplete();
		assertThat(api.pollTimesMillis).containsExactly(500L);
	}

	@Test
	void returnsADoneOperationWithoutARequest() {
		ScriptedOperations api = new ScriptedOperations().then(done("op1"));
		StepVerifier.create(poller(api, 0.5).await("op1", done("op1"), Duration.ofMinutes(1)))
			.expectNextMatches(Operation::done)
			.verifyComplete();
		assertThat(api.polls()).isZero();
	}

	@Test
	void toleratesThreeNotFoundRightAfterCreate() {
		ScriptedOperations api = new ScriptedOperations().thenNotFound()
			.thenNotFound()
			.thenNotFound()
			.then(running("op1"))
			.then(done("op1"));
		StepVerifier.withVirtualTime(() -> poller(api, 0.5).watch("op1", null))
			.thenAwait(Duration.ofMinutes(1))
			.expectNextMatches((op) -> !op.done())
			.expectNextMatches(Operation::done)
			.verifyComplete();
		assertThat(api.polls()).isEqualTo(5);
	}

	@Test
	void failsOnTheFourthNotFound() {
		ScriptedOperations api = new ScriptedOperations().thenNotFound();
		StepVerifier.withVirtualTime(() -> poller(api, 0.5).watch("op1", null))
			.thenAwait(Duration.ofMinutes(1))
			.expectErrorSatisfies((ex) -> assertThat(((YandexCloudException) ex).code()).isEqualTo(Code.NOT_FOUND))
			.verify();
		assertThat(api.polls()).isEqualTo(4);
	}

	@Test
	void failsOnNotFoundOnceTheOperationWasSeen() {
		ScriptedOperations api = new ScriptedOperations().then(running("op1")).thenNotFound();
		StepVerifier.withVirtualTime(() -> poller(api, 0.5).watch("op1", null))
			.thenAwait(Duration.ofMinutes(1))
			.expectNextCount(1)
			.expectErrorSatisfies((ex) -> assertThat(((YandexCloudException) ex).code()).isEqualTo(Code.NOT_FOUND))
			.verify();
		assertThat(api.polls()).isEqualTo(2);
	}

	@Test
	void failsAtTheDeadlineWithTheLastStateAndStopsPolling() {
		ScriptedOperations api = new ScriptedOperations().then(running("op1"));
		StepVerifier.withVirtualTime(() -> poller(api, 0.5).await("op1", null, Duration.ofSeconds(5)))
			.thenAwait(Duration.ofSeconds(5))
			.expectErrorSatisfies((ex) -> {
				assertThat(ex).isInstanceOf(OperationTimeoutException.class)
					.hasMessageContaining("op1")
					.hasMessageContaining("does not cancel");
				assertThat(((OperationTimeoutException) ex).operation()).isEqualTo(running("op1"));
				assertThat(((OperationTimeoutException) ex).code()).isEqualTo(Code.DEADLINE_EXCEEDED);
			})
			.verify();
		// polls at 0, 0.5, 1.25, 2.375, 4.0625 s; the deadline is total, not per poll
		assertThat(api.polls()).isEqualTo(5);
		int pollsAtDeadline = api.polls();
		StepVerifier.withVirtualTime(() -> Mono.delay(Duration.ofMinutes(1))).thenAwait(Duration.ofMinutes(1))
			.expectNextCount(1).verifyComplete();
		assertThat(api.polls()).isEqualTo(pollsAtDeadline);
	}

	@Test
	void stopsPollingWhenTheSubscriberCancels() {
		ScriptedOperations api = new ScriptedOperations().then(running("op1"));
		StepVerifier.withVirtualTime(() -> poller(api, 0.5).watch("op1", null))
			.expectNextCount(1)
			.thenAwait(Duration.ofMillis(500))
			.expectNextCount(1)
			.thenCancel()
			.verify();
		assertThat(api.polls()).isEqualTo(2);
	}

	@Test
	void keepsPollingWhileAnErrorIsSetButTheOperationIsNotDone() {
		Operation rollingBack = new Operation("op1", "", null, "", null, false, null,
				new Status(13, "rolling back", List.of()), null);
		Operation failed = new Operation("op1", "", null, "", null, true, null,
				new Status(13, "internal", List.of()), null);
		ScriptedOperations api = new ScriptedOperations().then(rollingBack).then(failed);
		StepVerifier.withVirtualTime(() -> poller(api, 0.5).await("op1", null, Duration.ofMinutes(1)))
			.thenAwait(Duration.ofSeconds(1))
			.expectNextMatches(Operation::failed)
			.verifyComplete();
		assertThat(api.polls()).isEqualTo(2);
	}

}
