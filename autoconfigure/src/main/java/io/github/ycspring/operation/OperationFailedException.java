package io.github.ycspring.operation;

import io.github.ycspring.core.Code;
import io.github.ycspring.core.YandexCloudException;

/**
 * An operation finished with an error. The code and message are the operation's own.
 */
public class OperationFailedException extends YandexCloudException {

	/** The failed operation. */
	private final Operation operation;

	/**
	 * Creates the exception for a failed operation.
	 * @param operation the finished operation; its {@code error} must be set
	 */
	public OperationFailedException(Operation operation) {
		super(codeOf(operation), 0, "operation " + operation.id() + " (" + operation.description() + ") failed: "
				+ ((operation.error() != null) ? operation.error().message() : "(no error)"), null, null, null);
		this.operation = operation;
	}

	private static Code codeOf(Operation operation) {
		return (operation.error() != null) ? operation.error().grpcCode() : Code.UNKNOWN;
	}

	/**
	 * The failed operation, with its error.
	 * @return the operation
	 */
	public Operation operation() {
		return this.operation;
	}

}
