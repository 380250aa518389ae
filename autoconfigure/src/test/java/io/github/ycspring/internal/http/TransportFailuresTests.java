package io.github.ycspring.internal.http;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;

import io.github.ycspring.core.Code;
import io.github.ycspring.core.YandexCloudException;
import io.netty.handler.timeout.ReadTimeoutException;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.WebClientRequestException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of transport failure becomes a typed exception with its cause, as connectors report them; the ones a
 * test cannot cause over loopback without reaching the network (a host name that does not resolve, a connection
 * pool that stays busy) are built here as Reactor Netty raises them.
 */
class TransportFailuresTests {

	private static final ClientRequest REQUEST = ClientRequest
		.create(HttpMethod.GET, URI.create("https://compute.api.cloud.yandex.net/compute/v1/images/fd8x"))
		.header(Headers.CLIENT_REQUEST_ID, "client-id")
		.build();

	@Test
	void aHostThatDoesNotResolveIsUnavailable() {
		YandexCloudException mapped = mapped(requestFailure(new UnknownHostException("compute.api.cloud.yandex.net")));
		assertThat(mapped.code()).isEqualTo(Code.UNAVAILABLE);
		assertThat(mapped.getMessage()).contains("does not resolve").contains("compute.api.cloud.yandex.net");
		assertThat(mapped.clientRequestId()).isEqualTo("client-id");
		assertThat(mapped).hasRootCauseInstanceOf(UnknownHostException.class);
	}

	@Test
	void aRefusedConnectionIsUnavailable() {
		assertThat(mapped(requestFailure(new ConnectException("Connection refused"))).code())
			.isEqualTo(Code.UNAVAILABLE);
	}

	@Test
	void noPooledConnectionInTimeIsDeadlineExceeded() {
		YandexCloudException mapped = mapped(requestFailure(new TimeoutException("Pool#acquire(Duration) has been "
				+ "pending for more than the configured timeout of 45000ms")));
		assertThat(mapped.code()).isEqualTo(Code.DEADLINE_EXCEEDED);
		assertThat(mapped.getMessage()).contains("timed out waiting for a connection");
	}

	@Test
	void aResponseThatDoesNotStartInTimeIsDeadlineExceeded() {
		YandexCloudException mapped = mapped(ReadTimeoutException.INSTANCE);
		assertThat(mapped.code()).isEqualTo(Code.DEADLINE_EXCEEDED);
		assertThat(mapped.getMessage()).contains("yandex.cloud.http.response-timeout");
	}

	@Test
	void aConnectionBrokenMidBodyIsUnavailable() {
		assertThat(mapped(new IOException("Connection reset by peer")).code()).isEqualTo(Code.UNAVAILABLE);
	}

	@Test
	void ourOwnErrorsAndTheServersAreNotTransportFailures() {
		assertThat(TransportFailures.isTransportFailure(new IllegalArgumentException("imageId"))).isFalse();
		assertThat(TransportFailures.isTransportFailure(
				new YandexCloudException(Code.NOT_FOUND, 404, "no such image", null, null, null)))
			.isFalse();
	}

	private static WebClientRequestException requestFailure(Throwable cause) {
		return new WebClientRequestException(cause, HttpMethod.GET, REQUEST.url(), new HttpHeaders());
	}

	private static YandexCloudException mapped(Throwable failure) {
		assertThat(TransportFailures.isTransportFailure(failure)).isTrue();
		return TransportFailures.toException(REQUEST, failure);
	}

}
