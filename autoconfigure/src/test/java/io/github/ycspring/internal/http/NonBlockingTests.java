package io.github.ycspring.internal.http;

import java.time.Duration;

import io.github.ycspring.support.EmulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.blockhound.BlockingOperationError;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * BlockHound is installed for the whole test suite (blockhound-junit-platform), so every client test also proves
 * that nothing blocks a Netty event loop or a Reactor non-blocking thread. This test proves it is really watching.
 */
class NonBlockingTests {

	@RegisterExtension
	static final EmulatorExtension cloud = new EmulatorExtension();

	@Test
	void blockHoundIsInstalledAndCatchesBlockingOnANonBlockingThread() {
		// Thread.yield() is on BlockHound's list of blocking calls, and waits for nothing
		StepVerifier.create(Mono.fromCallable(() -> {
			Thread.yield();
			return "blocked";
		}).subscribeOn(Schedulers.parallel()))
			.expectError(BlockingOperationError.class)
			.verify(Duration.ofSeconds(5));
	}

	@Test
	void aWholeListAndCreateRunOnEventLoopsWithoutBlocking() {
		cloud.emulator().seedImages("nonblocking-folder", 1500);
		StepVerifier.create(cloud.images().list("nonblocking-folder").count().subscribeOn(Schedulers.parallel()))
			.expectNext(1500L)
			.verifyComplete();
		assertThat(cloud.emulator().requestCount("GET", "/compute/v1/images")).isEqualTo(2);
	}

}
