package io.github.ycspring.emulator;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * A request the emulator received, as recorded before any fault or latency applied.
 *
 * @param method HTTP method, upper case
 * @param path decoded path without the query
 * @param query decoded query parameters (the first value of each)
 * @param headers request headers; lookups ignore case
 * @param body request body, {@code ""} when there was none
 * @param at when the request arrived
 */
public record RecordedRequest(String method, String path, Map<String, String> query, Map<String, String> headers,
		String body, Instant at) {

	/**
	 * Copies the query and headers, the headers looked up ignoring case.
	 * @param method HTTP method, upper case
	 * @param path decoded path without the query
	 * @param query decoded query parameters (the first value of each)
	 * @param headers request headers; lookups ignore case
	 * @param body request body, {@code ""} when there was none
	 * @param at when the request arrived
	 */
	public RecordedRequest {
		query = Collections.unmodifiableMap(new LinkedHashMap<>(query));
		TreeMap<String, String> caseInsensitive = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		caseInsensitive.putAll(headers);
		headers = Collections.unmodifiableSortedMap(caseInsensitive);
	}

	/**
	 * Returns a header's value.
	 * @param name header name, in any case
	 * @return the value, or {@code null} when the request did not carry it
	 */
	public @Nullable String header(String name) {
		return this.headers.get(name);
	}

}
