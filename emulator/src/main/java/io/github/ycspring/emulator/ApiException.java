package io.github.ycspring.emulator;

/** A request the emulated API rejects; becomes a google.rpc.Status error response. */
final class ApiException extends RuntimeException {

	private final GrpcCode code;

	private final String message;

	ApiException(GrpcCode code, String message) {
		// expected control flow, not a bug: skip the stack trace
		super(message, null, false, false);
		this.code = code;
		this.message = message;
	}

	GrpcCode code() {
		return this.code;
	}

	/** The message the error response carries; never null, unlike {@link #getMessage()} in general. */
	String message() {
		return this.message;
	}

	static ApiException invalidArgument(String message) {
		return new ApiException(GrpcCode.INVALID_ARGUMENT, message);
	}

	static ApiException notFound(String message) {
		return new ApiException(GrpcCode.NOT_FOUND, message);
	}

}
