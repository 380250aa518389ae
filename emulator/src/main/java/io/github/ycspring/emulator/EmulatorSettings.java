package io.github.ycspring.emulator;

import java.time.Duration;

/** Behaviour a test may change while the emulator runs; read once per request or operation. */
final class EmulatorSettings {

	volatile Duration latency = Duration.ZERO;

	volatile Duration operationDelay = Duration.ofMillis(200);

	/** {@code 0}: operations complete by time (operationDelay). */
	volatile int completeOperationsAfterPolls;

	/** {@code ZERO}: no {@code x-operation-poll-interval} header. */
	volatile Duration operationPollInterval = Duration.ZERO;

	volatile int hideNewOperations;

	volatile Duration issuedTokenLifetime = Duration.ofHours(12);

	volatile boolean metadataService = true;

	static Duration nonNegative(String name, Duration value) {
		if (value.isNegative()) {
			throw new IllegalArgumentException(name + " must not be negative, was " + value);
		}
		return value;
	}

	static Duration positive(String name, Duration value) {
		if (value.isNegative() || value.isZero()) {
			throw new IllegalArgumentException(name + " must be positive, was " + value);
		}
		return value;
	}

	static int nonNegative(String name, int value) {
		if (value < 0) {
			throw new IllegalArgumentException(name + " must not be negative, was " + value);
		}
		return value;
	}

}
