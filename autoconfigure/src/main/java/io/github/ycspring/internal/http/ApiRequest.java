package io.github.ycspring.internal.http;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import org.springframework.web.util.UriUtils;

/**
 * One logical call to a Yandex Cloud REST endpoint.
 *
 * @param apiMethod name of the API method, such as {@code ImageService.List}, for logs and metrics
 * @param method HTTP method
 * @param endpoint base URL of the service
 * @param path path below the base URL, its variable parts already encoded with {@link #segment(String)}
 * @param query query parameters; those with empty values are not sent (proto3 defaults)
 * @param body request body, written as proto3 JSON; {@code null} for none
 * @param mutating whether the call changes state, and so carries an {@code Idempotency-Key}
 * @param headers further request headers, such as the metadata service's {@code Metadata-Flavor}
 */
public record ApiRequest(String apiMethod, HttpMethod method, URI endpoint, String path, Map<String, String> query,
		@Nullable Object body, boolean mutating, Map<String, String> headers) {

	/**
	 * Copies the query and headers so the request stays immutable.
	 * @param apiMethod name of the API method, such as {@code ImageService.List}, for logs and metrics
	 * @param method HTTP method
	 * @param endpoint base URL of the service
	 * @param path path below the base URL, its variable parts already encoded with {@link #segment(String)}
	 * @param query query parameters; those with empty values are not sent (proto3 defaults)
	 * @param body request body, written as proto3 JSON; {@code null} for none
	 * @param mutating whether the call changes state, and so carries an {@code Idempotency-Key}
	 * @param headers further request headers, such as the metadata service's {@code Metadata-Flavor}
	 */
	public ApiRequest {
		// most calls have no query: no copy for them
		query = query.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(query));
		headers = Map.copyOf(headers);
	}

	/**
	 * A read-only GET.
	 * @param apiMethod name of the API method
	 * @param endpoint base URL of the service
	 * @param path path below the base URL
	 * @param query query parameters
	 * @return the request
	 */
	public static ApiRequest get(String apiMethod, URI endpoint, String path, Map<String, String> query) {
		return new ApiRequest(apiMethod, HttpMethod.GET, endpoint, path, query, null, false, Map.of());
	}

	/**
	 * A call that changes state.
	 * @param apiMethod name of the API method
	 * @param method HTTP method
	 * @param endpoint base URL of the service
	 * @param path path below the base URL
	 * @param body request body, or {@code null}
	 * @return the request
	 */
	public static ApiRequest mutation(String apiMethod, HttpMethod method, URI endpoint, String path,
			@Nullable Object body) {
		return new ApiRequest(apiMethod, method, endpoint, path, Map.of(), body, true, Map.of());
	}

	/**
	 * A POST that creates nothing in the cloud, such as a token exchange, so it carries no idempotency key.
	 * @param apiMethod name of the API method
	 * @param endpoint base URL of the service
	 * @param path path below the base URL
	 * @param body request body
	 * @return the request
	 */
	public static ApiRequest post(String apiMethod, URI endpoint, String path, Object body) {
		return new ApiRequest(apiMethod, HttpMethod.POST, endpoint, path, Map.of(), body, false, Map.of());
	}

	/**
	 * The same request with one more header.
	 * @param name header name
	 * @param value header value
	 * @return the request
	 */
	public ApiRequest withHeader(String name, String value) {
		Map<String, String> more = new LinkedHashMap<>(this.headers);
		more.put(name, value);
		return new ApiRequest(this.apiMethod, this.method, this.endpoint, this.path, this.query, this.body,
				this.mutating, more);
	}

	/**
	 * Encodes a value for use as one path segment, so an id can never change the path.
	 * @param value the raw value
	 * @return the encoded segment
	 */
	public static String segment(String value) {
		return UriUtils.encodePathSegment(value, StandardCharsets.UTF_8);
	}

}
