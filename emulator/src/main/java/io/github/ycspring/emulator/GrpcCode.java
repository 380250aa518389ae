package io.github.ycspring.emulator;

/** gRPC status codes with the HTTP status the Yandex Cloud REST gateway maps each one to. */
enum GrpcCode {

	OK(0, 200), CANCELLED(1, 499), UNKNOWN(2, 500), INVALID_ARGUMENT(3, 400), DEADLINE_EXCEEDED(4, 504),
	NOT_FOUND(5, 404), ALREADY_EXISTS(6, 409), PERMISSION_DENIED(7, 403), RESOURCE_EXHAUSTED(8, 429),
	FAILED_PRECONDITION(9, 400), ABORTED(10, 409), OUT_OF_RANGE(11, 400), UNIMPLEMENTED(12, 501), INTERNAL(13, 500),
	UNAVAILABLE(14, 503), DATA_LOSS(15, 500), UNAUTHENTICATED(16, 401);

	private final int value;

	private final int httpStatus;

	GrpcCode(int value, int httpStatus) {
		this.value = value;
		this.httpStatus = httpStatus;
	}

	int value() {
		return this.value;
	}

	int httpStatus() {
		return this.httpStatus;
	}

	static GrpcCode of(int value) {
		for (GrpcCode code : values()) {
			if (code.value == value) {
				return code;
			}
		}
		throw new IllegalArgumentException("Unknown gRPC code " + value + " (expected 0..16)");
	}

}
