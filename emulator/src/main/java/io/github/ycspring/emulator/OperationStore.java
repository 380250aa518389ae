package io.github.ycspring.emulator;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import tools.jackson.databind.node.ObjectNode;

/** Operations by id and by the resource they act on, in creation order. */
final class OperationStore {

	/** The account the emulated API says started the operations it creates. */
	static final String EMULATOR_ACCOUNT = "ajeemulator000000001";

	private final ConcurrentHashMap<String, EmulatedOperation> operations = new ConcurrentHashMap<>();

	private final ConcurrentHashMap<String, List<EmulatedOperation>> byResource = new ConcurrentHashMap<>();

	private final Set<EmulatedOperation> running = ConcurrentHashMap.newKeySet();

	private final EmulatorSettings settings;

	private final FailurePlan failures;

	OperationStore(EmulatorSettings settings, FailurePlan failures) {
		this.settings = settings;
		this.failures = failures;
	}

	/** Starts an operation as the current settings say it should run. */
	OperationView start(String description, String resourceId, ObjectNode metadata, Outcome outcome) {
		Instant now = Instant.now();
		int polls = this.settings.completeOperationsAfterPolls;
		EmulatedOperation.Completion completion = (polls > 0) ? new EmulatedOperation.Completion.AfterPolls(polls)
				: new EmulatedOperation.Completion.At(now.plus(this.settings.operationDelay));
		EmulatedOperation operation = new EmulatedOperation(Ids.next("fdd"), description, now, EMULATOR_ACCOUNT,
				resourceId, metadata, completion, outcome, this.failures.next(), this.settings.hideNewOperations);
		add(operation);
		this.running.add(operation);
		return operation.view();
	}

	void add(EmulatedOperation operation) {
		this.operations.put(operation.id(), operation);
		this.byResource.computeIfAbsent(operation.resourceId(), (id) -> new CopyOnWriteArrayList<>()).add(operation);
	}

	/** Forgets every operation and resource. */
	void clear() {
		this.running.clear();
		this.operations.clear();
		this.byResource.clear();
	}

	/** Registers a resource (with no operations yet) so listing its operations is not NOT_FOUND. */
	void addResource(String resourceId) {
		this.byResource.computeIfAbsent(resourceId, (id) -> new CopyOnWriteArrayList<>());
	}

	OperationView view(String id) {
		return get(id).view();
	}

	OperationView poll(String id) {
		return get(id).poll(Instant.now());
	}

	OperationView cancel(String id) {
		return get(id).cancel(Instant.now());
	}

	Optional<List<OperationView>> ofResource(String resourceId) {
		return Optional.ofNullable(this.byResource.get(resourceId))
			.map((operations) -> operations.stream().map(EmulatedOperation::view).toList());
	}

	/** Finishes every operation whose time has come, so reads see its effects. */
	void settle() {
		Instant now = Instant.now();
		this.running.removeIf((operation) -> operation.settle(now));
	}

	private EmulatedOperation get(String id) {
		EmulatedOperation operation = this.operations.get(id);
		if (operation == null) {
			throw EmulatedOperation.notFound(id);
		}
		return operation;
	}

}
