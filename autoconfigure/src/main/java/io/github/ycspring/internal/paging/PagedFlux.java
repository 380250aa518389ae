package io.github.ycspring.internal.paging;

import java.util.List;
import java.util.function.Function;

import reactor.core.CoreSubscriber;
import reactor.core.publisher.Flux;

/**
 * A list call as a {@code Flux} of elements, each page contributing the elements {@code explode} makes of it.
 */
final class PagedFlux<T, E> extends Flux<E> {

	private final PageFetcher<T> fetcher;

	private final String firstPageToken;

	private final Function<FetchedPage<T>, List<E>> explode;

	PagedFlux(PageFetcher<T> fetcher, String firstPageToken, Function<FetchedPage<T>, List<E>> explode) {
		this.fetcher = fetcher;
		this.firstPageToken = firstPageToken;
		this.explode = explode;
	}

	@Override
	public void subscribe(CoreSubscriber<? super E> actual) {
		actual.onSubscribe(new PagedSubscription<>(actual, this.fetcher, this.firstPageToken, this.explode));
	}

}
