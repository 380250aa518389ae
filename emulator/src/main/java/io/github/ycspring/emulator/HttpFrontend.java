package io.github.ycspring.emulator;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import io.netty.channel.Channel;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.QueryStringDecoder;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

/**
 * The Reactor Netty side: records each request, applies latency and faults, and writes the
 * API's reply. Nothing here blocks the event loop: latency is a timer.
 */
final class HttpFrontend {

	/** The logger of the requests answered, one line each, at DEBUG. */
	static final String REQUEST_LOGGER_NAME = "io.github.ycspring.emulator.requests";

	private static final Logger requests = LoggerFactory.getLogger(REQUEST_LOGGER_NAME);

	private final Api api;

	private final RequestLog log;

	private final FaultQueue faults;

	private final EmulatorSettings settings;

	HttpFrontend(Api api, RequestLog log, FaultQueue faults, EmulatorSettings settings) {
		this.api = api;
		this.log = log;
		this.faults = faults;
		this.settings = settings;
	}

	Mono<Void> handle(HttpServerRequest request, HttpServerResponse response) {
		return request.receive().aggregate().asString(StandardCharsets.UTF_8).defaultIfEmpty("").flatMap((body) -> {
			RecordedRequest recorded = record(request, body);
			this.log.add(recorded);
			Fault fault = this.faults.take(recorded.path());
			long start = System.nanoTime();
			Mono<Void> respond = Mono.defer(() -> {
				Mono<Void> sending = respond(recorded, fault, response);
				// the status is set and nothing is sent yet: the line is written before the caller can see the answer
				logAnswer(recorded, fault, response, start);
				return sending;
			});
			Duration latency = this.settings.latency;
			return latency.isZero() ? respond : Mono.delay(latency).then(respond);
		});
	}

	private Mono<Void> respond(RecordedRequest request, @Nullable Fault fault, HttpServerResponse response) {
		String requestId = Ids.uuid();
		if (fault instanceof Fault.Drop) {
			return close(channel(response));
		}
		if (fault instanceof Fault.Respond raw) {
			Reply reply = new Reply(raw.httpStatus(), raw.contentType(), Map.of(),
					raw.body().getBytes(StandardCharsets.UTF_8));
			return writeHead(response, reply).sendByteArray(Mono.just(reply.body())).then();
		}
		if (fault instanceof Fault.Status status) {
			Reply reply = Reply.error(status.code(), "Injected " + status.code() + " fault", requestId,
					status.headers());
			return send(response, reply, requestId);
		}
		Reply reply = this.api.handle(request, requestId);
		if (fault instanceof Fault.Truncate) {
			Channel channel = channel(response);
			byte[] half = Arrays.copyOf(reply.body(), reply.body().length / 2);
			return writeHead(traced(response, requestId), reply).sendByteArray(Mono.just(half))
				.then()
				.then(close(channel));
		}
		return send(response, reply, requestId);
	}

	private static Mono<Void> send(HttpServerResponse response, Reply reply, String requestId) {
		return writeHead(traced(response, requestId), reply).sendByteArray(Mono.just(reply.body())).then();
	}

	private static void logAnswer(RecordedRequest request, @Nullable Fault fault, HttpServerResponse response,
			long startNanos) {
		// DEBUG: embedded in an application's tests, a line per request would flood their output; run on its own,
		// main turns it on
		if (requests.isDebugEnabled()) {
			String answer = (fault instanceof Fault.Drop) ? "connection dropped" : Integer.toString(response.status().code());
			String injected = (fault != null) ? " (injected " + fault.getClass().getSimpleName().toLowerCase(Locale.ROOT)
					+ " fault)" : "";
			requests.debug("{} {}{} -> {}{} in {} ms", request.method(), request.path(),
					request.query().isEmpty() ? "" : " " + request.query(), answer, injected,
					(System.nanoTime() - startNanos) / 1_000_000);
		}
	}

	private static HttpServerResponse traced(HttpServerResponse response, String requestId) {
		return response.header("x-request-id", requestId).header("x-server-trace-id", Ids.traceId());
	}

	/** Status and headers, with the full body's length even when less of it will follow. */
	private static HttpServerResponse writeHead(HttpServerResponse response, Reply reply) {
		response.status(reply.status())
			.header(HttpHeaderNames.CONTENT_TYPE, reply.contentType())
			.header(HttpHeaderNames.CONTENT_LENGTH, Integer.toString(reply.body().length));
		reply.headers().forEach(response::header);
		return response;
	}

	/**
	 * The exchange's channel, taken before anything is sent: once a response is complete
	 * the exchange's connection is a disposed placeholder.
	 */
	private static Channel channel(HttpServerResponse response) {
		AtomicReference<Channel> channel = new AtomicReference<>();
		response.withConnection((connection) -> channel.set(connection.channel()));
		return channel.get();
	}

	private static Mono<Void> close(Channel channel) {
		return Mono.fromRunnable(channel::close);
	}

	private static RecordedRequest record(HttpServerRequest request, String body) {
		QueryStringDecoder uri = new QueryStringDecoder(request.uri());
		Map<String, String> query = new LinkedHashMap<>();
		uri.parameters().forEach((name, values) -> query.put(name, values.isEmpty() ? "" : values.get(0)));
		Map<String, String> headers = new LinkedHashMap<>();
		for (String name : request.requestHeaders().names()) {
			List<String> values = request.requestHeaders().getAll(name);
			headers.put(name, String.join(", ", values));
		}
		return new RecordedRequest(request.method().name(), uri.path(), query, headers, body, Instant.now());
	}

}
