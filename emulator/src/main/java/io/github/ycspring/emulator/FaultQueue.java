package io.github.ycspring.emulator;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

import org.jspecify.annotations.Nullable;

/** Pending faults, consumed in the order they were added by the requests they match. */
final class FaultQueue {

	private final List<Rule> rules = new ArrayList<>();

	synchronized void add(String pathPrefix, Fault fault, int times) {
		this.rules.add(new Rule(pathPrefix, List.of(fault), 1.0, null, times));
	}

	/**
	 * Faults a seeded random share of the next matching requests, taking the faults in turn; the other requests
	 * of the run are served normally.
	 */
	synchronized void addRandom(String pathPrefix, List<Fault> faults, double share, long seed, int times) {
		if (!(share >= 0 && share <= 1)) {
			throw new IllegalArgumentException("share must be between 0 and 1, was " + share);
		}
		this.rules.add(new Rule(pathPrefix, List.copyOf(faults), share, new Random(seed), times));
	}

	/**
	 * Takes the fault that applies to a request for this path, if any.
	 */
	synchronized @Nullable Fault take(String path) {
		for (Iterator<Rule> iterator = this.rules.iterator(); iterator.hasNext();) {
			Rule rule = iterator.next();
			if (path.startsWith(rule.pathPrefix)) {
				if (--rule.remaining == 0) {
					iterator.remove();
				}
				return rule.next();
			}
		}
		return null;
	}

	synchronized void clear() {
		this.rules.clear();
	}

	private static final class Rule {

		private final String pathPrefix;

		private final List<Fault> faults;

		private final double share;

		private final @Nullable Random random;

		private int remaining;

		private int turn;

		private Rule(String pathPrefix, List<Fault> faults, double share, @Nullable Random random, int remaining) {
			if (remaining <= 0) {
				throw new IllegalArgumentException("times must be positive, was " + remaining);
			}
			this.pathPrefix = pathPrefix;
			this.faults = faults;
			this.share = share;
			this.random = random;
			this.remaining = remaining;
		}

		private @Nullable Fault next() {
			if (this.random != null && this.random.nextDouble() >= this.share) {
				return null;
			}
			return this.faults.get(this.turn++ % this.faults.size());
		}

	}

}
