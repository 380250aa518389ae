package io.github.ycspring.core;

/**
 * gRPC status codes, as Yandex Cloud reports them in {@code google.rpc.Status}, with their HTTP mapping.
 */
public enum Code {

	/** Not an error. */
	OK(0, 200),
	/** The operation was cancelled, typically by the caller. */
	CANCELLED(1, 499),
	/** Unknown error, or an error that carries no code. */
	UNKNOWN(2, 500),
	/** The client specified an invalid argument. */
	INVALID_ARGUMENT(3, 400),
	/** The deadline expired before the operation could complete. */
	DEADLINE_EXCEEDED(4, 504),
	/** A requested resource was not found. */
	NOT_FOUND(5, 404),
	/** The resource the client tried to create already exists. */
	ALREADY_EXISTS(6, 409),
	/** The caller does not have permission to execute the operation. */
	PERMISSION_DENIED(7, 403),
	/** A quota or rate limit was exhausted. */
	RESOURCE_EXHAUSTED(8, 429),
	/** The system is not in a state required for the operation. */
	FAILED_PRECONDITION(9, 400),
	/** The operation was aborted, typically because of a concurrency conflict. */
	ABORTED(10, 409),
	/** The operation was attempted past the valid range. */
	OUT_OF_RANGE(11, 400),
	/** The operation is not implemented or not supported. */
	UNIMPLEMENTED(12, 501),
	/** An internal error of the service. */
	INTERNAL(13, 500),
	/** The service is currently unavailable; a retry with backoff may succeed. */
	UNAVAILABLE(14, 503),
	/** Unrecoverable data loss or corruption. */
	DATA_LOSS(15, 500),
	/** The request does not have valid authentication credentials. */
	UNAUTHENTICATED(16, 401);

	private static final Code[] BY_NUMBER = values();

	private final int number;

	private final int httpStatus;

	Code(int number, int httpStatus) {
		this.number = number;
		this.httpStatus = httpStatus;
	}

	/**
	 * Numeric value of this code, as in {@code google.rpc.Status.code}.
	 * @return the number
	 */
	public int number() {
		return this.number;
	}

	/**
	 * HTTP status the REST gateway answers with for this code.
	 * @return the HTTP status
	 */
	public int httpStatus() {
		return this.httpStatus;
	}

	/**
	 * Code for a number from {@code google.rpc.Status.code}.
	 * @param number the number
	 * @return the code, or {@link #UNKNOWN} for a number outside 0..16
	 */
	public static Code forNumber(int number) {
		return (number >= 0 && number < BY_NUMBER.length) ? BY_NUMBER[number] : UNKNOWN;
	}

	/**
	 * Best code for an HTTP status when the body carries none (a proxy's error page, say).
	 * @param httpStatus the HTTP status
	 * @return the matching code, or {@link #UNKNOWN}
	 */
	public static Code forHttpStatus(int httpStatus) {
		return switch (httpStatus) {
			case 200 -> OK;
			case 400 -> INVALID_ARGUMENT;
			case 401 -> UNAUTHENTICATED;
			case 403 -> PERMISSION_DENIED;
			case 404 -> NOT_FOUND;
			case 409 -> ABORTED;
			case 429 -> RESOURCE_EXHAUSTED;
			case 499 -> CANCELLED;
			case 501 -> UNIMPLEMENTED;
			case 502, 503 -> UNAVAILABLE;
			case 504 -> DEADLINE_EXCEEDED;
			default -> (httpStatus >= 500) ? INTERNAL : UNKNOWN;
		};
	}

}
