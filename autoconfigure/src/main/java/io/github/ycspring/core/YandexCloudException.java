package io.github.ycspring.core;

import org.jspecify.annotations.Nullable;

/**
 * A call to Yandex Cloud failed: the server answered with an error, or its answer could not be understood.
 * <p>
 * The message carries the server's own message and the ids needed to find the call in Yandex Cloud's logs:
 * the server's {@code x-request-id} and this client's {@code x-client-request-id}.
 */
public class YandexCloudException extends RuntimeException {

	/** gRPC code of the failure. */
	private final Code code;

	/** HTTP status of the response, or 0. */
	private final int httpStatus;

	/** The server's message alone. */
	private final String serverMessage;

	/** The server's {@code x-request-id}. */
	private final @Nullable String requestId;

	/** Our {@code x-client-request-id}. */
	private final @Nullable String clientRequestId;

	/** The server's {@code x-server-trace-id}. */
	private final @Nullable String serverTraceId;

	/**
	 * Creates an exception for a failed call.
	 * @param code gRPC code of the failure
	 * @param httpStatus HTTP status of the response, or {@code 0} when there was none
	 * @param serverMessage the server's message, or a description of what was wrong with its answer
	 * @param requestId the server's {@code x-request-id}, if known
	 * @param clientRequestId the {@code x-client-request-id} this client sent, if known
	 * @param cause underlying cause, if any
	 */
	public YandexCloudException(Code code, int httpStatus, String serverMessage, @Nullable String requestId,
			@Nullable String clientRequestId, @Nullable Throwable cause) {
		this(code, httpStatus, serverMessage, requestId, null, clientRequestId, cause);
	}

	/**
	 * Creates an exception for a failed call whose response carried a server trace id.
	 * @param code gRPC code of the failure
	 * @param httpStatus HTTP status of the response, or {@code 0} when there was none
	 * @param serverMessage the server's message, or a description of what was wrong with its answer
	 * @param requestId the server's {@code x-request-id}, if known
	 * @param serverTraceId the server's {@code x-server-trace-id}, if known
	 * @param clientRequestId the {@code x-client-request-id} this client sent, if known
	 * @param cause underlying cause, if any
	 */
	public YandexCloudException(Code code, int httpStatus, String serverMessage, @Nullable String requestId,
			@Nullable String serverTraceId, @Nullable String clientRequestId, @Nullable Throwable cause) {
		super(describe(code, httpStatus, serverMessage, requestId, serverTraceId, clientRequestId), cause);
		this.code = code;
		this.httpStatus = httpStatus;
		this.serverMessage = serverMessage;
		this.requestId = requestId;
		this.serverTraceId = serverTraceId;
		this.clientRequestId = clientRequestId;
	}

	/**
	 * Creates an exception that has the same code, status, message and ids as another one.
	 * @param other the exception to copy
	 */
	protected YandexCloudException(YandexCloudException other) {
		this(other.code, other.httpStatus, other.serverMessage, other.requestId, other.serverTraceId,
				other.clientRequestId, other);
	}

	private static String describe(Code code, int httpStatus, String serverMessage, @Nullable String requestId,
			@Nullable String serverTraceId, @Nullable String clientRequestId) {
		StringBuilder message = new StringBuilder(code.name()).append(": ").append(serverMessage);
		StringBuilder ids = new StringBuilder();
		if (httpStatus > 0) {
			ids.append("HTTP ").append(httpStatus);
		}
		appendId(ids, "request-id", requestId);
		appendId(ids, "server-trace-id", serverTraceId);
		appendId(ids, "client-request-id", clientRequestId);
		return (ids.length() > 0) ? message.append(" (").append(ids).append(')').toString() : message.toString();
	}

	private static void appendId(StringBuilder ids, String name, @Nullable String value) {
		if (value != null && !value.isEmpty()) {
			ids.append((ids.length() > 0) ? ", " : "").append(name).append(' ').append(value);
		}
	}

	/**
	 * gRPC code of the failure.
	 * @return the code
	 */
	public Code code() {
		return this.code;
	}

	/**
	 * HTTP status of the response.
	 * @return the status, or {@code 0} when the failure did not come with a response
	 */
	public int httpStatus() {
		return this.httpStatus;
	}

	/**
	 * The server's message alone, without code and ids.
	 * @return the message
	 */
	public String serverMessage() {
		return this.serverMessage;
	}

	/**
	 * Id the server gave the request ({@code x-request-id}); quote it to Yandex Cloud support.
	 * @return the id, or {@code null} when the server sent none
	 */
	public @Nullable String requestId() {
		return this.requestId;
	}

	/**
	 * Trace id the server gave the request ({@code x-server-trace-id}).
	 * @return the id, or {@code null} when the server sent none
	 */
	public @Nullable String serverTraceId() {
		return this.serverTraceId;
	}

	/**
	 * Id this client sent with the request ({@code x-client-request-id}); the same on every retry of one call.
	 * @return the id, or {@code null} when the failure happened before a request was made
	 */
	public @Nullable String clientRequestId() {
		return this.clientRequestId;
	}

}
