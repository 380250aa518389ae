package io.github.ycspring.emulator;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * {@code Idempotency-Key}: a mutating request repeated with the same key gets the operation
 * the first one started, and starts nothing.
 */
final class Idempotency {

	private final ConcurrentHashMap<String, String> operationIds = new ConcurrentHashMap<>();

	private final OperationStore operations;

	Idempotency(OperationStore operations) {
		this.operations = operations;
	}

	void clear() {
		this.operationIds.clear();
	}

	OperationView run(Call call, Supplier<OperationView> start) {
		String key = call.header("Idempotency-Key");
		if (key == null || key.isBlank()) {
			return start.get();
		}
		String scopedKey = call.request().method() + " " + call.request().path() + " " + key;
		// a rejected request maps nothing, so a corrected retry with the same key proceeds
		String operationId = this.operationIds.computeIfAbsent(scopedKey, (k) -> start.get().id());
		return this.operations.view(operationId);
	}

}
