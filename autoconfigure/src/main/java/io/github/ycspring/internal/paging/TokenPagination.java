package io.github.ycspring.internal.paging;

import java.util.List;

import io.github.ycspring.core.Page;
import reactor.core.publisher.Flux;

/**
 * Streams a token-paginated list call, page by page, driven by the subscriber's demand.
 * <p>
 * A page is requested only when the subscriber has asked for more items than are already fetched, at most one
 * request is in flight and at most two pages are held: so {@code take(5)} costs one request, while an unbounded
 * subscriber has page <i>k+1</i> on its way while it consumes page <i>k</i>. The list ends on an empty
 * {@code nextPageToken}; an empty page that carries a token is skipped over; a page whose token repeats the one
 * just sent fails the stream instead of looping forever. Nothing is fetched before subscription, and cancelling
 * the subscription cancels the request in flight.
 */
public final class TokenPagination {

	private TokenPagination() {
	}

	/**
	 * Every item of the list, in order.
	 * @param fetcher fetches one page
	 * @param firstPageToken token to start from, {@code ""} for the beginning
	 * @param <T> item type
	 * @return the items
	 */
	public static <T> Flux<T> items(PageFetcher<T> fetcher, String firstPageToken) {
		return new PagedFlux<>(fetcher, firstPageToken, FetchedPage::items);
	}

	/**
	 * Every page of the list, in order, including empty pages that carry a token.
	 * @param fetcher fetches one page
	 * @param firstPageToken token to start from, {@code ""} for the beginning
	 * @param <T> item type
	 * @return the pages
	 */
	public static <T> Flux<Page<T>> pages(PageFetcher<T> fetcher, String firstPageToken) {
		return new PagedFlux<>(fetcher, firstPageToken,
				(page) -> List.of(new Page<>(page.items(), page.nextPageToken())));
	}

}
