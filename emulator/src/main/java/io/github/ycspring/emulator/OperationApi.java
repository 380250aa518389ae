package io.github.ycspring.emulator;

import java.math.BigDecimal;
import java.time.Duration;

/** The OperationService endpoints. */
final class OperationApi {

	private final OperationStore operations;

	private final EmulatorSettings settings;

	OperationApi(OperationStore operations, EmulatorSettings settings) {
		this.operations = operations;
		this.settings = settings;
	}

	void addRoutes(Router router) {
		router.route("GET", "/operations/{operationId}", this::get)
			// GET in the API definition; one documentation page says POST, so accept both
			.route("GET", "/operations/{operationId}:cancel", this::cancel)
			.route("POST", "/operations/{operationId}:cancel", this::cancel);
	}

	private Reply get(Call call) {
		Reply reply = Reply.json(this.operations.poll(call.id(0, "operation_id")).toJson());
		Duration interval = this.settings.operationPollInterval;
		return interval.isZero() ? reply : reply.withHeader("x-operation-poll-interval", seconds(interval));
	}

	private Reply cancel(Call call) {
		return Reply.json(this.operations.cancel(call.id(0, "operation_id")).toJson());
	}

	/** Whole seconds as an integer ("2"), anything else as a decimal ("0.05"). */
	static String seconds(Duration duration) {
		return BigDecimal.valueOf(duration.toNanos(), 9).stripTrailingZeros().toPlainString();
	}

}
