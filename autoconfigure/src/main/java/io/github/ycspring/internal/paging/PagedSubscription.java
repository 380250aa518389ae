package io.github.ycspring.internal.paging;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import io.github.ycspring.core.Code;
import io.github.ycspring.internal.http.CallIds;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Subscription;
import reactor.core.CoreSubscriber;
import reactor.core.Disposable;
import reactor.core.publisher.BaseSubscriber;
import reactor.core.publisher.Operators;
import reactor.util.context.Context;

/**
 * The state machine behind {@link TokenPagination}: a serialized drain loop (one thread at a time, any thread) that
 * emits fetched elements as demand allows and starts the next fetch when demand outruns what is held.
 * <p>
 * Why not Reactor's operators: the list must keep two promises at once. "{@code take(5)} costs one request" needs
 * fetching driven by the subscriber's outstanding demand in items; "one page fetched ahead" needs the next request
 * started while the current page is still being emitted. {@code expand} (or a recursive {@code concatWith}) plus
 * {@code concatMapIterable} cannot do both: {@code expand} subscribes to the next page as soon as it has one, and
 * {@code concatMapIterable} prefetches upstream regardless of how few items downstream asked for, so a
 * {@code take(5)} fetches two or more pages; lowering the prefetch to one page gives the first promise and loses the
 * second (no page travels while one is consumed). Comparing demand with the items held, as this loop does, keeps
 * both, with at most one request in flight and at most two pages held.
 */
final class PagedSubscription<T, E> implements Subscription {

	/** Pages held at once: the one being consumed and the one fetched ahead. */
	private static final int MAX_PAGES_HELD = 2;

	private final CoreSubscriber<? super E> actual;

	private final PageFetcher<T> fetcher;

	private final Function<FetchedPage<T>, List<E>> explode;

	private final AtomicLong requested = new AtomicLong();

	private final AtomicInteger wip = new AtomicInteger();

	/** Fetched pages not yet fully emitted; written by the fetch callback, read by the drain loop. */
	private final Queue<List<E>> pages = new ConcurrentLinkedQueue<>();

	private final AtomicLong heldElements = new AtomicLong();

	/** Position in the head page; touched by the drain loop only. */
	private int headIndex;

	private volatile String nextToken;

	private volatile boolean exhausted;

	private volatile boolean inFlight;

	private volatile boolean cancelled;

	private volatile @Nullable Throwable error;

	private volatile @Nullable Disposable fetch;

	PagedSubscription(CoreSubscriber<? super E> actual, PageFetcher<T> fetcher, String firstPageToken,
			Function<FetchedPage<T>, List<E>> explode) {
		this.actual = actual;
		this.fetcher = fetcher;
		this.explode = explode;
		this.nextToken = firstPageToken;
	}

	@Override
	public void request(long n) {
		if (Operators.validate(n)) {
			this.requested.getAndUpdate((current) -> Operators.addCap(current, n));
			drain();
		}
	}

	@Override
	public void cancel() {
		this.cancelled = true;
		Disposable inFlightFetch = this.fetch;
		if (inFlightFetch != null) {
			inFlightFetch.dispose();
		}
		drain();
	}

	private void drain() {
		if (this.wip.getAndIncrement() != 0) {
			return;
		}
		int missed = 1;
		do {
			if (this.cancelled) {
				this.pages.clear();
				return;
			}
			// Fetch before emitting, so the next page travels while the subscriber consumes this one.
			fetchIfDemandOutrunsHeld();
			emitWhileDemanded();
			if (this.cancelled) {
				this.pages.clear();
				return;
			}
			if (this.pages.isEmpty() && !this.inFlight) {
				Throwable failure = this.error;
				if (failure != null) {
					this.actual.onError(failure);
					return;
				}
				if (this.exhausted) {
					this.actual.onComplete();
					return;
				}
			}
			fetchIfDemandOutrunsHeld();
			missed = this.wip.addAndGet(-missed);
		}
		while (missed != 0);
	}

	private void fetchIfDemandOutrunsHeld() {
		if (this.inFlight || this.exhausted || this.error != null || this.cancelled
				|| this.pages.size() >= MAX_PAGES_HELD || this.requested.get() <= this.heldElements.get()) {
			return;
		}
		this.inFlight = true;
		String token = this.nextToken;
		PageReceiver receiver = new PageReceiver(token);
		this.fetch = receiver;
		this.fetcher.fetch(token).subscribe(receiver);
	}

	/**
	 * Emits from the held pages as far as the demand goes, a page at a time. The counters are brought up to date once
	 * per call, not per item: only this loop's caller reads them in between.
	 */
	private void emitWhileDemanded() {
		long demand = this.requested.get();
		long emitted = 0;
		List<E> head;
		while (emitted != demand && !this.cancelled && (head = this.pages.peek()) != null) {
			int size = head.size();
			int index = this.headIndex;
			while (index < size && emitted != demand && !this.cancelled) {
				this.actual.onNext(head.get(index++));
				emitted++;
			}
			if (index >= size) {
				this.pages.poll();
				index = 0;
			}
			this.headIndex = index;
		}
		if (emitted != 0) {
			this.heldElements.addAndGet(-emitted);
			if (demand != Long.MAX_VALUE) {
				this.requested.addAndGet(-emitted);
			}
		}
	}

	private void onPage(String sentToken, FetchedPage<T> page) {
		String received = page.nextPageToken();
		if (!received.isEmpty() && received.equals(sentToken)) {
			this.error = CallIds.none()
				.failure(Code.INTERNAL, 200, "the server answered page token '" + sentToken
						+ "' with the same token as the next one; stopping instead of fetching the same page forever",
						null);
			this.inFlight = false;
			drain();
			return;
		}
		List<E> elements = this.explode.apply(page);
		if (!elements.isEmpty()) {
			this.heldElements.addAndGet(elements.size());
			this.pages.offer(elements);
		}
		this.nextToken = received;
		this.exhausted = received.isEmpty();
		this.inFlight = false;
		drain();
	}

	private void onFetchError(Throwable failure) {
		this.error = failure;
		this.inFlight = false;
		drain();
	}

	/** Receives one fetch; its own flag tells an empty answer from a late completion signal. */
	private final class PageReceiver extends BaseSubscriber<FetchedPage<T>> {

		private final String sentToken;

		private boolean received;

		PageReceiver(String sentToken) {
			this.sentToken = sentToken;
		}

		@Override
		public Context currentContext() {
			return PagedSubscription.this.actual.currentContext();
		}

		@Override
		protected void hookOnNext(FetchedPage<T> page) {
			this.received = true;
			onPage(this.sentToken, page);
		}

		@Override
		protected void hookOnError(Throwable failure) {
			onFetchError(failure);
		}

		@Override
		protected void hookOnComplete() {
			if (!this.received) {
				onFetchError(CallIds.none()
					.failure(Code.INTERNAL, 200, "the server answered page token '" + this.sentToken + "' with no page",
							null));
			}
		}

	}

}
