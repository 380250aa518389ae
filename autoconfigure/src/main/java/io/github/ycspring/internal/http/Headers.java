package io.github.ycspring.internal.http;

/**
 * Header names of the Yandex Cloud REST API.
 */
public final class Headers {

	/** Id the client gives each logical call; the same on every retry. */
	public static final String CLIENT_REQUEST_ID = "x-client-request-id";

	/** Trace id the client gives each logical call; the official SDKs send it too. */
	public static final String CLIENT_TRACE_ID = "x-client-trace-id";

	/** Id the server gives each request. */
	public static final String REQUEST_ID = "x-request-id";

	/** Trace id of the server. */
	public static final String SERVER_TRACE_ID = "x-server-trace-id";

	/** Key that makes a mutating call idempotent: a repeat returns the existing operation. */
	public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

	/** Seconds the server asks a client to wait between operation polls. */
	public static final String OPERATION_POLL_INTERVAL = "x-operation-poll-interval";

	private Headers() {
	}

}
