package io.github.ycspring.internal.http;

import io.github.ycspring.core.Code;
import io.github.ycspring.core.YandexCloudException;
import io.github.ycspring.internal.json.ProtoJson;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;

/**
 * Turns an error response into a {@link YandexCloudException} with the server's code and message (from its
 * {@code google.rpc.Status} body), the HTTP status, the server's {@code x-request-id} and our
 * {@code x-client-request-id}. A body that is no {@code google.rpc.Status} (a proxy's HTML page, say) still gives a
 * typed exception, with the code the HTTP status implies and an excerpt of the body. A failure of the transport that
 * the retries did not overcome (see {@link TransportFailures}) becomes {@code UNAVAILABLE} or
 * {@code DEADLINE_EXCEEDED}, with the cause kept.
 */
final class ErrorMappingFilter implements ExchangeFilterFunction {

	/** Error bodies are small; a larger one is cut, not buffered whole. */
	private static final int MAX_ERROR_BODY = 64 * 1024;

	@Override
	public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
		return next.exchange(request).flatMap((response) -> {
			if (!response.statusCode().isError()) {
				return Mono.just(response);
			}
			return ResponseBodies.read(response, MAX_ERROR_BODY)
				.onErrorResume((ex) -> Mono.just(new byte[0]))
				.flatMap((body) -> Mono.error(toException(request, response, body)));
		}).onErrorMap(TransportFailures::isTransportFailure, (ex) -> TransportFailures.toException(request, ex));
	}

	static YandexCloudException toException(ClientRequest request, ClientResponse response, byte[] body) {
		int httpStatus = response.statusCode().value();
		CallIds ids = CallIds.of(request, response);
		JsonNode status = parseStatus(body);
		if (status == null) {
			return ids.failure(Code.forHttpStatus(httpStatus), httpStatus,
					"HTTP " + httpStatus + " with a body that is no google.rpc.Status: " + ResponseBodies.excerpt(body),
					null);
		}
		Code code = status.hasNonNull("code") ? Code.forNumber(status.get("code").asInt())
				: Code.forHttpStatus(httpStatus);
		String message = status.path("message").asString("");
		if (ids.requestId() == null) {
			ids = ids.withRequestId(requestIdFromDetails(status));
		}
		return ids.failure(code, httpStatus, message.isEmpty() ? "(no message)" : message, null);
	}

	private static @Nullable JsonNode parseStatus(byte[] body) {
		if (body.length == 0) {
			return null;
		}
		try {
			JsonNode node = ProtoJson.mapper().readTree(body);
			return (node != null && node.isObject() && (node.has("code") || node.has("message"))) ? node : null;
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	private static @Nullable String requestIdFromDetails(JsonNode status) {
		for (JsonNode detail : status.path("details")) {
			if (detail.path("@type").asString("").endsWith("google.rpc.RequestInfo") && detail.hasNonNull("requestId")) {
				return detail.get("requestId").asString();
			}
		}
		return null;
	}

}
