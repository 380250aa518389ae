package io.github.ycspring.emulator;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The most recent requests, oldest first. Bounded so a long benchmark run does not exhaust
 * memory.
 */
final class RequestLog {

	static final int CAPACITY = 100_000;

	private final Deque<RecordedRequest> requests = new ArrayDeque<>();

	synchronized void add(RecordedRequest request) {
		if (this.requests.size() == CAPACITY) {
			this.requests.removeFirst();
		}
		this.requests.addLast(request);
	}

	synchronized List<RecordedRequest> all() {
		return List.copyOf(this.requests);
	}

	synchronized long count(String method, String pathPrefix) {
		return this.requests.stream()
			.filter((request) -> request.method().equalsIgnoreCase(method) && request.path().startsWith(pathPrefix))
			.count();
	}

	synchronized void clear() {
		this.requests.clear();
	}

}
