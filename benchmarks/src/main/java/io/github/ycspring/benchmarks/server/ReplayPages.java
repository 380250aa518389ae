package io.github.ycspring.benchmarks.server;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import io.netty.handler.codec.http.QueryStringDecoder;
import org.jspecify.annotations.Nullable;

/**
 * Pages captured once from the emulator, served again by page token at no cost: what is left to measure is the
 * client alone.
 */
public final class ReplayPages {

	private final String path;

	private final Map<String, byte[]> byToken = new HashMap<>();

	private long totalBytes;

	/**
	 * Pages of one list path.
	 * @param path the path they answer, such as {@code /compute/v1/images}
	 */
	public ReplayPages(String path) {
		this.path = path;
	}

	/**
	 * Adds the page a token answers.
	 * @param pageToken the token, {@code ""} for the first page
	 * @param body the page's JSON
	 */
	public void put(String pageToken, byte[] body) {
		this.byToken.put(pageToken, body);
		this.totalBytes += body.length;
	}

	/**
	 * The page a request asks for.
	 * @param request path and query
	 * @return its JSON, {@code null} if unknown
	 */
	public byte @Nullable [] page(QueryStringDecoder request) {
		if (!request.path().equals(this.path)) {
			return null;
		}
		List<String> token = request.parameters().get("pageToken");
		return this.byToken.get((token == null || token.isEmpty()) ? "" : token.get(0));
	}

	/**
	 * Hands every page to an action, such as a server that answers the same pages in another encoding.
	 * @param action takes a page's token and its JSON
	 */
	void forEach(BiConsumer<String, byte[]> action) {
		this.byToken.forEach(action);
	}

	/**
	 * Bytes of every page together.
	 * @return the size
	 */
	public long totalBytes() {
		return this.totalBytes;
	}

}
