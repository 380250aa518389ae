package io.github.ycspring.internal.paging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import io.github.ycspring.core.Page;
import io.github.ycspring.core.YandexCloudException;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demand contract of {@link TokenPagination}, against a scripted server that counts requests.
 */
class TokenPaginationTests {

	/** A list of {@code total} numbered items served in pages of {@code pageSize}, counting fetches. */
	static final class ScriptedList implements PageFetcher<Integer> {

		final List<String> tokensSent = new CopyOnWriteArrayList<>();

		final int total;

		final int pageSize;

		ScriptedList(int total, int pageSize) {
			this.total = total;
			this.pageSize = pageSize;
		}

		@Override
		public Mono<FetchedPage<Integer>> fetch(String pageToken) {
			return Mono.fromSupplier(() -> {
				this.tokensSent.add(pageToken);
				int from = pageToken.isEmpty() ? 0 : Integer.parseInt(pageToken);
				int to = Math.min(this.total, from + this.pageSize);
				List<Integer> items = IntStream.range(from, to).boxed().toList();
				return new FetchedPage<>(items, (to < this.total) ? Integer.toString(to) : "");
			});
		}

		int requests() {
			return this.tokensSent.size();
		}

	}

	@Test
	void fetchesNothingBeforeSubscription() {
		ScriptedList list = new ScriptedList(10, 3);
		TokenPagination.items(list, "");
		assertThat(list.requests()).isZero();
	}

	@Test
	void takeFiveOfThreePagesSendsOneRequest() {
		ScriptedList list = new ScriptedList(2345, 1000);
		StepVerifier.create(TokenPagination.items(list, "").take(5)).expectNext(0, 1, 2, 3, 4).verifyComplete();
		assertThat(list.requests()).isEqualTo(1);
	}

	@Test
	void streamsEveryItemOnceInOrderInThreeRequests() {
		ScriptedList list = new ScriptedList(2345, 1000);
		List<Integer> items = TokenPagination.items(list, "").collectList().block();
		assertThat(items).containsExactlyElementsOf(IntStream.range(0, 2345).boxed().toList());
		assertThat(list.tokensSent).containsExactly("", "1000", "2000");
	}

	@Test
	void emptyListSendsOneRequestAndCompletes() {
		ScriptedList list = new ScriptedList(0, 1000);
		StepVerifier.create(TokenPagination.items(list, "")).verifyComplete();
		assertThat(list.requests()).isEqualTo(1);
	}

	@Test
	void requestsTheNextPageOnlyWhenDemandOutrunsWhatIsHeld() {
		ScriptedList list = new ScriptedList(30, 10);
		StepVerifier.create(TokenPagination.items(list, ""), 0)
			.then(() -> assertThat(list.requests()).isZero())
			.thenRequest(10)
			.expectNextCount(10)
			.then(() -> assertThat(list.requests()).isEqualTo(1))
			.thenRequest(1)
			.expectNext(10)
			.then(() -> assertThat(list.requests()).isEqualTo(2))
			.thenRequest(19)
			.expectNextCount(19)
			.verifyComplete();
		assertThat(list.requests()).isEqualTo(3);
	}

	@Test
	void unboundedSubscriberHasTheNextPageFetchedWhileItConsumesThisOne() {
		Map<String, Sinks.One<FetchedPage<Integer>>> pending = new java.util.concurrent.ConcurrentHashMap<>();
		List<String> sent = new CopyOnWriteArrayList<>();
		PageFetcher<Integer> slow = (token) -> Mono.defer(() -> {
			sent.add(token);
			return pending.computeIfAbsent(token, (t) -> Sinks.one()).asMono();
		});
		List<String> sentWhenFirstItemArrived = new ArrayList<>();
		StepVerifier.create(TokenPagination.items(slow, ""))
			.then(() -> pending.get("").tryEmitValue(new FetchedPage<>(List.of(1, 2), "b")))
			.assertNext((item) -> sentWhenFirstItemArrived.addAll(sent))
			.expectNext(2)
			.then(() -> pending.get("b").tryEmitValue(new FetchedPage<>(List.of(3), "")))
			.expectNext(3)
			.verifyComplete();
		assertThat(sentWhenFirstItemArrived).containsExactly("", "b");
	}

