package io.github.ycspring.emulator;

/** A request the emulated API rejects; becomes a google.rpc.Status error response. */
final class ApiException extends RuntimeException {

	private final GrpcCode code;

	ApiException(GrpcCode code, String message) {
		// expected control flow, not a bug: skip the stack trace
		super(message, null, false, false);
		this.code = code;
	}

	GrpcCode code() {
		return this.code;
	}

	static ApiException invalidArgument(String message) {
		return new ApiException(GrpcCode.INVALID_ARGUMENT, message);
	}

	static ApiException notFound(String message) {
		return new ApiException(GrpcCode.NOT_FOUND, message);
	}

}
