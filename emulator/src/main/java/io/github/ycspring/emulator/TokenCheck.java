package io.github.ycspring.emulator;

import java.util.Arrays;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Bearer authentication. Open while no static token is registered and no token was ever
 * issued: then any non-blank bearer token passes. Otherwise only registered static tokens
 * (which never expire) and issued tokens until they expire.
 */
final class TokenCheck {

	private static final String BEARER = "Bearer ";

	private final IssuedTokens issued;

	private volatile Set<String> accepted = Set.of();

	TokenCheck(IssuedTokens issued) {
		this.issued = issued;
	}

	void accept(String... tokens) {
		this.accepted = Set.copyOf(Arrays.asList(tokens));
	}

	void check(@Nullable String authorization) {
		if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
				|| authorization.substring(BEARER.length()).isBlank()) {
			throw new ApiException(GrpcCode.UNAUTHENTICATED, "Authentication required");
		}
		String token = authorization.substring(BEARER.length()).trim();
		Set<String> tokens = this.accepted;
		if (tokens.contains(token)) {
			return;
		}
		switch (this.issued.state(token)) {
			case VALID -> {
			}
			case EXPIRED -> throw new ApiException(GrpcCode.UNAUTHENTICATED, "IAM token expired");
			case UNKNOWN -> {
				if (!tokens.isEmpty() || this.issued.count() > 0) {
					throw new ApiException(GrpcCode.UNAUTHENTICATED, "The token is invalid");
				}
			}
		}
	}

}
