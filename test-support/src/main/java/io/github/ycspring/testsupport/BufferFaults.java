package io.github.ycspring.testsupport;

import java.util.ArrayList;
import java.util.List;

import io.netty.util.IllegalReferenceCountException;
import org.jspecify.annotations.Nullable;

/**
 * The buffer faults seen since the last {@link #drain()}: leaks Netty reported, and reference-count errors, wherever
 * they surfaced. Every source writes here; {@link BufferFaultExtension} reads.
 */
public final class BufferFaults {

	private static final List<String> seen = new ArrayList<>();

	private BufferFaults() {
	}

	/**
	 * Notes a fault.
	 * @param description what was seen, with where it was seen
	 */
	public static synchronized void record(String description) {
		seen.add(description);
	}

	/**
	 * The faults seen since the last call, which are then forgotten.
	 * @return the faults, oldest first
	 */
	public static synchronized List<String> drain() {
		List<String> drained = List.copyOf(seen);
		seen.clear();
		return drained;
	}

	/**
	 * Whether a failure is a buffer's reference count gone wrong: Netty's exception, or the assertion its leak-aware
	 * buffers make (tests run with {@code -ea}) when a buffer whose leak record is closed is released again.
	 * @param failure the failure, with its causes
	 * @return {@code true} if it or one of its causes is one
	 */
	public static boolean isReferenceCountError(@Nullable Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof IllegalReferenceCountException || (cause instanceof AssertionError
					&& cause.getStackTrace().length > 0 && cause.getStackTrace()[0].getClassName().contains("LeakAware"))) {
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

}
