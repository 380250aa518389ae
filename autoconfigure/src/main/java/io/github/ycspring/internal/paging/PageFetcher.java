package io.github.ycspring.internal.paging;

import reactor.core.publisher.Mono;

/**
 * Fetches one page of a list call.
 *
 * @param <T> item type
 */
@FunctionalInterface
public interface PageFetcher<T> {

	/**
	 * Fetches the page a token points at. Nothing may happen before the returned {@code Mono} is subscribed.
	 * @param pageToken token of the page, {@code ""} for the first page
	 * @return the page
	 */
	Mono<FetchedPage<T>> fetch(String pageToken);

}
