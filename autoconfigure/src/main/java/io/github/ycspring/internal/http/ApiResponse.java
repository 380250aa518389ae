package io.github.ycspring.internal.http;

import org.springframework.http.HttpHeaders;

/**
 * A decoded successful response and its headers.
 *
 * @param body the decoded body
 * @param headers the response headers
 * @param <T> body type
 */
public record ApiResponse<T>(T body, HttpHeaders headers) {
}
