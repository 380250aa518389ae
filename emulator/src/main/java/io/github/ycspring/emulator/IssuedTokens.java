package io.github.ycspring.emulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The IAM tokens the emulator has issued (token exchange and metadata service), each valid
 * for the lifetime configured when it was issued, by the emulator's clock.
 */
final class IssuedTokens {

	/** Above this many remembered tokens, issuing forgets the expired ones. */
	private static final int PRUNE_ABOVE = 100_000;

	private final Clock clock;

	private final EmulatorSettings settings;

	private final ConcurrentMap<String, Instant> expiries = new ConcurrentHashMap<>();

	private final AtomicLong issued = new AtomicLong();

	IssuedTokens(Clock clock, EmulatorSettings settings) {
		this.clock = clock;
		this.settings = settings;
	}

	Instant now() {
		return this.clock.instant();
	}

	Issued issue() {
		Duration lifetime = this.settings.issuedTokenLifetime;
		Instant expiresAt = now().plus(lifetime);
		if (this.expiries.size() > PRUNE_ABOVE) {
			Instant now = now();
			this.expiries.values().removeIf((expiry) -> !expiry.isAfter(now));
		}
		String token = newToken();
		this.expiries.put(token, expiresAt);
		this.issued.incrementAndGet();
		return new Issued(token, expiresAt, lifetime);
	}

	State state(String token) {
		Instant expiresAt = this.expiries.get(token);
		if (expiresAt == null) {
			return State.UNKNOWN;
		}
		return now().isBefore(expiresAt) ? State.VALID : State.EXPIRED;
	}

	/** Makes every token issued so far expire now; tokens issued later are not affected. */
	void expireAll() {
		Instant now = now();
		this.expiries.replaceAll((token, expiresAt) -> expiresAt.isAfter(now) ? now : expiresAt);
	}

	long count() {
		return this.issued.get();
	}

	/**
	 * {@code t1.} and 32 random bytes, base64url. Not SecureRandom: it may block on an event
	 * loop, and an emulator's tokens guard nothing.
	 */
	private static String newToken() {
		byte[] random = new byte[32];
		ThreadLocalRandom.current().nextBytes(random);
		return "t1." + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
	}

	enum State {

		UNKNOWN, VALID, EXPIRED

	}

	/** A token just issued, with when it expires and the lifetime that gave that. */
	record Issued(String token, Instant expiresAt, Duration lifetime) {
	}

}
