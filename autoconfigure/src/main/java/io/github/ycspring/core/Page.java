package io.github.ycspring.core;

import java.util.List;
import java.util.Objects;

/**
 * One page of a list call: its items and the token that fetches the next page.
 *
 * @param items items of this page, in server order; never {@code null}
 * @param nextPageToken token of the next page, {@code ""} on the last page
 * @param <T> item type
 */
public record Page<T>(List<T> items, String nextPageToken) {

	/**
	 * Creates a page.
	 * @param items items of this page, in server order
	 * @param nextPageToken token of the next page, {@code ""} on the last page
	 */
	public Page {
		items = List.copyOf(Objects.requireNonNull(items, "items"));
		Objects.requireNonNull(nextPageToken, "nextPageToken");
	}

	/**
	 * Whether the server has more items after this page.
	 * @return {@code true} when {@link #nextPageToken()} is not empty
	 */
	public boolean hasNext() {
		return !this.nextPageToken.isEmpty();
	}

}
