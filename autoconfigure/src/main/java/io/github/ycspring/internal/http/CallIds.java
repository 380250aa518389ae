package io.github.ycspring.internal.http;

import io.github.ycspring.core.Code;
import io.github.ycspring.core.YandexCloudException;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;

/**
 * The ids that find a call in Yandex Cloud's logs and in ours, and the one place that builds a
 * {@link YandexCloudException} from them: every failure of the pipeline, the transport and paging goes through
 * {@link #failure}, so no call site can put one id where another belongs.
 *
 * @param requestId the server's {@code x-request-id}
 * @param serverTraceId the server's {@code x-server-trace-id}
 * @param clientRequestId the {@code x-client-request-id} this client sent
 */
public record CallIds(@Nullable String requestId, @Nullable String serverTraceId, @Nullable String clientRequestId) {

	private static final CallIds NONE = new CallIds(null, null, null);

	/**
	 * No ids: a failure before or apart from any exchange.
	 * @return the empty ids
	 */
	public static CallIds none() {
		return NONE;
	}

	/**
	 * The ids of a request that got no response.
	 * @param request the request
	 * @return its client request id
	 */
	public static CallIds of(ClientRequest request) {
		return new CallIds(null, null, request.headers().getFirst(Headers.CLIENT_REQUEST_ID));
	}

	/**
	 * The ids of an exchange: the server's from the response, ours from the request it answers.
	 * @param response the response
	 * @return the ids
	 */
	public static CallIds of(ClientResponse response) {
		HttpHeaders headers = response.headers().asHttpHeaders();
		return new CallIds(headers.getFirst(Headers.REQUEST_ID), headers.getFirst(Headers.SERVER_TRACE_ID),
				response.request().getHeaders().getFirst(Headers.CLIENT_REQUEST_ID));
	}

	/**
	 * The ids of an exchange seen from a filter: the server's from the response, ours from the filter's request.
	 * @param request the request as the filter sent it
	 * @param response the response
	 * @return the ids
	 */
	public static CallIds of(ClientRequest request, ClientResponse response) {
		HttpHeaders headers = response.headers().asHttpHeaders();
		return new CallIds(headers.getFirst(Headers.REQUEST_ID), headers.getFirst(Headers.SERVER_TRACE_ID),
				request.headers().getFirst(Headers.CLIENT_REQUEST_ID));
	}

	/**
	 * These ids with another server request id, for one the response body carried instead of a header.
	 * @param serverRequestId the request id
	 * @return the ids
	 */
	public CallIds withRequestId(@Nullable String serverRequestId) {
		return new CallIds(serverRequestId, this.serverTraceId, this.clientRequestId);
	}

	/**
	 * The exception of a failed call with these ids.
	 * @param code gRPC code of the failure
	 * @param httpStatus HTTP status of the response, {@code 0} for none
	 * @param message the server's message, or what was wrong
	 * @param cause the underlying failure, if any
	 * @return the exception
	 */
	public YandexCloudException failure(Code code, int httpStatus, String message, @Nullable Throwable cause) {
		return new YandexCloudException(code, httpStatus, message, this.requestId, this.serverTraceId,
				this.clientRequestId, cause);
	}

}
