package io.github.ycspring.testsupport;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.util.IllegalReferenceCountException;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/**
 * Runs small test classes that mishandle buffers, as the build runs every test, and checks that each one fails.
 */
class BufferFaultExtensionTests {

	@Test
	void aLeakedBufferFailsTheTestThatLeakedIt() {
		EngineExecutionResults results = run(Leaking.class);
		assertThat(results.testEvents().failed().count()).isOne();
		assertThat(failureMessage(results)).contains("LEAK:").contains("during leaksAPooledBuffer()");
	}

	@Test
	void aReferenceCountErrorThatAnOperatorSwallowsStillFailsTheTest() {
		EngineExecutionResults results = run(ReleasingTwiceInAnOperator.class);
		assertThat(results.testEvents().failed().count()).isOne();
		assertThat(failureMessage(results)).contains("reference-count error");
	}

	@Test
	void aReferenceCountErrorOnlyLoggedFailsTheTest() {
		EngineExecutionResults results = run(LoggingAReferenceCountError.class);
		assertThat(results.testEvents().failed().count()).isOne();
		assertThat(failureMessage(results)).contains("IllegalReferenceCountException");
	}

	@Test
	void aLeakFromTheMethodATestToleratesIsPrintedButPasses() {
		EngineExecutionResults results = run(LeakingInANamedMethod.class);
		assertThat(results.testEvents().succeeded().count()).isOne();
		assertThat(results.testEvents().failed().count()).isOne();
		assertThat(failureMessage(results)).contains("LEAK:").contains("during leaksElsewhere()");
	}

	@Test
	void aTestThatReleasesEveryBufferOncePasses() {
		EngineExecutionResults results = run(ReleasingOnce.class);
		assertThat(results.testEvents().succeeded().count()).isOne();
		assertThat(results.testEvents().failed().count()).isZero();
	}

	private static EngineExecutionResults run(Class<?> testClass) {
		return EngineTestKit.engine("junit-jupiter")
			.configurationParameter("junit.jupiter.extensions.autodetection.enabled", "true")
			.selectors(selectClass(testClass))
			.execute();
	}

	private static String failureMessage(EngineExecutionResults results) {
		return results.allEvents()
			.failed()
			.stream()
			.map((event) -> event.getPayload(org.junit.platform.engine.TestExecutionResult.class)
				.flatMap(org.junit.platform.engine.TestExecutionResult::getThrowable)
				.map(Throwable::getMessage)
				.orElse(""))
			.reduce("", String::concat);
	}

	static class Leaking {

		@Test
		void leaksAPooledBuffer() {
			ByteBuf lost = PooledByteBufAllocator.DEFAULT.buffer(64);
			lost.writeInt(42);
		}

	}

	static class ReleasingTwiceInAnOperator {

		@Test
		void releasesTwiceInsideAMap() {
			ByteBuf buffer = PooledByteBufAllocator.DEFAULT.buffer(64);
			buffer.release();
			Mono.just(buffer).map(ByteBuf::release).onErrorComplete().block();
		}

	}

	static class LoggingAReferenceCountError {

		@Test
		void logsWhatAnEventLoopWouldLog() {
			LoggerFactory.getLogger("expected")
				.error("An exceptionCaught() event was fired", new IllegalReferenceCountException(0, -1));
		}

	}

	static class LeakingInANamedMethod {

		@Test
		@ToleratesLeaksFrom(value = "io.github.ycspring.testsupport.BufferFaultExtensionTests$LeakingInANamedMethod.lose",
				reason = "the method stands for a library's known bug")
		void leaksThroughTheToleratedMethod() {
			lose();
		}

		@Test
		@ToleratesLeaksFrom(value = "some.other.Library.method", reason = "tolerates another method's leaks only")
		void leaksElsewhere() {
			lose();
		}

		static void lose() {
			PooledByteBufAllocator.DEFAULT.buffer(64).writeInt(42);
		}

	}

	static class ReleasingOnce {

		@Test
		void releasesItsBuffer() {
			ByteBuf buffer = PooledByteBufAllocator.DEFAULT.buffer(64);
			buffer.writeInt(42);
			buffer.release();
		}

	}

}
