package io.github.ycspring.host;

import java.net.URI;
import java.time.Duration;

import io.github.ycspring.YandexCloudClients;
import io.github.ycspring.auth.StaticIamTokenCredentials;
import io.github.ycspring.core.Code;
import io.github.ycspring.core.Endpoints;
import io.github.ycspring.core.RetrySettings;
import io.github.ycspring.core.YandexCloudException;
import io.github.ycspring.emulator.YandexCloudEmulator;
import io.netty.handler.codec.quic.Quic;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The class path the starter makes, here beside the WebFlux and MVC starters as in a user's service: it leaves out
 * the native QUIC libraries, and TLS still works on it, since Reactor Netty asks the QUIC classes whether HTTP/3 can
 * run before it sets up its default TLS.
 */
class StarterClassPathTests {

	@Test
	void theNativeQuicLibrariesAreLeftOut() {
		assertThat(Quic.isAvailable()).isFalse();
		assertThat(Quic.unavailabilityCause()).isNotNull();
	}

	@Test
	void tlsWorksWithoutThem() {
		try (YandexCloudEmulator emulator = YandexCloudEmulator.builder().build().start()) {
			// https to the emulator's plain HTTP port: the client sets up TLS and the handshake fails, as it should
			YandexCloudClients clients = YandexCloudClients.builder()
				.endpoints(Endpoints.allAt(URI.create("https://127.0.0.1:" + emulator.port())))
				.credentials(new StaticIamTokenCredentials("t1.host-tests-token"))
				.retry(new RetrySettings(1, Duration.ofMillis(1), Duration.ofMillis(1)))
				.build();
			StepVerifier.create(clients.images().get("fd8tls"))
				.expectErrorSatisfies((ex) -> {
					assertThat(ex).isInstanceOf(YandexCloudException.class);
					assertThat(((YandexCloudException) ex).code()).isEqualTo(Code.UNAVAILABLE);
					assertThat(ex).hasRootCauseInstanceOf(javax.net.ssl.SSLException.class);
				})
				.verify(Duration.ofSeconds(30));
		}
	}

}
