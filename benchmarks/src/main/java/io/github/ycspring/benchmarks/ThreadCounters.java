package io.github.ycspring.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

import com.sun.management.ThreadMXBean;

/**
 * Heap bytes allocated by the JVM's live threads, from HotSpot's per-thread counters
 * ({@link ThreadMXBean#getThreadAllocatedBytes(long[])}), read before and after a run. Reading every thread, not only
 * the caller, is what counts a client's I/O: Netty's event loops and the HTTP clients' pools outlive a run, so what
 * they allocate for it is in their counters. The in-process servers' threads are left out by name, so that the
 * figure is the client's alone.
 * <p>
 * Limits: a thread that ends between the two readings takes what it allocated with it, and one that starts in between
 * counts from zero (fine: its bytes are all the run's); the clients' threads live as long as the clients, but a pool
 * thread that idles out during a run is missed. The counters cover heap allocation only (TLABs and outside them), not
 * direct buffers or other native memory, nor the JIT's and GC's own threads. The readings themselves allocate a few
 * kilobytes on the calling thread, which a run of 100,000 images does not notice.
 */
public final class Allocations {

	/** Counts no thread: for runs whose allocation nobody reads. */
	public static final Allocations NONE = new Allocations((name) -> false);

	private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();

	private final Predicate<String> counted;

	private Allocations(Predicate<String> counted) {
		this.counted = counted;
	}

	/**
	 * Counts every thread but those whose name starts with one of the prefixes.
	 * @param namePrefixes prefixes of the names of threads not to count, such as an in-process server's
	 * @return the counter
	 */
	public static Allocations excludingThreads(String... namePrefixes) {
		return new Allocations((name) -> Arrays.stream(namePrefixes).noneMatch(name::startsWith));
	}

	/**
	 * Reads the counter of every counted live thread.
	 * @return bytes allocated so far, by thread id
	 */
	public Map<Long, Long> read() {
		long[] ids = THREADS.getAllThreadIds();
		long[] bytes = THREADS.getThreadAllocatedBytes(ids);
		ThreadInfo[] infos = THREADS.getThreadInfo(ids);
		Map<Long, Long> byThread = new HashMap<>();
		for (int i = 0; i < ids.length; i++) {
			// null info or -1 bytes: the thread ended while being read
			if (infos[i] != null && bytes[i] >= 0 && this.counted.test(infos[i].getThreadName())) {
				byThread.put(ids[i], bytes[i]);
			}
		}
		return byThread;
	}

	/**
	 * Bytes allocated between two readings, thread by thread, so that a thread ended in between does not take its
	 * earlier bytes off the sum.
	 * @param before the first reading
	 * @param after the second reading
	 * @return the bytes
	 */
	public static long between(Map<Long, Long> before, Map<Long, Long> after) {
		long bytes = 0;
		for (Map.Entry<Long, Long> thread : after.entrySet()) {
			bytes += thread.getValue() - before.getOrDefault(thread.getKey(), 0L);
		}
		return bytes;
	}

}
