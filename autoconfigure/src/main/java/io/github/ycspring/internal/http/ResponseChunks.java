package io.github.ycspring.internal.http;

import reactor.netty.http.client.HttpClient;
import reactor.netty.http.client.HttpResponseDecoderSpec;

/**
 * Lets Reactor Netty hand a response body on in chunks as large as its socket reads.
 * <p>
 * Its HTTP/1.1 decoder cuts a body into chunks of at most 8 KB by default, and each chunk is a slice, a message, a
 * Spring buffer and a component of the joined body: a page of 1000 images (about 480 KB) comes in some 60 of them.
 * Up to 64 KB, the most Netty reads from a socket at once by default, a chunk is simply what one read brought, so a
 * page comes in a handful. The bytes are the same and never copied (a chunk is a slice of what was read); only the
 * per-chunk objects go, about 8 KB of allocation per such page.
 */
final class ResponseChunks {

	/** Netty's largest socket read by default ({@code AdaptiveRecvByteBufAllocator}). */
	static final int MAX_CHUNK_BYTES = 64 * 1024;

	/** Reactor Netty's decoder as it comes, to tell it from one an application configured. */
	private static final HttpResponseDecoderSpec DEFAULT_DECODER = HttpClient.newConnection().configuration().decoder();

	private ResponseChunks() {
	}

	/**
	 * The client with chunks of up to 64 KB, when its response decoder is Reactor Netty's default. A decoder an
	 * application configured itself is left as it is: setting the chunk size would replace its other settings.
	 * @param client the client
	 * @return the client with larger chunks, or the client itself
	 */
	static HttpClient asRead(HttpClient client) {
		if (!DEFAULT_DECODER.equals(client.configuration().decoder())) {
			return client;
		}
		return client.httpResponseDecoder((decoder) -> decoder.maxChunkSize(MAX_CHUNK_BYTES));
	}

}
