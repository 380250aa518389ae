package io.github.ycspring.autoconfigure;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.ycspring.internal.http.BearerTokenPolicy;

/**
 * An endpoint that would receive bearer tokens is plain HTTP on a host that is not loopback.
 */
final class InsecureEndpointException extends RuntimeException {

	private final Map<String, URI> endpoints;

	private InsecureEndpointException(Map<String, URI> endpoints) {
		super("Yandex Cloud endpoints use plain HTTP on a non-loopback host: " + endpoints);
		this.endpoints = endpoints;
	}

	Map<String, URI> endpoints() {
		return this.endpoints;
	}

	/**
	 * Fails when any endpoint that receives bearer tokens may not carry one. The metadata service is plain HTTP on
	 * a link-local address by design and receives no token, so it is not checked.
	 * @param details the endpoints
	 */
	static void check(YandexCloudConnectionDetails details) {
		Map<String, URI> insecure = new LinkedHashMap<>();
		addIfInsecure(insecure, "yandex.cloud.endpoints.compute", details.getComputeEndpoint());
		addIfInsecure(insecure, "yandex.cloud.endpoints.operation", details.getOperationEndpoint());
		addIfInsecure(insecure, "yandex.cloud.endpoints.iam", details.getIamEndpoint());
		addIfInsecure(insecure, "yandex.cloud.endpoints.api-gateway", details.getApiGatewayEndpoint());
		if (!insecure.isEmpty()) {
			throw new InsecureEndpointException(insecure);
		}
	}

	private static void addIfInsecure(Map<String, URI> insecure, String property, URI endpoint) {
		if (!BearerTokenPolicy.mayCarryToken(endpoint)) {
			insecure.put(property, endpoint);
		}
	}

}
