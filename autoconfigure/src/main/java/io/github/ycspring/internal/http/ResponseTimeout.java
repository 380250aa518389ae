package io.github.ycspring.internal.http;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.timeout.ReadTimeoutException;
import io.netty.util.AttributeKey;
import org.jspecify.annotations.Nullable;
import reactor.netty.Connection;
import reactor.netty.ConnectionObserver;
import reactor.netty.http.HttpProtocol;
import reactor.netty.http.client.HttpClient;
import reactor.netty.http.client.HttpClientState;

/**
 * The response timeout of {@code yandex.cloud.http.response-timeout}, kept per connection rather than per request.
 * <p>
 * It means what Reactor Netty's own {@link HttpClient#responseTimeout(Duration)} means: from the moment a request
 * has been sent until its response is complete, no read may wait longer than the timeout; if one does, the exchange
 * fails with a {@link ReadTimeoutException} and the connection is closed. Reactor Netty does it by adding a
 * {@code ReadTimeoutHandler} to the connection's pipeline for each request and removing it after, which schedules and
 * cancels a timer and changes the pipeline twice per call: measured, some 5 % of the throughput of 1,000 concurrent
 * small calls. Here each connection gets one handler and one periodic check when it opens, and a request only marks
 * the connection as waiting. A timeout is noticed within an eighth of it after it passes.
 * <p>
 * Only over HTTP/1.1, where a connection carries one exchange at a time; a client that may speak HTTP/2 or HTTP/3
 * gets Reactor Netty's per-request timeout.
 */
public final class ResponseTimeout {

	private static final String HANDLER_NAME = "yandexCloudResponseTimeout";

	private static final AttributeKey<Watch> WATCH = AttributeKey.valueOf(ResponseTimeout.class, "watch");

	/** How often a connection checks, as a fraction of the timeout: a timeout fires at most this late. */
	private static final int CHECKS_PER_TIMEOUT = 8;

	private ResponseTimeout() {
	}

	/**
	 * The client with this response timeout.
	 * @param client the client
	 * @param timeout longest wait for a read while a response is awaited
	 * @return the client
	 */
	public static HttpClient on(HttpClient client, Duration timeout) {
		if (!http11Only(client)) {
			return client.responseTimeout(timeout);
		}
		long timeoutNanos = timeout.toNanos();
		return client
			.doOnChannelInit((observer, channel, address) -> channel.pipeline()
				.addFirst(HANDLER_NAME, new Watch(timeoutNanos)))
			.observe(ResponseTimeout::track);
	}

	private static boolean http11Only(HttpClient client) {
		for (HttpProtocol protocol : client.configuration().protocols()) {
			if (protocol != HttpProtocol.HTTP11) {
				return false;
			}
		}
		return true;
	}

	private static void track(Connection connection, ConnectionObserver.State state) {
		Watch watch = connection.channel().attr(WATCH).get();
		if (watch == null) {
			return;
		}
		if (state == HttpClientState.REQUEST_SENT) {
			watch.awaitResponse();
		}
		else if (state == HttpClientState.RESPONSE_COMPLETED || state == HttpClientState.RESPONSE_INCOMPLETE
				|| state == ConnectionObserver.State.RELEASED || state == ConnectionObserver.State.DISCONNECTING) {
			watch.idle();
		}
	}

	/**
	 * A connection's watch: the time of its last read, and whether a response is awaited. Its periodic check runs on
	 * the connection's event loop.
	 */
	private static final class Watch extends ChannelInboundHandlerAdapter {

		private final long timeoutNanos;

		private volatile boolean awaiting;

		private volatile long lastReadNanos;

		private @Nullable ScheduledFuture<?> check;

		Watch(long timeoutNanos) {
			this.timeoutNanos = timeoutNanos;
		}

		void awaitResponse() {
			this.lastReadNanos = System.nanoTime();
			this.awaiting = true;
		}

		void idle() {
			this.awaiting = false;
		}

		@Override
		public void handlerAdded(ChannelHandlerContext ctx) {
			Channel channel = ctx.channel();
			channel.attr(WATCH).set(this);
			long period = Math.max(this.timeoutNanos / CHECKS_PER_TIMEOUT, TimeUnit.MILLISECONDS.toNanos(1));
			this.check = ctx.executor().scheduleAtFixedRate(() -> check(ctx), period, period, TimeUnit.NANOSECONDS);
		}

		@Override
		public void handlerRemoved(ChannelHandlerContext ctx) {
			ScheduledFuture<?> scheduled = this.check;
			if (scheduled != null) {
				scheduled.cancel(false);
			}
		}

		@Override
		public void channelRead(ChannelHandlerContext ctx, Object msg) {
			this.lastReadNanos = System.nanoTime();
			ctx.fireChannelRead(msg);
		}

		private void check(ChannelHandlerContext ctx) {
			if (this.awaiting && System.nanoTime() - this.lastReadNanos >= this.timeoutNanos) {
				this.awaiting = false;
				// as Netty's ReadTimeoutHandler does: the exchange fails, and the connection is not reused
				ctx.fireExceptionCaught(ReadTimeoutException.INSTANCE);
				ctx.close();
			}
		}

	}

}
