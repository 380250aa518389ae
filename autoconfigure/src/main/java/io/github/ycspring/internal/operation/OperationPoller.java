package io.github.ycspring.internal.operation;

import java.time.Duration;
import java.util.function.DoubleSupplier;
import java.util.function.Function;

import io.github.ycspring.core.Code;
import io.github.ycspring.core.YandexCloudException;
import io.github.ycspring.internal.http.ApiResponse;
import io.github.ycspring.internal.http.Headers;
import io.github.ycspring.operation.Operation;
import io.github.ycspring.operation.OperationTimeoutException;
import io.github.ycspring.operation.PollingSettings;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Polls an operation until it is done.
 * <p>
 * The wait between polls starts at the initial interval and grows by the multiplier up to the maximum, each wait
 * jittered by ±20% so that many waiters do not poll in step; a server's {@code x-operation-poll-interval} replaces
 * the computed wait. Up to {@value #TOLERATED_NOT_FOUND} NOT_FOUND answers before the operation is first seen are
 * taken as "not visible yet" (the API is eventually consistent right after a create). Cancelling the subscription
 * stops polling; it never cancels the operation on the server.
 */
final class OperationPoller {

	static final int TOLERATED_NOT_FOUND = 3;

	private static final double JITTER = 0.2;

	private final Function<String, Mono<ApiResponse<Operation>>> fetch;

	private final PollingSettings settings;

	private final DoubleSupplier random;

	/**
	 * Creates a poller.
	 * @param fetch gets an operation by id, with the response headers
	 * @param settings intervals and timeout
	 * @param random uniform values in [0, 1) for jitter
	 */
	OperationPoller(Function<String, Mono<ApiResponse<Operation>>> fetch, PollingSettings settings,
			DoubleSupplier random) {
		this.fetch = fetch;
		this.settings = settings;
		this.random = random;
	}

	/**
	 * Each polled state, ending with the first that is done.
	 * @param operationId id of the operation
	 * @param known a state already known, so that the first poll waits the initial interval; {@code null} to poll
	 * at once
	 * @return the states
	 */
	Flux<Operation> watch(String operationId, @Nullable Operation known) {
		Mono<Poll> first = (known != null) ? Mono.just(new Poll(known, null, 0, 0))
				: poll(operationId, new Poll(null, null, -1, 0));
		return first.expand((previous) -> (previous.operation != null && previous.operation.done()) ? Mono.empty()
				: Mono.delay(nextWait(previous)).then(poll(operationId, previous)))
			.skip((known != null) ? 1 : 0)
			.handle((poll, sink) -> {
				if (poll.operation != null) {
					sink.next(poll.operation);
				}
			});
	}

	/**
	 * Waits until the operation is done, or fails with {@link OperationTimeoutException} at the deadline.
	 * @param operationId id of the operation
	 * @param known a state already known, or {@code null}
	 * @param timeout the deadline, from subscription
	 * @return the done operation
	 */
	Mono<Operation> await(String operationId, @Nullable Operation known, Duration timeout) {
		if (known != null && known.done()) {
			return Mono.just(known);
		}
		return watch(operationId, known).takeUntilOther(Mono.delay(timeout))
			.reduce((earlier, later) -> later)
			.switchIfEmpty(Mono.error(() -> new OperationTimeoutException(operationId, timeout, known)))
			.flatMap((last) -> last.done() ? Mono.just(last)
					: Mono.error(new OperationTimeoutException(operationId, timeout, last)));
	}

	private Mono<Poll> poll(String operationId, Poll previous) {
		int attempt = previous.attempt + 1;
		return this.fetch.apply(operationId)
			.map((response) -> new Poll(response.body(), serverInterval(response), attempt, previous.notFound))
			.onErrorResume((ex) -> isNotYetVisible(ex, previous),
					(ex) -> Mono.just(new Poll(null, null, attempt, previous.notFound + 1)));
	}

	private static boolean isNotYetVisible(Throwable ex, Poll previous) {
		return ex instanceof YandexCloudException cloud && cloud.code() == Code.NOT_FOUND
				&& !previous.seen() && previous.notFound < TOLERATED_NOT_FOUND;
	}

	Duration nextWait(Poll previous) {
		if (previous.serverInterval != null) {
			return previous.serverInterval;
		}
		double base = this.settings.initialInterval().toNanos()
				* Math.pow(this.settings.multiplier(), Math.max(0, previous.attempt));
		double capped = Math.min(base, this.settings.maxInterval().toNanos());
		double jittered = capped * (1 - JITTER + 2 * JITTER * this.random.getAsDouble());
		return Duration.ofNanos((long) Math.min(jittered, this.settings.maxInterval().toNanos()));
	}

	private static @Nullable Duration serverInterval(ApiResponse<Operation> response) {
		String header = response.headers().getFirst(Headers.OPERATION_POLL_INTERVAL);
		if (header == null || header.isBlank()) {
			return null;
		}
		try {
			double seconds = Double.parseDouble(header.strip());
			return (seconds >= 0 && seconds < 3600) ? Duration.ofNanos((long) (seconds * 1_000_000_000L)) : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/**
	 * One poll: the state seen (or {@code null} for a tolerated NOT_FOUND), the server's wish for the next wait,
	 * the poll's number and how many NOT_FOUND answers came so far.
	 */
	record Poll(@Nullable Operation operation, @Nullable Duration serverInterval, int attempt, int notFound) {

		boolean seen() {
			return this.operation != null;
		}

	}

}