	@Test
	void holdsAtMostTwoPagesWhenTheConsumerIsSlow() {
		ScriptedList list = new ScriptedList(10_000, 100);
		AtomicInteger maxAhead = new AtomicInteger();
		AtomicInteger consumed = new AtomicInteger();
		Flux<Integer> items = TokenPagination.items(list, "")
			.doOnNext((item) -> maxAhead.accumulateAndGet(list.requests() * 100 - consumed.incrementAndGet(),
					Math::max));
		StepVerifier.create(items.limitRate(7)).expectNextCount(10_000).verifyComplete();
		// one page being consumed plus one fetched ahead
		assertThat(maxAhead.get()).isLessThan(200);
		assertThat(list.requests()).isEqualTo(100);
	}

	@Test
	void continuesPastAnEmptyPageThatCarriesAToken() {
		PageFetcher<String> fetcher = (token) -> Mono.just(switch (token) {
			case "" -> new FetchedPage<>(List.of("a"), "t1");
			case "t1" -> new FetchedPage<>(List.of(), "t2");
			default -> new FetchedPage<>(List.of("b"), "");
		});
		StepVerifier.create(TokenPagination.items(fetcher, "")).expectNext("a", "b").verifyComplete();
		StepVerifier.create(TokenPagination.pages(fetcher, "").map(Page::items))
			.expectNext(List.of("a"), List.of(), List.of("b"))
			.verifyComplete();
	}

	@Test
	void failsClearlyOnARepeatedTokenInsteadOfLooping() {
		AtomicInteger requests = new AtomicInteger();
		PageFetcher<String> stuck = (token) -> Mono.fromSupplier(() -> {
			requests.incrementAndGet();
			return new FetchedPage<>(List.of("x"), "same");
		});
		// the second answer repeats the page it was asked for: its items would be duplicates, so none is emitted
		StepVerifier.create(TokenPagination.items(stuck, ""))
			.expectNext("x")
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(YandexCloudException.class)
				.hasMessageContaining("'same'"))
			.verify(Duration.ofSeconds(5));
		assertThat(requests).hasValue(2);
	}

	@Test
	void deliversHeldItemsThenTheFetchError() {
		PageFetcher<String> failing = (token) -> token.isEmpty() ? Mono.just(new FetchedPage<>(List.of("a", "b"), "n"))
				: Mono.error(new IllegalStateException("boom"));
		StepVerifier.create(TokenPagination.items(failing, ""))
			.expectNext("a", "b")
			.expectErrorMessage("boom")
			.verify(Duration.ofSeconds(5));
	}

	@Test
	void cancellingStopsTheRequestInFlight() {
		AtomicInteger cancelled = new AtomicInteger();
		PageFetcher<String> never = (token) -> Mono.<FetchedPage<String>>never().doOnCancel(cancelled::incrementAndGet);
		StepVerifier.create(TokenPagination.items(never, "")).thenRequest(1).thenCancel().verify();
		assertThat(cancelled).hasValue(1);
	}

	@Test
	void resumesFromTheGivenToken() {
		ScriptedList list = new ScriptedList(25, 10);
		StepVerifier.create(TokenPagination.items(list, "20")).expectNext(20, 21, 22, 23, 24).verifyComplete();
		assertThat(list.tokensSent).containsExactly("20");
	}

	@Test
	void pageStreamRequestsOnePagePerDemandedPage() {
		ScriptedList list = new ScriptedList(50, 10);
		StepVerifier.create(TokenPagination.pages(list, ""), 1)
			.expectNextMatches((page) -> page.items().size() == 10 && page.nextPageToken().equals("10"))
			.then(() -> assertThat(list.requests()).isEqualTo(1))
			.thenRequest(1)
			.expectNextCount(1)
			.then(() -> assertThat(list.requests()).isEqualTo(2))
			.thenCancel()
			.verify();
	}

	@Test
	void isSafeWhenPagesArriveOnAnotherThread() {
		ScriptedList list = new ScriptedList(5000, 100);
		PageFetcher<Integer> async = (token) -> list.fetch(token).subscribeOn(Schedulers.parallel());
		List<Integer> items = TokenPagination.items(async, "")
			.publishOn(Schedulers.boundedElastic(), 16)
			.collectList()
			.block(Duration.ofSeconds(30));
		assertThat(items).containsExactlyElementsOf(IntStream.range(0, 5000).boxed().toList());
		assertThat(list.requests()).isEqualTo(50);
	}

}
