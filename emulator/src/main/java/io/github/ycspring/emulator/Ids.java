package io.github.ycspring.emulator;

import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Identifiers shaped like Yandex Cloud's: a 3-character prefix and 17 base32 characters. */
final class Ids {

	private static final char[] ALPHABET = "0123456789abcdefghijklmnopqrstuv".toCharArray();

	private Ids() {
	}

	static String next(String prefix) {
		return next(prefix, ThreadLocalRandom.current());
	}

	static String next(String prefix, Random random) {
		StringBuilder id = new StringBuilder(prefix);
		while (id.length() < 20) {
			id.append(ALPHABET[random.nextInt(ALPHABET.length)]);
		}
		return id.toString();
	}

	/**
	 * A random (version 4) UUID. Not {@link UUID#randomUUID()}: SecureRandom may read
	 * /dev/urandom, which BlockHound reports when it happens on an event loop.
	 */
	static String uuid() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		long high = (random.nextLong() & ~0xF000L) | 0x4000L;
		long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new UUID(high, low).toString();
	}

	static String traceId() {
		return uuid().replace("-", "");
	}

}
