package io.github.ycspring.core;

import java.util.Optional;

import reactor.util.context.Context;
import reactor.util.context.ContextView;

import org.springframework.util.Assert;

/**
 * Lets a caller choose the {@code Idempotency-Key} of a mutating call, for example to make a create safe to repeat
 * after the application itself restarted:
 * <pre>{@code
 * imageClient.create(request).contextWrite(IdempotencyKey.with(orderId));
 * }</pre>
 * Without it, each call gets a fresh UUID v4 that is kept across the call's retries.
 */
public final class IdempotencyKey {

	private static final String CONTEXT_KEY = IdempotencyKey.class.getName();

	private IdempotencyKey() {
	}

	/**
	 * A Reactor context that makes mutating calls under it use the given key.
	 * @param key the key; Yandex Cloud expects a UUID
	 * @return the context to pass to {@code contextWrite}
	 */
	public static Context with(String key) {
		Assert.hasText(key, "idempotencyKey: must not be blank");
		return Context.of(CONTEXT_KEY, key);
	}

	/**
	 * The key a Reactor context carries, as {@link #with(String)} put it there.
	 * @param context the context of a call
	 * @return the key, or empty when the caller chose none
	 */
	public static Optional<String> in(ContextView context) {
		return context.getOrEmpty(CONTEXT_KEY);
	}

}
