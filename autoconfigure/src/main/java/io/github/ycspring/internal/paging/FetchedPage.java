package io.github.ycspring.internal.paging;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A page as a List answer's JSON gave it, before it becomes anything public: its items as decoded, not copied, since
 * {@link TokenPagination#items} only hands them on one by one; a {@link io.github.ycspring.core.Page} (which copies)
 * is made only for {@link TokenPagination#pages}.
 *
 * @param items the items, in server order; not to be changed by anyone
 * @param nextPageToken token of the next page, {@code ""} on the last page
 * @param <T> item type
 */
public record FetchedPage<T>(List<T> items, String nextPageToken) {

	/**
	 * A page whose absent items are an empty list and absent token is {@code ""}, as proto3 omits defaults.
	 * @param items the items, {@code null} when absent
	 * @param nextPageToken the token, {@code null} when absent
	 * @param <T> item type
	 * @return the page
	 */
	public static <T> FetchedPage<T> of(@Nullable List<T> items, @Nullable String nextPageToken) {
		return new FetchedPage<>((items != null) ? items : List.of(), (nextPageToken != null) ? nextPageToken : "");
	}

}
