package io.github.ycspring.internal.http;

import java.io.IOException;
import java.net.ConnectException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.function.DoubleSupplier;
import io.github.ycspring.core.RetrySettings;

import io.netty.handler.timeout.ReadTimeoutException;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.PrematureCloseException;

import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;
import org.springframework.web.reactive.function.client.WebClientRequestException;

/**
 * Retries attempts that failed in a way another attempt may not: HTTP 429, 502, 503 and 504, a refused or reset
 * connection, and a response that did not start in time. Waits are exponential with full jitter (a random wait up
 * to a ceiling that doubles per retry), or what the server's {@code Retry-After} says, capped at
 * 60 s. A failed response's body is released before the next attempt; when no
 * attempt is left, the last response itself goes on, so the caller sees the server's own error. Mutating calls are
 * retried too: their {@code Idempotency-Key}, set outside this filter, makes that safe. A body cut mid-way fails the
 * attempt inside this filter ({@link BodyBufferingFilter} reads it whole), so it is retried like a refused connection.
 */
final class RetryFilter implements ExchangeFilterFunction {

	private static final long MAX_RETRY_AFTER_SECONDS = RetrySettings.MAX_RETRY_AFTER.getSeconds();

	private static final Set<Integer> RETRYABLE_STATUSES = Set.of(429, 502, 503, 504);

	private final RetrySettings settings;

	private final DoubleSupplier random;

	RetryFilter(RetrySettings settings, DoubleSupplier random) {
		this.settings = settings;
		this.random = random;
	}

	@Override
	public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
		return attempt(request, next, 1);
	}

	private Mono<ClientResponse> attempt(ClientRequest request, ExchangeFunction next, int attempt) {
		boolean mayRetry = attempt < this.settings.maxAttempts();
		return next.exchange(request)
			.onErrorResume((ex) -> mayRetry && isTransient(ex),
					(ex) -> Mono.delay(backoff(attempt)).then(attempt(request, next, attempt + 1)))
			.flatMap((response) -> {
				if (!mayRetry || !RETRYABLE_STATUSES.contains(response.statusCode().value())) {
					return Mono.just(response);
				}
				Duration wait = retryAfter(response.headers().asHttpHeaders());
				return response.releaseBody()
					.then(Mono.delay((wait != null) ? wait : backoff(attempt)))
					.then(attempt(request, next, attempt + 1));
			});
	}

	/**
	 * Full jitter: a uniform wait between zero and {@code min(max, initial * 2^(attempt-1))}.
	 */
	Duration backoff(int attempt) {
		double ceiling = Math.min(this.settings.maxBackoff().toNanos(),
				this.settings.initialBackoff().toNanos() * Math.pow(2, attempt - 1));
		return Duration.ofNanos((long) (ceiling * this.random.getAsDouble()));
	}

	static @Nullable Duration retryAfter(HttpHeaders headers) {
		String value = headers.getFirst(HttpHeaders.RETRY_AFTER);
		if (value == null || value.isBlank()) {
			return null;
		}
		Duration wait;
		try {
			wait = Duration.ofSeconds(Long.parseLong(value.strip()));
		}
		catch (NumberFormatException notSeconds) {
			try {
				Instant at = ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
				wait = Duration.between(Instant.now(), at);
			}
			catch (DateTimeParseException notADate) {
				return null;
			}
		}
		if (wait.isNegative()) {
			return Duration.ZERO;
		}
		return (wait.getSeconds() > MAX_RETRY_AFTER_SECONDS) ? Duration.ofSeconds(MAX_RETRY_AFTER_SECONDS) : wait;
	}

	/**
	 * Whether a failure happened before any response: the connection was refused, reset or closed early, or the
	 * response did not start within the response timeout.
	 */
	static boolean isTransient(Throwable ex) {
		Throwable cause = (ex instanceof WebClientRequestException) ? ex.getCause() : ex;
		return cause instanceof ConnectException || cause instanceof PrematureCloseException
				|| cause instanceof ReadTimeoutException || cause instanceof TimeoutException
				|| (cause instanceof IOException io && isConnectionReset(io));
	}

	private static boolean isConnectionReset(IOException ex) {
		String message = ex.getMessage();
		return message != null && (message.contains("Connection reset") || message.contains("Broken pipe"));
	}

}
