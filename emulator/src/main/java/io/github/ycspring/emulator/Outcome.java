package io.github.ycspring.emulator;

import java.util.function.Supplier;

import tools.jackson.databind.node.ObjectNode;

/** What an operation's work does to the emulated resources when the operation ends. */
interface Outcome {

	/** An outcome that touches nothing and responds google.protobuf.Empty. */
	Outcome NONE = of(Outcome::empty, () -> {
	});

	/**
	 * Applies the change; returns the operation's response (an Any). May throw
	 * {@link ApiException}, which ends the operation with that error.
	 */
	ObjectNode complete();

	/** Rolls back what the request already did, when the operation fails or is cancelled. */
	void abort();

	static Outcome of(Supplier<ObjectNode> complete, Runnable abort) {
		return new Outcome() {

			@Override
			public ObjectNode complete() {
				return complete.get();
			}

			@Override
			public void abort() {
				abort.run();
			}

		};
	}

	/** The Any response of operations whose method returns nothing, such as Delete. */
	static ObjectNode empty() {
		return ProtoJson.any("google.protobuf.Empty", ProtoJson.object());
	}

}
