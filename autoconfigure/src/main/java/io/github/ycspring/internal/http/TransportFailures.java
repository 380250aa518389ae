package io.github.ycspring.internal.http;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;

import javax.net.ssl.SSLException;

import io.github.ycspring.core.Code;
import io.github.ycspring.core.YandexCloudException;
import io.netty.channel.ChannelException;
import io.netty.handler.codec.DecoderException;
import reactor.netty.channel.AbortedException;

import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.WebClientRequestException;

/**
 * Failures of the transport itself, where no usable response arrived: the host did not resolve, the connection was
 * refused, reset or timed out, TLS failed, no pooled connection came free in time, the response did not start within
 * the response timeout, or the connection broke mid-body. Each becomes a {@link YandexCloudException}, so callers
 * handle one exception type: {@code DEADLINE_EXCEEDED} for a wait that ran out, {@code UNAVAILABLE} for the rest,
 * with the original failure as the cause.
 */
final class TransportFailures {

	private TransportFailures() {
	}

	/**
	 * Whether a failure comes from the transport, not from the server's answer or from our own code.
	 * @param failure the failure
	 * @return {@code true} for a failure of the network, TLS or the connection pool
	 */
	static boolean isTransportFailure(Throwable failure) {
		return !(failure instanceof YandexCloudException) && (failure instanceof WebClientRequestException
				|| failure instanceof IOException || failure instanceof TimeoutException
				|| failure instanceof ChannelException || failure instanceof AbortedException
				|| failure instanceof DecoderException);
	}

	/**
	 * The typed exception for a transport failure.
	 * @param request the request that failed
	 * @param failure the failure, kept as the cause
	 * @return the exception
	 */
	static YandexCloudException toException(ClientRequest request, Throwable failure) {
		Throwable cause = (failure instanceof WebClientRequestException && failure.getCause() != null)
				? failure.getCause() : failure;
		boolean timedOut = cause instanceof io.netty.handler.timeout.TimeoutException
				|| cause instanceof TimeoutException;
		return CallIds.of(request).failure(timedOut ? Code.DEADLINE_EXCEEDED : Code.UNAVAILABLE, 0,
				request.method() + " " + request.url().getHost() + request.url().getRawPath() + ": " + describe(cause),
				failure);
	}

	private static String describe(Throwable cause) {
		if (cause instanceof io.netty.handler.timeout.ReadTimeoutException) {
			return "the response did not start, or stalled, for longer than yandex.cloud.http.response-timeout";
		}
		if (cause instanceof TimeoutException) {
			return "timed out waiting for a connection: " + cause.getMessage();
		}
		if (cause instanceof UnknownHostException) {
			return "the host name does not resolve (" + cause.getMessage() + ")";
		}
		if (cause instanceof ConnectException) {
			return "cannot connect: " + cause.getMessage();
		}
		if (cause instanceof SSLException) {
			return "the TLS handshake failed: " + cause;
		}
		return "the connection failed before the whole response arrived: " + cause;
	}

}
