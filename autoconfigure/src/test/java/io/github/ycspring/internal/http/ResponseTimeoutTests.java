package io.github.ycspring.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.github.ycspring.support.ResponseChunkSizes;
import io.netty.handler.timeout.ReadTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.HttpProtocol;
import reactor.netty.http.client.HttpClient;
import reactor.netty.http.server.HttpServer;
import reactor.test.StepVerifier;

import org.springframework.http.client.reactive.ClientHttpConnector;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The response timeout kept per connection means what Reactor Netty's per-request one means: while a response is
 * awaited no read may wait longer than the timeout, whether the response has not started or stalls in its body; a
 * response that keeps coming is not cut however long it takes, and an idle pooled connection is not closed.
 */
class ResponseTimeoutTests {

	/** Long enough that a cold server's first answers on a busy machine come well within it. */
	private static final Duration TIMEOUT = Duration.ofMillis(500);

	private static final Set<String> connections = ConcurrentHashMap.newKeySet();

	private static final Set<String> closedConnections = ConcurrentHashMap.newKeySet();

	private static DisposableServer server;

	private final ClientHttpConnector connector = TransportFactory.reactorNetty(Duration.ofSeconds(5), TIMEOUT).get();

	@BeforeAll
	static void startServer() {
		server = HttpServer.create()
			.host("127.0.0.1")
			.port(0)
			.doOnConnection((connection) -> {
				String remote = connection.channel().remoteAddress().toString();
				connections.add(remote);
				connection.channel().closeFuture().addListener((closed) -> closedConnections.add(remote));
			})
			.route((routes) -> routes
				.get("/quick", (request, response) -> response.sendString(Mono.just("{}")))
				.get("/never-starts", (request, response) -> Mono.never())
				.get("/stalls-in-the-body", (request, response) -> response.header("content-length", "100")
					.sendString(Flux.just("{\"id\":").concatWith(Flux.never())))
				.get("/trickles", (request, response) -> response.header("content-length", "8")
					// 8 bytes, one every half timeout: twice the timeout in all, no read waits as long as one
					.sendString(Flux.interval(TIMEOUT.dividedBy(2)).take(8).map((tick) -> " "))))
			.bindNow();
	}

	@AfterAll
	static void stopServer() {
		server.disposeNow();
	}

	@BeforeEach
	void forgetConnections() {
		connections.clear();
		closedConnections.clear();
	}

	@Test
	void aResponseThatNeverStartsFailsWithAReadTimeout() {
		StepVerifier.create(body("/never-starts"))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(ReadTimeoutException.class))
			.verify(Duration.ofSeconds(5));
	}

	@Test
	void aResponseThatStallsInItsBodyFailsWithAReadTimeout() {
		StepVerifier.create(body("/stalls-in-the-body"))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(ReadTimeoutException.class))
			.verify(Duration.ofSeconds(5));
	}

	@Test
	void aResponseThatKeepsComingIsNotCutThoughItTakesLongerThanTheTimeout() {
		StepVerifier.create(body("/trickles")).expectNext(8).verifyComplete();
	}

	@Test
	void anIdlePooledConnectionOutlivesTheTimeoutAndIsReused() {
		StepVerifier.create(body("/quick")).expectNext(2).verifyComplete();
		// idle in the pool for three timeouts: nothing is awaited on it, so nothing times out
		StepVerifier.create(Mono.delay(TIMEOUT.multipliedBy(3)).then(body("/quick"))).expectNext(2).verifyComplete();
		assertThat(connections).hasSize(1);
	}

	@Test
	void manyQuickExchangesOverPooledConnectionsNeverTimeOutNorLoseAConnection() {
		Flux<Integer> burst = Flux.range(0, 500).flatMap((i) -> body("/quick"), 20);
		StepVerifier.create(burst.then(Mono.delay(TIMEOUT.multipliedBy(3))).thenMany(burst).count())
			.expectNext(500L)
			.verifyComplete();
		// every connection opened is still open: no timeout closed one, in use or idle in the pool
		assertThat(connections).isNotEmpty();
		assertThat(closedConnections).isEmpty();
	}

	@Test
	void anInformationalAnswerDoesNotEndTheWaitForTheResponse() throws Exception {
		// a raw server: answers "100 Continue" (any 1xx may come unasked) and then nothing, holding the connection
		try (ServerSocket raw = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			Thread server = new Thread(() -> {
				try (Socket socket = raw.accept()) {
					readRequestHead(socket.getInputStream());
					socket.getOutputStream().write("HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
					socket.getOutputStream().flush();
					// until the client, timed out, closes the connection
					while (socket.getInputStream().read() != -1) {
						// nothing more to read
					}
				}
				catch (IOException ex) {
					// the client closed the connection
				}
			});
			server.setDaemon(true);
			server.start();
			StepVerifier.create(body(URI.create("http://127.0.0.1:" + raw.getLocalPort() + "/continues")))
				.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(ReadTimeoutException.class))
				.verify(Duration.ofSeconds(5));
			server.join(5000);
		}
	}

	private static void readRequestHead(InputStream in) throws IOException {
		int matched = 0;
		byte[] end = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
		int b;
		while (matched < end.length && (b = in.read()) != -1) {
			matched = (b == end[matched]) ? matched + 1 : ((b == end[0]) ? 1 : 0);
		}
	}

	@Test
	void aClientThatMaySpeakHttp2KeepsReactorNettysPerRequestTimeout() {
		HttpClient http2 = HttpClient.create().protocol(HttpProtocol.H2, HttpProtocol.HTTP11);
		assertThat(ResponseTimeout.on(http2, TIMEOUT).configuration().responseTimeout()).isEqualTo(TIMEOUT);
		assertThat(ResponseTimeout.on(HttpClient.create(), TIMEOUT).configuration().responseTimeout()).isNull();
	}

	/** The length of a response's body, its buffers released as they come. */
	private Mono<Integer> body(String path) {
		return body(URI.create("http://127.0.0.1:" + server.port() + path));
	}

	private Mono<Integer> body(URI uri) {
		return ResponseChunkSizes.sizes(this.connector, uri, null).reduce(0, Integer::sum);
	}

}
