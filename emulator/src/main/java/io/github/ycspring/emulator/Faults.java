package io.github.ycspring.emulator;

import java.util.List;
import java.util.Map;

/**
 * Fault injection. Each call queues a fault for the next {@code times} requests whose path
 * starts with this view's prefix (every path for {@link YandexCloudEmulator#faults()});
 * faults are used in the order they were queued. Faulted requests still appear in the
 * request log, and latency still applies to them.
 */
public final class Faults {

	private static final String PROXY_ERROR_PAGE = "<html><head><title>502 Bad Gateway</title></head>"
			+ "<body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>";

	private final FaultQueue queue;

	private final String pathPrefix;

	Faults(FaultQueue queue, String pathPrefix) {
		this.queue = queue;
		this.pathPrefix = pathPrefix;
	}

	/**
	 * Returns a view whose faults apply only to requests whose path starts with a prefix.
	 * @param pathPrefix path prefix, e.g. {@code /compute/v1/images}
	 * @return a view sharing this emulator's fault queue
	 */
	public Faults forPath(String pathPrefix) {
		return new Faults(this.queue, pathPrefix);
	}

	/**
	 * Answers the next requests with exactly this response and no other headers (a proxy's
	 * HTML error page, say). The requests are not processed.
	 * @param times how many requests
	 * @param httpStatus HTTP status
	 * @param contentType {@code Content-Type} of the body
	 * @param body response body
	 * @return this view
	 */
	public Faults respond(int times, int httpStatus, String contentType, String body) {
		return add(times, new Fault.Respond(httpStatus, contentType, body));
	}

	/**
	 * Answers the next requests with a google.rpc.Status error of a code, mapped to its HTTP
	 * status as the REST gateway does. The requests are not processed.
	 * @param times how many requests
	 * @param grpcCode gRPC code, 1..16
	 * @return this view
	 */
	public Faults status(int times, int grpcCode) {
		return status(times, grpcCode, Map.of());
	}

	/**
	 * Like {@link #status(int, int)}, with extra response headers such as
	 * {@code Retry-After}.
	 * @param times how many requests
	 * @param grpcCode gRPC code, 1..16
	 * @param headers extra response headers
	 * @return this view
	 */
	public Faults status(int times, int grpcCode, Map<String, String> headers) {
		GrpcCode code = GrpcCode.of(grpcCode);
		if (code == GrpcCode.OK) {
			throw new IllegalArgumentException("A fault needs an error code, not OK");
		}
		return add(times, new Fault.Status(code, Map.copyOf(headers)));
	}

	/**
	 * Closes the connection of the next requests without any response. The requests are
	 * not processed.
	 * @param times how many requests
	 * @return this view
	 */
	public Faults dropConnection(int times) {
		return add(times, new Fault.Drop());
	}

	/**
	 * Processes the next requests normally, then sends their status, headers (with the full
	 * {@code Content-Length}) and only the first half of the body before closing the
	 * connection, as a connection lost mid-page would.
	 * @param times how many requests
	 * @return this view
	 */
	public Faults truncateBody(int times) {
		return add(times, new Fault.Truncate());
	}

	/**
	 * Makes the next requests flaky, as a busy proxy or a restarting backend would: a seeded random share of them
	 * fails in a way a client should retry, taking in turn a proxy's HTML {@code 502} page (not processed), a
	 * google.rpc.Status {@code UNAVAILABLE} (503, not processed) and a body cut mid-way (processed: a create
	 * happens). The rest are served normally.
	 * @param times how many requests the run lasts, faulted or not
	 * @param share share of them to fault, 0 to 1
	 * @param seed seed of the random choice, so that a run can be repeated
	 * @return this view
	 */
	public Faults flaky(int times, double share, long seed) {
		this.queue.addRandom(this.pathPrefix,
				List.of(new Fault.Respond(502, "text/html", PROXY_ERROR_PAGE),
						new Fault.Status(GrpcCode.UNAVAILABLE, Map.of()), new Fault.Truncate()),
				share, seed, times);
		return this;
	}

	/**
	 * Removes every queued fault, whatever its path prefix.
	 */
	public void clear() {
		this.queue.clear();
	}

	private Faults add(int times, Fault fault) {
		this.queue.add(this.pathPrefix, fault, times);
		return this;
	}

}
