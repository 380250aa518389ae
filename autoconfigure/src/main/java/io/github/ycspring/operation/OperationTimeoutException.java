package io.github.ycspring.operation;

import java.time.Duration;

import io.github.ycspring.core.Code;
import io.github.ycspring.core.YandexCloudException;
import org.jspecify.annotations.Nullable;

/**
 * Waiting for an operation reached its deadline before the operation finished.
 * <p>
 * Only the waiting stopped: the operation goes on in Yandex Cloud. Poll it again later, or cancel it with
 * {@link OperationClient#cancel(String)}.
 */
public class OperationTimeoutException extends YandexCloudException {

	/** Last state seen before the deadline. */
	private final @Nullable Operation operation;

	/**
	 * Creates the exception.
	 * @param operationId id of the operation waited for
	 * @param timeout how long the wait lasted
	 * @param operation last state seen, or {@code null} when none was seen
	 */
	public OperationTimeoutException(String operationId, Duration timeout, @Nullable Operation operation) {
		super(Code.DEADLINE_EXCEEDED, 0, "operation " + operationId + " was not done after " + timeout
				+ "; it goes on in Yandex Cloud (waiting does not cancel it)", null, null, null);
		this.operation = operation;
	}

	/**
	 * The last state of the operation seen before the deadline.
	 * @return the operation, or {@code null} when no state was seen
	 */
	public @Nullable Operation operation() {
		return this.operation;
	}

}
