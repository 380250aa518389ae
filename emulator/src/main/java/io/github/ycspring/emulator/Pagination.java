package io.github.ycspring.emulator;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Token pagination over a sorted list. Tokens are opaque (base64url of a version, a hash
 * of the list they belong to and an offset); a token from another list or a mangled one is
 * INVALID_ARGUMENT, as on the real server.
 */
final class Pagination {

	private static final int DEFAULT_PAGE_SIZE = 100;

	private static final int MAX_PAGE_SIZE = 1000;

	private static final int MAX_TOKEN_LENGTH = 100;

	private Pagination() {
	}

	record Page<T>(List<T> items, String nextPageToken) {
	}

	/**
	 * The page the call's {@code pageSize} and {@code pageToken} select.
	 * @param all every item, in list order
	 * @param listKey identifies the list (resource, filter, order), so its tokens are
	 * rejected elsewhere
	 */
	static <T> Page<T> page(List<T> all, Call call, String listKey) {
		int pageSize = pageSize(call.query("pageSize"));
		String scope = Integer.toHexString(listKey.hashCode());
		int from = Math.min(offset(call.query("pageToken"), scope), all.size());
		int to = Math.min(from + pageSize, all.size());
		String next = (to < all.size()) ? token(scope, to) : "";
		return new Page<>(List.copyOf(all.subList(from, to)), next);
	}

	private static int pageSize(String value) {
		if (value.isEmpty()) {
			return DEFAULT_PAGE_SIZE;
		}
		long size;
		try {
			size = Long.parseLong(value);
		}
		catch (NumberFormatException ex) {
			throw ApiException.invalidArgument("invalid value for page_size: \"" + value + "\"");
		}
		if (size < 0 || size > MAX_PAGE_SIZE) {
			throw Validation.invalid("page_size", "acceptable values are 0 to " + MAX_PAGE_SIZE);
		}
		return (size == 0) ? DEFAULT_PAGE_SIZE : (int) size;
	}

	private static String token(String scope, int offset) {
		String plain = "p1." + scope + "." + offset;
		return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
	}

	private static int offset(String token, String scope) {
		if (token.isEmpty()) {
			return 0;
		}
		if (token.length() > MAX_TOKEN_LENGTH) {
			throw Validation.invalid("page_token", "the maximum string length in characters is " + MAX_TOKEN_LENGTH);
		}
		try {
			String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\\.");
			if (parts.length == 3 && parts[0].equals("p1") && parts[1].equals(scope)) {
				int offset = Integer.parseInt(parts[2]);
				if (offset > 0) {
					return offset;
				}
			}
		}
		catch (IllegalArgumentException ex) {
			// not base64 or not a number: reported below like any other foreign token
		}
		throw ApiException.invalidArgument("Invalid page token");
	}

}
