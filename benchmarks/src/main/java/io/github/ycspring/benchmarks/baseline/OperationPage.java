package io.github.ycspring.benchmarks.baseline;

import java.util.List;

import io.github.ycspring.operation.Operation;
import org.jspecify.annotations.Nullable;

/**
 * A ListOperations response as the baselines decode it, into the same {@link Operation} record our client uses.
 *
 * @param operations the page's operations
 * @param nextPageToken token of the next page; absent or empty on the last
 */
public record OperationPage(List<Operation> operations, String nextPageToken) {

	/**
	 * Puts defaults where the JSON had no value.
	 * @param operations the operations or {@code null}
	 * @param nextPageToken the token or {@code null}
	 */
	public OperationPage(@Nullable List<Operation> operations, @Nullable String nextPageToken) {
		this.operations = (operations != null) ? operations : List.of();
		this.nextPageToken = (nextPageToken != null) ? nextPageToken : "";
	}

	/**
	 * Whether another page follows.
	 * @return whether the token is non-empty
	 */
	public boolean hasNext() {
		return !this.nextPageToken.isEmpty();
	}

}
