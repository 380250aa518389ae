package io.github.ycspring.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

import com.sun.management.ThreadMXBean;

/**
 * Per-thread counters of the JVM's live threads, read before and after a run: heap bytes allocated
 * ({@link ThreadMXBean#getThreadAllocatedBytes(long[])}) or CPU time ({@link ThreadMXBean#getThreadCpuTime(long[])}).
 * Reading every thread, not only the caller, is what counts a client's I/O: Netty's event loops and the HTTP clients'
 * pools outlive a run, so what they do for it is in their counters. The in-process servers' threads are told apart by
 * name, so that a figure is the client's alone, or the server's.
 * <p>
 * Limits: a thread that ends between the two readings takes its count with it, and one that starts in between
 * counts from zero (fine: its count is all the run's); the clients' threads live as long as the clients, but a pool
 * thread that idles out during a run is missed. Allocation covers the heap only (TLABs and outside them), not direct
 * buffers or other native memory; neither counter covers the JIT's and GC's own threads. The readings themselves
 * allocate a few kilobytes on the calling thread, which a run of 100,000 images does not notice.
 */
public final class ThreadCounters {

	/** Counts no thread: for runs whose counters nobody reads. */
	public static final ThreadCounters NONE = new ThreadCounters((name) -> false, (ids) -> new long[ids.length]);

	private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();

	private final Predicate<String> counted;

	private final Function<long[], long[]> counters;

	private ThreadCounters(Predicate<String> counted, Function<long[], long[]> counters) {
		this.counted = counted;
		this.counters = counters;
	}

	/**
	 * Heap bytes allocated by every thread but those whose name starts with one of the prefixes.
	 * @param namePrefixes prefixes of the names of threads not to count, such as an in-process server's
	 * @return the counter
	 */
	public static ThreadCounters allocatedBytesExcluding(String... namePrefixes) {
		return new ThreadCounters(excluding(namePrefixes), THREADS::getThreadAllocatedBytes);
	}

	/**
	 * CPU time, in nanoseconds, of every thread but those whose name starts with one of the prefixes.
	 * @param namePrefixes prefixes of the names of threads not to count, such as an in-process server's
	 * @return the counter
	 */
	public static ThreadCounters cpuNanosExcluding(String... namePrefixes) {
		return new ThreadCounters(excluding(namePrefixes), THREADS::getThreadCpuTime);
	}

	private static Predicate<String> excluding(String... namePrefixes) {
		return (name) -> Arrays.stream(namePrefixes).noneMatch(name::startsWith);
	}

	/**
	 * Reads the counter of every counted live thread.
	 * @return the counts so far, by thread id
	 */
	public Map<Long, Long> read() {
		if (this == NONE) {
			// nobody reads these counts: no thread is asked
			return Map.of();
		}
		long[] ids = THREADS.getAllThreadIds();
		long[] counts = this.counters.apply(ids);
		ThreadInfo[] infos = THREADS.getThreadInfo(ids);
		Map<Long, Long> byThread = new HashMap<>();
		for (int i = 0; i < ids.length; i++) {
			// null info or -1: the thread ended while being read
			if (infos[i] != null && counts[i] >= 0 && this.counted.test(infos[i].getThreadName())) {
				byThread.put(ids[i], counts[i]);
			}
		}
		return byThread;
	}

	/**
	 * The count between two readings, thread by thread, so that a thread ended in between does not take its earlier
	 * count off the sum.
	 * @param before the first reading
	 * @param after the second reading
	 * @return the sum
	 */
	public static long between(Map<Long, Long> before, Map<Long, Long> after) {
		long sum = 0;
		for (Map.Entry<Long, Long> thread : after.entrySet()) {
			sum += thread.getValue() - before.getOrDefault(thread.getKey(), 0L);
		}
		return sum;
	}

}
