package io.github.ycspring.internal.http;

import java.util.Optional;

import io.github.ycspring.auth.IamToken;

import org.springframework.web.reactive.function.client.ClientRequest;

/**
 * Request attributes through which a call tells the pipeline's filters what it is.
 */
final class RequestAttributes {

	static final String API_METHOD = RequestAttributes.class.getName() + ".apiMethod";

	/** The {@link IamToken} a call was sent with, so that a 401 invalidates exactly that one. */
	static final String TOKEN = RequestAttributes.class.getName() + ".token";

	private RequestAttributes() {
	}

	static Optional<String> apiMethod(ClientRequest request) {
		return request.attribute(API_METHOD).map(Object::toString);
	}

	static Optional<IamToken> token(ClientRequest request) {
		return request.attribute(TOKEN).map(IamToken.class::cast);
	}

}
