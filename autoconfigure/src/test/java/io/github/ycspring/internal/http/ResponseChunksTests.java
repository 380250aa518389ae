package io.github.ycspring.internal.http;

import java.net.URI;
import java.time.Duration;
import java.util.Collections;
import java.util.List;

import io.github.ycspring.support.EmulatorExtension;
import io.github.ycspring.support.ResponseChunkSizes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.netty.http.HttpDecoderSpec;
import reactor.netty.http.client.HttpClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Response bodies come in chunks as large as the socket reads, not Reactor Netty's 8 KB, unless the application
 * configured the response decoder itself.
 */
class ResponseChunksTests {

	@RegisterExtension
	static final EmulatorExtension cloud = new EmulatorExtension();

	@Test
	void theDefaultConnectorHandsOnALargePageInChunksLargerThanEightKilobytes() {
		List<Integer> chunks = ResponseChunkSizes.of(
				TransportFactory.reactorNetty(Duration.ofSeconds(5), Duration.ofSeconds(5)).get(), largePage(),
				EmulatorExtension.TOKEN);
		assertThat(chunks.stream().mapToInt(Integer::intValue).sum()).as("body bytes").isGreaterThan(200_000);
		assertThat(Collections.max(chunks)).isGreaterThan(HttpDecoderSpec.DEFAULT_MAX_CHUNK_SIZE)
			.isLessThanOrEqualTo(ResponseChunks.MAX_CHUNK_BYTES);
	}

	@Test
	void raisesTheChunkSizeOfReactorNettysDefaultDecoderOnly() {
		HttpClient client = HttpClient.create();
		assertThat(ResponseChunks.asRead(client).configuration().decoder().maxChunkSize())
			.isEqualTo(ResponseChunks.MAX_CHUNK_BYTES);
		assertThat(client.configuration().decoder().maxChunkSize())
			.isEqualTo(HttpDecoderSpec.DEFAULT_MAX_CHUNK_SIZE);
	}

	@Test
	void leavesADecoderTheApplicationConfiguredAsItIs() {
		HttpClient own = HttpClient.create().httpResponseDecoder((decoder) -> decoder.maxHeaderSize(16 * 1024));
		assertThat(ResponseChunks.asRead(own)).isSameAs(own);
		assertThat(own.configuration().decoder().maxHeaderSize()).isEqualTo(16 * 1024);
	}

	private static URI largePage() {
		return ResponseChunkSizes.largePage(cloud.emulator(), "large-page-folder");
	}

}
