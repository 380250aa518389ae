package io.github.ycspring.internal.http;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpStatusClass;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.timeout.ReadTimeoutException;
import org.jspecify.annotations.Nullable;
import reactor.netty.NettyPipeline;
import reactor.netty.http.HttpProtocol;
import reactor.netty.http.client.HttpClient;

/**
 * The response timeout of {@code yandex.cloud.http.response-timeout}, kept per connection rather than per request.
 * <p>
 * It means what Reactor Netty's own {@link HttpClient#responseTimeout(Duration)} means: from the moment a request
 * has been sent until its response is complete, no read may wait longer than the timeout; if one does, the exchange
 * fails with a {@link ReadTimeoutException} and the connection is closed. Reactor Netty does it by adding a
 * {@code ReadTimeoutHandler} to the connection's pipeline for each request and removing it after, which schedules and
 * cancels a timer and changes the pipeline twice per call: measured, some 5 % of the throughput of 1,000 concurrent
 * small calls. Here each connection gets one handler, behind the HTTP codec, and one periodic check when it opens;
 * the handler counts requests sent and responses completed and notes the time of each read. A timeout is noticed
 * within an eighth of it after it passes.
 * <p>
 * Only over HTTP/1.1, where a connection carries one exchange at a time; a client that may speak HTTP/2 or HTTP/3
 * gets Reactor Netty's per-request timeout.
 */
final class ResponseTimeout {

	private static final String HANDLER_NAME = "yandexCloudResponseTimeout";

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
	static HttpClient on(HttpClient client, Duration timeout) {
		if (!http11Only(client)) {
			return client.responseTimeout(timeout);
		}
		long timeoutNanos = timeout.toNanos();
		// behind the HTTP codec, so that the watch sees requests and responses, and before Reactor Netty's bridge to
		// the exchange, which reads what reaches it and must receive the timeout
		return client.doOnChannelInit((observer, channel, address) -> {
			ChannelPipeline pipeline = channel.pipeline();
			if (pipeline.get(NettyPipeline.ReactiveBridge) != null) {
				pipeline.addBefore(NettyPipeline.ReactiveBridge, HANDLER_NAME, new Watch(timeoutNanos));
			}
			else {
				pipeline.addLast(HANDLER_NAME, new Watch(timeoutNanos));
			}
		});
	}

	private static boolean http11Only(HttpClient client) {
		for (HttpProtocol protocol : client.configuration().protocols()) {
			if (protocol != HttpProtocol.HTTP11) {
				return false;
			}
		}
		return true;
	}

	/**
	 * A connection's watch: how many requests it has sent and responses it has received whole, and when it last
	 * made progress. A response is awaited while more requests were sent than responses completed, which also holds
	 * when a server answers before the request's body is all sent. It lives on the connection's event loop, as its
	 * periodic check does.
	 */
	private static final class Watch extends ChannelDuplexHandler {

		private final long timeoutNanos;

		private long requestsSent;

		private long responsesCompleted;

		/** When the last request was sent or the last read came, whichever is later. */
		private long lastProgressNanos;

		/** Whether the response being read is an informational one (1xx), which precedes the real one. */
		private boolean informational;

		private @Nullable ScheduledFuture<?> check;

		Watch(long timeoutNanos) {
			this.timeoutNanos = timeoutNanos;
		}

		@Override
		public void handlerAdded(ChannelHandlerContext ctx) {
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
		public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
			// a request's last part (a full request is one too): from here its response is awaited
			if (msg instanceof LastHttpContent) {
				this.requestsSent++;
				this.lastProgressNanos = System.nanoTime();
			}
			ctx.write(msg, promise);
		}

		@Override
		public void channelRead(ChannelHandlerContext ctx, Object msg) {
			this.lastProgressNanos = System.nanoTime();
			if (msg instanceof HttpResponse response) {
				// an informational answer (103 Early Hints, say) ends too, and the response it precedes is still awaited
				this.informational = response.status().codeClass() == HttpStatusClass.INFORMATIONAL;
			}
			if (msg instanceof LastHttpContent && !this.informational && this.responsesCompleted < this.requestsSent) {
				this.responsesCompleted++;
			}
			ctx.fireChannelRead(msg);
		}

		private void check(ChannelHandlerContext ctx) {
			if (this.requestsSent > this.responsesCompleted
					&& System.nanoTime() - this.lastProgressNanos >= this.timeoutNanos) {
				// as Netty's ReadTimeoutHandler does: the exchange fails, and the connection is not reused
				this.responsesCompleted = this.requestsSent;
				ctx.fireExceptionCaught(ReadTimeoutException.INSTANCE);
				ctx.close();
			}
		}

	}

}
