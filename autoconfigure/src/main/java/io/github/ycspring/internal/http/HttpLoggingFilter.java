package io.github.ycspring.internal.http;

import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;

/**
 * Logs each attempt of a call: at DEBUG, one line with the API method, HTTP method, path, status, duration and
 * request ids; at TRACE, the headers too. Only headers on an allow-list are shown; every other value, the
 * {@code Authorization} header first of all, is written as {@code REDACTED}. Bodies are never logged.
 */
final class HttpLoggingFilter implements ExchangeFilterFunction {

	static final String LOGGER_NAME = "io.github.ycspring.http";

	private static final Log logger = LogFactory.getLog(LOGGER_NAME);

	private static final Set<String> SHOWN_HEADERS = Set.of("accept", "content-type", "content-length",
			"x-client-request-id", "x-client-trace-id", "x-request-id", "x-server-trace-id", "idempotency-key",
			"retry-after", "x-operation-poll-interval", "user-agent", "date");

	@Override
	public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
		if (!logger.isDebugEnabled()) {
			return next.exchange(request);
		}
		return Mono.defer(() -> {
			long start = System.nanoTime();
			String call = describe(request);
			if (logger.isTraceEnabled()) {
				logger.trace(call + " request headers " + redacted(request.headers()));
			}
			return next.exchange(request).doOnNext((response) -> {
				HttpHeaders headers = response.headers().asHttpHeaders();
				logger.debug(call + " -> " + response.statusCode().value() + " in " + millisSince(start) + " ms ("
						+ Headers.CLIENT_REQUEST_ID + "=" + request.headers().getFirst(Headers.CLIENT_REQUEST_ID) + ", "
						+ Headers.REQUEST_ID + "=" + headers.getFirst(Headers.REQUEST_ID) + ")");
				if (logger.isTraceEnabled()) {
					logger.trace(call + " response headers " + redacted(headers));
				}
			})
				.doOnError((ex) -> logger.debug(call + " failed in " + millisSince(start) + " ms ("
						+ Headers.CLIENT_REQUEST_ID + "=" + request.headers().getFirst(Headers.CLIENT_REQUEST_ID)
						+ "): " + ex.getClass().getSimpleName()));
		});
	}

	private static String describe(ClientRequest request) {
		String apiMethod = RequestAttributes.apiMethod(request).orElse("call");
		return apiMethod + " " + request.method() + " " + request.url().getRawPath();
	}

	private static long millisSince(long startNanos) {
		return (System.nanoTime() - startNanos) / 1_000_000;
	}

	static String redacted(HttpHeaders headers) {
		StringJoiner joined = new StringJoiner(", ", "{", "}");
		headers.forEach((name, values) -> joined
			.add(name + "=" + (SHOWN_HEADERS.contains(name.toLowerCase(Locale.ROOT)) ? String.join(",", values)
					: "REDACTED")));
		return joined.toString();
	}

}
