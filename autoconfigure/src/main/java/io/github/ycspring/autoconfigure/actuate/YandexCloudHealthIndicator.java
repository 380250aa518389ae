package io.github.ycspring.autoconfigure.actuate;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.github.ycspring.auth.CredentialsProvider;
import io.github.ycspring.auth.IamToken;
import io.github.ycspring.internal.http.BearerTokenPolicy;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@link ReactiveHealthIndicator} for Yandex Cloud: UP when the credentials give a token and the Operation API
 * answers a cheap call, a {@code GET} of an operation that does not exist, within a short timeout. Any answer but
 * a 5xx or a 401 counts as reachable; the call is sent once, without retries.
 * <p>
 * A result is kept for a time-to-live, so that frequent health checks (load balancers, Kubernetes probes) send at
 * most one request per time-to-live, and concurrent checks share one request. Details name the kind of credentials,
 * the endpoint, the HTTP status and the latency, and on DOWN the error; never a token.
 */
final class YandexCloudHealthIndicator implements ReactiveHealthIndicator {

	/** Id of the operation the check asks for; no operation has it. */
	static final String PROBE_OPERATION_ID = "yandex-cloud-spring-health-check";

	private final CredentialsProvider credentials;

	private final URI probeUri;

	private final String endpoint;

	private final boolean mayCarryToken;

	private final WebClient webClient;

	private final Duration timeout;

	private final Mono<Health> health;

	/**
	 * Creates an indicator.
	 * @param credentials credentials whose token the check obtains and sends
	 * @param operationEndpoint base URL of the Operation API
	 * @param webClient client for the check's one request
	 * @param timeout longest time for obtaining the token and the answer together
	 * @param timeToLive how long a result is reused
	 */
	public YandexCloudHealthIndicator(CredentialsProvider credentials, URI operationEndpoint, WebClient webClient,
			Duration timeout, Duration timeToLive) {
		this(credentials, operationEndpoint, webClient, timeout, timeToLive, Schedulers.parallel());
	}

	YandexCloudHealthIndicator(CredentialsProvider credentials, URI operationEndpoint, WebClient webClient,
			Duration timeout, Duration timeToLive, Scheduler clock) {
		this.credentials = credentials;
		this.probeUri = UriComponentsBuilder.fromUri(operationEndpoint)
			.path("/operations/" + PROBE_OPERATION_ID)
			.build()
			.toUri();
		this.endpoint = withoutUserInfoAndQuery(operationEndpoint);
		this.mayCarryToken = BearerTokenPolicy.mayCarryToken(operationEndpoint);
		this.webClient = webClient;
		this.timeout = timeout;
		this.health = Mono.defer(this::check).cache(timeToLive, clock);
	}

	@Override
	public Mono<Health> health() {
		return this.health;
	}

	private Mono<Health> check() {
		long started = System.nanoTime();
		Health.Builder health = new Health.Builder().withDetail("credentials", this.credentials.kind())
			.withDetail("endpoint", this.endpoint);
		return this.credentials.token()
			.switchIfEmpty(Mono.error(() -> new IllegalStateException("the credentials gave no token")))
			.onErrorMap(CredentialsUnavailableException::new)
			.doOnNext((token) -> this.credentials.lastRefresh()
				.ifPresent((refreshed) -> health.withDetail("lastTokenRefresh", refreshed.toString())))
			.flatMap(this::probe)
			.map((status) -> answered(health, status, started))
			.timeout(this.timeout, Mono.error(() -> new IllegalStateException("no answer within " + this.timeout)))
			.onErrorResume((ex) -> Mono.just(failed(health, ex, started)));
	}

	private Mono<HttpStatusCode> probe(IamToken token) {
		return this.webClient.get().uri(this.probeUri).headers((headers) -> {
			if (this.mayCarryToken) {
				headers.setBearerAuth(token.value());
			}
		}).exchangeToMono((response) -> response.releaseBody().thenReturn(response.statusCode()));
	}

	private Health answered(Health.Builder health, HttpStatusCode status, long started) {
		health.withDetail("httpStatus", status.value()).withDetail("latencyMs", elapsedMillis(started));
		if (status.is5xxServerError()) {
			return health.down().withDetail("error", "the Operation API answered HTTP " + status.value()).build();
		}
		if (status.isSameCodeAs(HttpStatus.UNAUTHORIZED)) {
			return health.down().withDetail("error", "the Operation API rejected the token (HTTP 401)").build();
		}
		return health.up().build();
	}

	private Health failed(Health.Builder health, Throwable ex, long started) {
		String error = (ex instanceof CredentialsUnavailableException) ? "no token: " + message((ex.getCause() != null) ? ex.getCause() : ex)
				: message(ex);
		return health.down().withDetail("latencyMs", elapsedMillis(started)).withDetail("error", error).build();
	}

	private static String message(Throwable ex) {
		return (ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getName();
	}

	private static long elapsedMillis(long started) {
		return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
	}

	private static String withoutUserInfoAndQuery(URI uri) {
		try {
			return new URI(uri.getScheme(), null, uri.getHost(), uri.getPort(), uri.getPath(), null, null).toString();
		}
		catch (URISyntaxException ex) {
			return uri.getScheme() + "://" + uri.getHost();
		}
	}

	/** Marks a failure to obtain a token, as opposed to a failure to reach the endpoint. */
	private static final class CredentialsUnavailableException extends RuntimeException {

		CredentialsUnavailableException(Throwable cause) {
			super(cause);
		}

	}

}
