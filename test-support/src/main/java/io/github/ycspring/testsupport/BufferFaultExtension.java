package io.github.ycspring.testsupport;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.UnpooledByteBufAllocator;
import io.netty.util.ResourceLeakDetector;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import reactor.core.publisher.Hooks;

/**
 * Fails the test during which a buffer leaked or had its reference count go wrong. Registered for every test by
 * JUnit's extension auto-detection (the parent pom turns it on), so no test can forget it.
 * <p>
 * After each test it makes Netty look for leaks at once: a leak is only reported once the garbage collector has
 * collected the lost buffer and a later buffer is allocated, so the extension collects garbage, waits for the
 * collector to have queued what it cleared, and allocates a buffer. Reference-count errors are collected as they
 * happen: from Reactor's operator-error hook (which sees them even where an operator swallows them afterwards, as
 * WebClient's {@code releaseBody().onErrorComplete()} does) and from the log (see {@link BufferFaultAppender}).
 */
public final class BufferFaultExtension implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {

	private static final AtomicBoolean hooked = new AtomicBoolean();

	@Override
	public void beforeAll(ExtensionContext context) {
		if (hooked.compareAndSet(false, true)) {
			Hooks.onOperatorError(BufferFaultExtension.class.getName(), (failure, value) -> {
				if (BufferFaults.isReferenceCountError(failure)) {
					BufferFaults.record("a Reactor operator failed with a reference-count error: " + failure);
				}
				return failure;
			});
		}
	}

	@Override
	public void afterEach(ExtensionContext context) {
		ToleratesLeaksFrom tolerated = context.getRequiredTestMethod().getAnnotation(ToleratesLeaksFrom.class);
		failOnFaults("during " + context.getDisplayName(), tolerated);
	}

	@Override
	public void afterAll(ExtensionContext context) {
		failOnFaults("after the tests of " + context.getDisplayName(), null);
	}

	private static void failOnFaults(String when, @Nullable ToleratesLeaksFrom tolerated) {
		reportLeaksNow();
		List<String> faults = new ArrayList<>();
		for (String fault : BufferFaults.drain()) {
			if (tolerated != null && fault.startsWith("LEAK:")
					&& Arrays.stream(tolerated.value()).anyMatch((method) -> fault.contains(method + "("))) {
				System.err.println("Tolerated " + when + " (" + tolerated.reason() + "): "
						+ String.join(System.lineSeparator(), fault.lines().limit(5).toList()));
			}
			else {
				faults.add(fault);
			}
		}
		if (!faults.isEmpty()) {
			throw new AssertionError(faults.size() + " buffer fault(s) " + when + " (leak detection: "
					+ ResourceLeakDetector.getLevel() + "):" + System.lineSeparator()
					+ String.join(System.lineSeparator(), faults));
		}
	}

	/**
	 * Makes Netty report the leaks of buffers that are garbage by now.
	 */
	static void reportLeaksNow() {
		if (!ResourceLeakDetector.isEnabled()) {
			return;
		}
		ReferenceQueue<Object> cleared = new ReferenceQueue<>();
		WeakReference<Object> sentinel = new WeakReference<>(new Object(), cleared);
		for (int round = 0; round < 3 && !sentinel.refersTo(null); round++) {
			System.gc();
		}
		try {
			// the collector's reference handler queues cleared references in the order it found them: once the
			// sentinel is queued, so are the leaked buffers' trackers cleared by the same collection
			cleared.remove(1000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		// the detector looks for collected buffers whenever a buffer is allocated
		ByteBufAllocator.DEFAULT.buffer(1).release();
		UnpooledByteBufAllocator.DEFAULT.buffer(1).release();
	}

}
