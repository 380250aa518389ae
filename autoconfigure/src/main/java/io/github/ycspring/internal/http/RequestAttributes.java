package io.github.ycspring.internal.http;

import java.util.Optional;

import org.springframework.web.reactive.function.client.ClientRequest;

/**
 * Request attributes through which a call tells the pipeline's filters what it is.
 */
final class RequestAttributes {

	static final String API_METHOD = RequestAttributes.class.getName() + ".apiMethod";

	static final String MUTATING = RequestAttributes.class.getName() + ".mutating";

	private RequestAttributes() {
	}

	static boolean isMutating(ClientRequest request) {
		return Boolean.TRUE.equals(request.attribute(MUTATING).orElse(Boolean.FALSE));
	}

	static Optional<String> apiMethod(ClientRequest request) {
		return request.attribute(API_METHOD).map(Object::toString);
	}

}
