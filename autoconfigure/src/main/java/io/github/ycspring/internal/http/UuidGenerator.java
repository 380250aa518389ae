package io.github.ycspring.internal.http;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Random (version 4) UUIDs for request ids and idempotency keys, made without blocking or locking.
 * <p>
 * {@link UUID#randomUUID()} reads {@code /dev/urandom} through a {@code FileInputStream} (file I/O on a Netty event
 * loop), and a shared {@code SecureRandom} is a lock every concurrent call contends for. These ids must be unique,
 * not secret: a key only deduplicates the caller's own retries, so {@link ThreadLocalRandom} serves.
 */
final class UuidGenerator {

	private UuidGenerator() {
	}

	static String next() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		long most = (random.nextLong() & ~0xF000L) | 0x4000L;
		long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new UUID(most, least).toString();
	}

}
