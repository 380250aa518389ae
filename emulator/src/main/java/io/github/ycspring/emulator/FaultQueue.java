package io.github.ycspring.emulator;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** Pending faults, consumed in the order they were added by the requests they match. */
final class FaultQueue {

	private final List<Rule> rules = new ArrayList<>();

	synchronized void add(String pathPrefix, Fault fault, int times) {
		if (times <= 0) {
			throw new IllegalArgumentException("times must be positive, was " + times);
		}
		this.rules.add(new Rule(pathPrefix, fault, times));
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
				return rule.fault;
			}
		}
		return null;
	}

	synchronized void clear() {
		this.rules.clear();
	}

	private static final class Rule {

		private final String pathPrefix;

		private final Fault fault;

		private int remaining;

		private Rule(String pathPrefix, Fault fault, int remaining) {
			this.pathPrefix = pathPrefix;
			this.fault = fault;
			this.remaining = remaining;
		}

	}

}
