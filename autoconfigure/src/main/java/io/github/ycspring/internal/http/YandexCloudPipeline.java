package io.github.ycspring.internal.http;

import java.util.concurrent.ThreadLocalRandom;

import io.github.ycspring.auth.CredentialsProvider;
import io.github.ycspring.core.RetrySettings;
import org.jspecify.annotations.Nullable;

import org.springframework.web.reactive.function.client.WebClient;

/**
 * The request path of every call, in one place. Filters run in this order, outermost first:
 * <ol>
 * <li>error mapping: an error response becomes a {@code YandexCloudException};</li>
 * <li>retry: transient failures are tried again, with backoff;</li>
 * <li>body buffering: a successful response's body is read whole within its attempt, so a cut body is retried;</li>
 * <li>authentication: the bearer token, which {@link ApiTransport} sets, refreshed once on a 401;</li>
 * <li>logging: one redacted line per attempt.</li>
 * </ol>
 * What stands outside the retry filter is done once per call; what stands inside it, once per attempt. The ids of a
 * call ({@code x-client-request-id}, {@code x-client-trace-id}, and the {@code Idempotency-Key} of a mutating one) are
 * set by {@link ApiTransport} as it builds the request, so every attempt carries the same. Each call is
 * also observed by Micrometer, when the builder has an observation registry (Spring Boot's has), tagged with its API
 * method.
 */
public final class YandexCloudPipeline {

	private YandexCloudPipeline() {
	}

	/**
	 * Adds the pipeline's filters after any the builder already has.
	 * @param builder the builder, typically a clone of Spring Boot's
	 * @param credentials source of IAM tokens
	 * @param retry how failed attempts are retried
	 * @param maxBodyBytes largest response body held in memory
	 * @return the builder
	 */
	public static WebClient.Builder apply(WebClient.Builder builder, CredentialsProvider credentials,
			RetrySettings retry, int maxBodyBytes) {
		return applyFilters(builder, new AuthenticationFilter(credentials), retry, maxBodyBytes);
	}

	/**
	 * Adds the pipeline's filters without authentication, for the calls that obtain tokens: the IAM token exchange
	 * and the metadata service.
	 * @param builder the builder, typically a clone of Spring Boot's
	 * @param retry how failed attempts are retried
	 * @param maxBodyBytes largest response body held in memory
	 * @return the builder
	 */
	public static WebClient.Builder applyUnauthenticated(WebClient.Builder builder, RetrySettings retry,
			int maxBodyBytes) {
		return applyFilters(builder, null, retry, maxBodyBytes);
	}

	private static WebClient.Builder applyFilters(WebClient.Builder builder,
			@Nullable AuthenticationFilter authentication, RetrySettings retry, int maxBodyBytes) {
		return builder.observationConvention(new ApiMethodObservationConvention()).filters((filters) -> {
			filters.add(new ErrorMappingFilter());
			filters.add(new RetryFilter(retry, () -> ThreadLocalRandom.current().nextDouble()));
			filters.add(new BodyBufferingFilter(maxBodyBytes));
			if (authentication != null) {
				filters.add(authentication);
			}
			filters.add(new HttpLoggingFilter());
		});
	}

}
