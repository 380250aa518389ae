package io.github.ycspring.emulator;

import org.jspecify.annotations.Nullable;

/** How many of the next created operations must fail, and with which status. */
final class FailurePlan {

	private int remaining;

	private @Nullable RpcStatus status;

	synchronized void failNext(int count, RpcStatus status) {
		this.remaining = EmulatorSettings.nonNegative("count", count);
		this.status = status;
	}

	synchronized void clear() {
		this.remaining = 0;
		this.status = null;
	}

	/** The error the next operation must end with, or {@code null} for success. */
	synchronized @Nullable RpcStatus next() {
		if (this.remaining == 0) {
			return null;
		}
		this.remaining--;
		return this.status;
	}

}
