package io.github.ycspring.emulator;

/** The google.rpc.Status an operation ends with when it fails or is cancelled. */
record RpcStatus(int code, String message) {

	static RpcStatus of(ApiException exception) {
		return new RpcStatus(exception.code().value(), exception.message());
	}

}
