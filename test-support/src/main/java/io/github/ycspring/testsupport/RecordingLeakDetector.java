package io.github.ycspring.testsupport;

import io.netty.util.ResourceLeakDetector;

/**
 * Netty's leak detector, which notes each leak it finds in {@link BufferFaults} instead of logging it, so that a leak
 * fails a test instead of leaving a log line nobody reads. Netty creates it for every resource type when the system property
 * {@code io.netty.customResourceLeakDetector} names this class (the parent pom sets it for every test JVM).
 *
 * @param <T> type of the tracked resource
 */
public final class RecordingLeakDetector<T> extends ResourceLeakDetector<T> {

	/**
	 * Creates the detector, as Netty's factory does.
	 * @param resourceType type of the tracked resource
	 * @param samplingInterval how often a resource is tracked below {@code paranoid}
	 */
	public RecordingLeakDetector(Class<?> resourceType, int samplingInterval) {
		super(resourceType, samplingInterval);
	}

	/**
	 * Creates the detector, as Netty's factory does first (it logs an error when a custom detector lacks this one).
	 * @param resourceType type of the tracked resource
	 * @param samplingInterval how often a resource is tracked below {@code paranoid}
	 * @param maxActive ignored, as Netty ignores it
	 */
	public RecordingLeakDetector(Class<?> resourceType, int samplingInterval, long maxActive) {
		this(resourceType, samplingInterval);
	}

	/** Reports whatever the log level: a leak fails the test even where Netty's error logging is off. */
	@Override
	protected boolean needReport() {
		return true;
	}

	@Override
	protected void reportTracedLeak(String resourceType, String records) {
		// recorded instead of logged: the failing test prints it, once
		BufferFaults.record("LEAK: a " + resourceType + " was garbage-collected without being released:" + records);
	}

	@Override
	protected void reportUntracedLeak(String resourceType) {
		BufferFaults.record("LEAK: a " + resourceType + " was garbage-collected without being released");
	}

}
