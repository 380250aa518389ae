package io.github.ycspring.internal.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import io.github.ycspring.auth.CredentialsProvider;
import io.github.ycspring.auth.IamToken;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;

/**
 * Caches the tokens of a {@link TokenSource} and refreshes them ahead of expiry.
 * <ul>
 * <li>A token is refreshed once it is an hour old (as Yandex Cloud advises) or half-way to its expiry, whichever
 * comes first: well before the 12 hour limit.</li>
 * <li>However many callers ask at once, one exchange is in flight; they all get its result.</li>
 * <li>If a refresh fails while the cached token is still valid, callers keep getting that token; only when no
 * valid token is left does the failure reach them.</li>
 * <li>{@link #invalidate(IamToken)} (the server answered 401) drops the token, so the next call exchanges anew.</li>
 * </ul>
 */
public final class CachingCredentialsProvider implements CredentialsProvider {

	private static final Log logger = LogFactory.getLog(CachingCredentialsProvider.class);

	/** How often to refresh at the latest, as Yandex Cloud advises for IAM tokens. */
	static final Duration REFRESH_INTERVAL = Duration.ofHours(1);

	/** A token this close to its expiry is not used: it could expire on the way. */
	static final Duration EXPIRY_MARGIN = Duration.ofSeconds(30);

	private final String kind;

	private final TokenSource source;

	private final Supplier<Instant> clock;

	private final AtomicReference<@Nullable Cached> cached = new AtomicReference<>();

	private final AtomicReference<Sinks.@Nullable One<IamToken>> refreshing = new AtomicReference<>();

	private volatile @Nullable Instant lastRefresh;

	/**
	 * Creates a cache over a source, on Reactor's clock (virtual in tests with virtual time).
	 * @param kind what kind of credentials the source exchanges, for logs
	 * @param source the source
	 */
	public CachingCredentialsProvider(String kind, TokenSource source) {
		this(kind, source, () -> Instant.ofEpochMilli(Schedulers.parallel().now(TimeUnit.MILLISECONDS)));
	}

	CachingCredentialsProvider(String kind, TokenSource source, Supplier<Instant> clock) {
		this.kind = kind;
		this.source = source;
		this.clock = clock;
	}

	@Override
	public Mono<IamToken> token() {
		return Mono.defer(() -> {
			Instant now = this.clock.get();
			Cached current = this.cached.get();
			if (current != null && now.isBefore(current.refreshAt)) {
				return Mono.just(current.token);
			}
			Mono<IamToken> refresh = refresh();
			if (current != null && current.isUsableAt(now)) {
				return refresh.onErrorResume((ex) -> {
					logger.warn("Refreshing the Yandex Cloud IAM token (" + this.kind + ") failed; the current one "
							+ "stays in use until " + current.token.expiresAt() + ": " + ex.getMessage());
					return Mono.just(current.token);
				});
			}
			return refresh;
		});
	}

	private Mono<IamToken> refresh() {
		Sinks.One<IamToken> mine = Sinks.one();
		Sinks.One<IamToken> inFlight = this.refreshing.compareAndExchange(null, mine);
		if (inFlight != null) {
			return inFlight.asMono();
		}
		// a refresh may have finished between this caller's look at the cache and its claim of the slot
		Cached fresh = this.cached.get();
		if (fresh != null && this.clock.get().isBefore(fresh.refreshAt)) {
			this.refreshing.compareAndSet(mine, null);
			return Mono.just(fresh.token);
		}
		this.source.fetch().subscribe((token) -> {
			Instant now = this.clock.get();
			this.cached.set(new Cached(token, refreshAt(now, token.expiresAt())));
			this.lastRefresh = now;
			this.refreshing.compareAndSet(mine, null);
			mine.tryEmitValue(token);
		}, (ex) -> {
			this.refreshing.compareAndSet(mine, null);
			mine.tryEmitError(ex);
		}, () -> {
			if (this.refreshing.compareAndSet(mine, null)) {
				mine.tryEmitError(new IllegalStateException(this.kind + " returned no token"));
			}
		});
		return mine.asMono();
	}

	static Instant refreshAt(Instant fetchedAt, Instant expiresAt) {
		Duration halfLife = Duration.between(fetchedAt, expiresAt).dividedBy(2);
		return fetchedAt.plus((halfLife.compareTo(REFRESH_INTERVAL) < 0) ? halfLife : REFRESH_INTERVAL);
	}

	@Override
	public void invalidate(IamToken rejected) {
		Cached current = this.cached.get();
		if (current != null && current.token.equals(rejected)) {
			this.cached.compareAndSet(current, null);
		}
	}

	@Override
	public Optional<Instant> lastRefresh() {
		return Optional.ofNullable(this.lastRefresh);
	}

	@Override
	public String kind() {
		return this.kind;
	}

	@Override
	public String toString() {
		return "CachingCredentialsProvider[" + this.kind + "]";
	}

	private record Cached(IamToken token, Instant refreshAt) {

		boolean isUsableAt(Instant now) {
			return now.isBefore(this.token.expiresAt().minus(EXPIRY_MARGIN));
		}

	}

}
