package io.github.ycspring.emulator;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * A long-running operation. It becomes done lazily, when read: at a point in time, on its
 * n-th poll, or never; nothing runs in the background.
 */
final class EmulatedOperation {

	/** When an operation becomes done. */
	sealed interface Completion {

		/** Done at this time. */
		record At(Instant time) implements Completion {
		}

		/** Done on this GET of the operation. */
		record AfterPolls(int polls) implements Completion {
		}

		/** Not done until cancelled. */
		record Never() implements Completion {
		}

	}

	private final String id;

	private final String description;

	private final Instant createdAt;

	private final String createdBy;

	private final String resourceId;

	private final ObjectNode metadata;

	private final Completion completion;

	private final Outcome outcome;

	private final @Nullable RpcStatus plannedError;

	private int hiddenPolls;

	private int polls;

	private Instant modifiedAt;

	private boolean done;

	private @Nullable RpcStatus error;

	private @Nullable ObjectNode response;

	EmulatedOperation(String id, String description, Instant createdAt, String createdBy, String resourceId,
			ObjectNode metadata, Completion completion, Outcome outcome, @Nullable RpcStatus plannedError,
			int hiddenPolls) {
		this.id = id;
		this.description = description;
		this.createdAt = createdAt;
		this.createdBy = createdBy;
		this.resourceId = resourceId;
		this.metadata = metadata;
		this.completion = completion;
		this.outcome = outcome;
		this.plannedError = plannedError;
		this.hiddenPolls = hiddenPolls;
		this.modifiedAt = createdAt;
	}

	/** An operation that is already over, with a response or an error (seed data). */
	static EmulatedOperation finished(String id, String description, Instant createdAt, String createdBy,
			String resourceId, ObjectNode metadata, Instant modifiedAt, @Nullable RpcStatus error,
			@Nullable ObjectNode response) {
		EmulatedOperation operation = new EmulatedOperation(id, description, createdAt, createdBy, resourceId,
				metadata, new Completion.Never(), Outcome.NONE, null, 0);
		operation.done = true;
		operation.modifiedAt = modifiedAt;
		operation.error = error;
		operation.response = response;
		return operation;
	}

	String id() {
		return this.id;
	}

	String resourceId() {
		return this.resourceId;
	}

	synchronized OperationView view() {
		return new OperationView(this.id, this.description, this.createdAt, this.createdBy, this.modifiedAt,
				this.done, this.metadata, this.error, this.response);
	}

	/**
	 * Finishes the operation if its time has come.
	 * @return whether it is done
	 */
	synchronized boolean settle(Instant now) {
		if (!this.done && this.completion instanceof Completion.At at && !now.isBefore(at.time())) {
			finish(at.time());
		}
		return this.done;
	}

	/**
	 * A GET of the operation: NOT_FOUND while it is still hidden, otherwise counts the poll
	 * and finishes the operation if this is the poll it waits for.
	 */
	synchronized OperationView poll(Instant now) {
		if (this.hiddenPolls > 0) {
			this.hiddenPolls--;
			throw notFound(this.id);
		}
		this.polls++;
		if (!this.done && this.completion instanceof Completion.AfterPolls after && this.polls >= after.polls()) {
			finish(now);
		}
		return view();
	}

	/** Cancels a running operation; a finished one stays as it is. */
	synchronized OperationView cancel(Instant now) {
		if (!this.done) {
			this.outcome.abort();
			end(now, new RpcStatus(GrpcCode.CANCELLED.value(), "operation cancelled"), null);
		}
		return view();
	}

	static ApiException notFound(String id) {
		return ApiException.notFound("Operation " + id + " not found");
	}

	private void finish(Instant at) {
		if (this.plannedError != null) {
			this.outcome.abort();
			end(at, this.plannedError, null);
			return;
		}
		try {
			end(at, null, this.outcome.complete());
		}
		catch (ApiException ex) {
			end(at, RpcStatus.of(ex), null);
		}
	}

	private void end(Instant at, @Nullable RpcStatus endError, @Nullable ObjectNode endResponse) {
		this.done = true;
		this.modifiedAt = at;
		this.error = endError;
		this.response = endResponse;
	}

}
