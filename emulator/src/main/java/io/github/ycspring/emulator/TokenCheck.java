package io.github.ycspring.emulator;

import java.util.Arrays;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Bearer authentication: with no registered tokens any non-blank bearer token passes,
 * otherwise only the registered ones.
 */
final class TokenCheck {

	private static final String BEARER = "Bearer ";

	private volatile Set<String> accepted = Set.of();

	void accept(String... tokens) {
		this.accepted = Set.copyOf(Arrays.asList(tokens));
	}

	void check(@Nullable String authorization) {
		if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
				|| authorization.substring(BEARER.length()).isBlank()) {
			throw new ApiException(GrpcCode.UNAUTHENTICATED, "Authentication required");
		}
		Set<String> tokens = this.accepted;
		if (!tokens.isEmpty() && !tokens.contains(authorization.substring(BEARER.length()).trim())) {
			throw new ApiException(GrpcCode.UNAUTHENTICATED, "The token is invalid");
		}
	}

}
