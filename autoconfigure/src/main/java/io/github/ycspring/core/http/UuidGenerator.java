package io.github.ycspring.core.http;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.UUID;

/**
 * Random (version 4) UUIDs for request ids and idempotency keys, made without blocking.
 * <p>
 * {@link UUID#randomUUID()} reads {@code /dev/urandom} through a {@code FileInputStream} on each call, which is file
 * I/O on a Netty event loop. This generator seeds a DRBG once, when it is created with the pipeline, and after that
 * needs only CPU.
 */
final class UuidGenerator {

	private final SecureRandom random;

	UuidGenerator() {
		this.random = drbg();
		// a DRBG seeds lazily, on first use: do it now, off the event loop
		this.random.nextBytes(new byte[16]);
	}

	private static SecureRandom drbg() {
		try {
			return SecureRandom.getInstance("DRBG");
		}
		catch (NoSuchAlgorithmException ex) {
			return new SecureRandom();
		}
	}

	String next() {
		byte[] bytes = new byte[16];
		this.random.nextBytes(bytes);
		bytes[6] = (byte) ((bytes[6] & 0x0f) | 0x40);
		bytes[8] = (byte) ((bytes[8] & 0x3f) | 0x80);
		long most = 0;
		long least = 0;
		for (int i = 0; i < 8; i++) {
			most = (most << 8) | (bytes[i] & 0xff);
			least = (least << 8) | (bytes[i + 8] & 0xff);
		}
		return new UUID(most, least).toString();
	}

}
