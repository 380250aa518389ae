package io.github.ycspring.emulator;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** A routed request: the recorded request and the values of its path's variables. */
record Call(RecordedRequest request, List<String> pathParams) {

	/** A path variable, checked like a resource id (at most 50 characters). */
	String id(int index, String field) {
		return Validation.requiredId(field, this.pathParams.get(index));
	}

	/** A query parameter, {@code ""} when absent. */
	String query(String name) {
		return this.request.query().getOrDefault(name, "");
	}

	@Nullable String header(String name) {
		return this.request.header(name);
	}

	String body() {
		return this.request.body();
	}

}
