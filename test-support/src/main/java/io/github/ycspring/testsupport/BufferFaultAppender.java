package io.github.ycspring.testsupport;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.AppenderBase;
import org.jspecify.annotations.Nullable;

/**
 * Notes in {@link BufferFaults} every log event that speaks of a leak or of a reference-count error: what Netty,
 * Reactor Netty and Spring log when a released buffer is used again on an event loop, where no test would see the
 * exception. Each module's {@code logback-test.xml} attaches it to the root logger.
 */
public final class BufferFaultAppender extends AppenderBase<ILoggingEvent> {

	@Override
	protected void append(ILoggingEvent event) {
		String message = event.getFormattedMessage();
		if ((message != null && (message.contains("LEAK:") || message.contains("IllegalReferenceCountException")))
				|| mentionsReferenceCount(event.getThrowableProxy())) {
			IThrowableProxy thrown = event.getThrowableProxy();
			BufferFaults.record("logged by " + event.getLoggerName() + " on " + event.getThreadName() + ": " + message
					+ ((thrown != null) ? System.lineSeparator() + ThrowableProxyUtil.asString(thrown) : ""));
		}
	}

	private static boolean mentionsReferenceCount(@Nullable IThrowableProxy thrown) {
		for (IThrowableProxy cause = thrown; cause != null; cause = cause.getCause()) {
			if (cause.getClassName().endsWith("IllegalReferenceCountException")) {
				return true;
			}
		}
		return false;
	}

}
