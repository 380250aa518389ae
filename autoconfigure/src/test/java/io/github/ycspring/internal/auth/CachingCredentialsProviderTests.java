package io.github.ycspring.internal.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import io.github.ycspring.auth.IamToken;
import io.github.ycspring.auth.StaticIamTokenCredentials;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The token cache in virtual time, against a token source that counts its exchanges.
 */
class CachingCredentialsProviderTests {

	/** Issues t1.1, t1.2, ... each valid for 12 hours from the (virtual) time of issue. */
	static final class CountingSource implements TokenSource {

		final AtomicInteger exchanges = new AtomicInteger();

		volatile boolean failing;

		@Override
		public Mono<IamToken> fetch() {
			return Mono.defer(() -> {
				int n = this.exchanges.incrementAndGet();
				if (this.failing) {
					return Mono.error(new IllegalStateException("IAM is down"));
				}
				return Mono.just(new IamToken("t1." + n, now().plus(Duration.ofHours(12))));
			});
		}

	}

	static Instant now() {
		return Instant.ofEpochMilli(Schedulers.parallel().now(TimeUnit.MILLISECONDS));
	}

	@Test
	void hundredConcurrentCallersOnAColdCacheShareOneExchange() {
		Sinks.One<IamToken> answer = Sinks.one();
		AtomicInteger exchanges = new AtomicInteger();
		CachingCredentialsProvider provider = new CachingCredentialsProvider("test",
				() -> Mono.defer(() -> {
					exchanges.incrementAndGet();
					return answer.asMono();
				}));
		Flux<IamToken> callers = Flux.range(0, 100).flatMap((i) -> provider.token().subscribeOn(Schedulers.parallel()));
		StepVerifier.create(callers.collectList())
			.then(() -> answer.tryEmitValue(new IamToken("t1.shared", Instant.now().plusSeconds(3600))))
			.assertNext((tokens) -> assertThat(tokens).hasSize(100).allMatch((t) -> t.value().equals("t1.shared")))
			.verifyComplete();
		assertThat(exchanges).hasValue(1);
	}

	@Test
	void servesTheCachedTokenUntilItIsAnHourOldThenRefreshesAhead() {
		CountingSource source = new CountingSource();
		StepVerifier.withVirtualTime(() -> {
			CachingCredentialsProvider provider = new CachingCredentialsProvider("test", source);
			return provider.token()
				.concatWith(Mono.delay(Duration.ofMinutes(59)).then(provider.token()))
				.concatWith(Mono.delay(Duration.ofMinutes(2)).then(provider.token()));
		})
			.thenAwait(Duration.ofHours(2))
			.expectNextMatches((token) -> token.value().equals("t1.1"))
			.expectNextMatches((token) -> token.value().equals("t1.1"))
			.expectNextMatches((token) -> token.value().equals("t1.2"))
			.verifyComplete();
		assertThat(source.exchanges).hasValue(2);
	}

	@Test
	void refreshesAShortLivedTokenHalfWayToItsExpiry() {
		Instant fetched = Instant.parse("2024-01-01T00:00:00Z");
		assertThat(CachingCredentialsProvider.refreshAt(fetched, fetched.plus(Duration.ofMinutes(20))))
			.isEqualTo(fetched.plus(Duration.ofMinutes(10)));
		assertThat(CachingCredentialsProvider.refreshAt(fetched, fetched.plus(Duration.ofHours(12))))
			.isEqualTo(fetched.plus(Duration.ofHours(1)));
	}

	@Test
	void keepsServingAValidTokenWhenARefreshFails() {
		CountingSource source = new CountingSource();
		StepVerifier.withVirtualTime(() -> {
			CachingCredentialsProvider provider = new CachingCredentialsProvider("test", source);
			return provider.token()
				.concatWith(Mono.delay(Duration.ofHours(2)).doOnNext((tick) -> source.failing = true)
					.then(provider.token()));
		})
			.thenAwait(Duration.ofHours(3))
			.expectNextMatches((token) -> token.value().equals("t1.1"))
			.expectNextMatches((token) -> token.value().equals("t1.1"))
			.verifyComplete();
		assertThat(source.exchanges).hasValue(2);
	}

	@Test
	void failsOnceNoValidTokenIsLeftAndTheRefreshFails() {
		CountingSource source = new CountingSource();
		StepVerifier.withVirtualTime(() -> {
			CachingCredentialsProvider provider = new CachingCredentialsProvider("test", source);
			return provider.token()
				.concatWith(Mono.delay(Duration.ofHours(13)).doOnNext((tick) -> source.failing = true)
					.then(provider.token()));
		})
			.thenAwait(Duration.ofHours(14))
			.expectNextCount(1)
			.expectErrorMessage("IAM is down")
			.verify();
	}

	@Test
	void anInvalidatedTokenIsExchangedAnew() {
		CountingSource source = new CountingSource();
		CachingCredentialsProvider provider = new CachingCredentialsProvider("test", source);
		IamToken first = provider.token().block();
		assertThat(provider.token().block()).isEqualTo(first);
		provider.invalidate(first);
		IamToken second = provider.token().block();
		assertThat(second.value()).isEqualTo("t1.2");
		provider.invalidate(first);
		assertThat(provider.token().block()).isEqualTo(second);
		assertThat(source.exchanges).hasValue(2);
	}

	@Test
	void neverShowsATokenInToString() {
		IamToken token = new IamToken("t1.secret-value", Instant.now());
		assertThat(List.of(token.toString(), new StaticIamTokenCredentials("t1.secret-value").toString(),
				new CachingCredentialsProvider("OAuth token", new CountingSource()).toString()))
			.noneMatch((text) -> text.contains("secret-value"));
	}

}
