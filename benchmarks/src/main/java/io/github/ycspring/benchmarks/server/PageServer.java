package io.github.ycspring.benchmarks.server;

import java.time.Duration;
import java.util.function.Function;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.QueryStringDecoder;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.resources.LoopResources;

/**
 * A loopback HTTP server that answers every GET with the JSON a function gives for its path and query, or 404 when
 * it gives none. It runs on its own event loops, as the emulator does, so clients cannot stall it.
 */
public final class PageServer implements AutoCloseable {

	private final LoopResources loops;

	private final DisposableServer server;

	private PageServer(LoopResources loops, DisposableServer server) {
		this.loops = loops;
		this.server = server;
	}

	/**
	 * Starts a server on a free port.
	 * @param name name of its threads
	 * @param pages the body for a request's path and query, {@code null} for 404
	 * @return the running server
	 */
	public static PageServer start(String name, Function<QueryStringDecoder, byte @Nullable []> pages) {
		LoopResources loops = LoopResources.create(name, 1, 2, true);
		DisposableServer server = HttpServer.create()
			.host("127.0.0.1")
			.port(0)
			.runOn(loops)
			.handle((request, response) -> {
				byte[] body = pages.apply(new QueryStringDecoder(request.uri()));
				if (body == null) {
					return response.status(HttpResponseStatus.NOT_FOUND).send();
				}
				return response.header(HttpHeaderNames.CONTENT_TYPE, "application/json")
					.header(HttpHeaderNames.CONTENT_LENGTH, Integer.toString(body.length))
					.sendByteArray(Mono.just(body))
					.then();
			})
			.bindNow(Duration.ofSeconds(10));
		return new PageServer(loops, server);
	}

	/**
	 * Base URL of the server.
	 * @return {@code http://127.0.0.1:<port>}
	 */
	public String baseUrl() {
		return "http://127.0.0.1:" + this.server.port();
	}

	@Override
	public void close() {
		this.server.disposeNow(Duration.ofSeconds(5));
		this.loops.disposeLater(Duration.ZERO, Duration.ofSeconds(5)).block();
	}

}
