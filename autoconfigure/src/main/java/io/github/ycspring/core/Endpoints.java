package io.github.ycspring.core;

import java.net.URI;
import java.util.Locale;

import io.github.ycspring.internal.validation.Check;

/**
 * Base URLs of the Yandex Cloud services the clients call.
 *
 * @param compute Compute API, serving {@code /compute/v1/images}
 * @param operation Operation API, serving {@code /operations/{id}}
 * @param iam IAM API, serving {@code /iam/v1/tokens}
 * @param apiGateway API Gateway API, serving {@code /apigateways/v1/apigateways}
 * @param metadata the VM metadata service
 */
public record Endpoints(URI compute, URI operation, URI iam, URI apiGateway, URI metadata) {

	/** Key of the Compute endpoint in {@link #resolve(String)}. */
	public static final String COMPUTE = "compute";

	/** Key of the Operation endpoint in {@link #resolve(String)}. */
	public static final String OPERATION = "operation";

	/** Key of the IAM endpoint in {@link #resolve(String)}. */
	public static final String IAM = "iam";

	/** Key of the API Gateway endpoint in {@link #resolve(String)}. */
	public static final String API_GATEWAY = "api-gateway";

	/** Key of the metadata service in {@link #resolve(String)}. */
	public static final String METADATA = "metadata";

	/**
	 * The public Yandex Cloud endpoints.
	 * @return the endpoints
	 */
	public static Endpoints defaults() {
		return new Endpoints(URI.create("https://compute.api.cloud.yandex.net"),
				URI.create("https://operation.api.cloud.yandex.net"), URI.create("https://iam.api.cloud.yandex.net"),
				URI.create("https://serverless-apigateway.api.cloud.yandex.net"), URI.create("http://169.254.169.254"));
	}

	/**
	 * Every endpoint at one base URL, as the emulator serves them.
	 * @param baseUrl the base URL
	 * @return the endpoints
	 */
	public static Endpoints allAt(URI baseUrl) {
		return new Endpoints(baseUrl, baseUrl, baseUrl, baseUrl, baseUrl);
	}

	/**
	 * The base URL for a key ({@code compute}, {@code operation}, {@code iam}, {@code api-gateway},
	 * {@code metadata}), or the key itself when it is an absolute {@code http(s)} URL, for services this record does
	 * not name.
	 * @param endpointKey the key or URL
	 * @return the base URL
	 */
	public URI resolve(String endpointKey) {
		return switch (endpointKey.toLowerCase(Locale.ROOT)) {
			case COMPUTE -> this.compute;
			case OPERATION -> this.operation;
			case IAM -> this.iam;
			case API_GATEWAY, "apigateway" -> this.apiGateway;
			case METADATA -> this.metadata;
			default -> absoluteUrl(endpointKey);
		};
	}

	private static URI absoluteUrl(String endpointKey) {
		try {
			URI uri = URI.create(endpointKey);
			String scheme = uri.getScheme();
			if (uri.getHost() != null && ("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme))) {
				return uri;
			}
		}
		catch (IllegalArgumentException ex) {
			// reported below
		}
		throw Check.fail("endpoint", "must be one of compute, operation, iam, api-gateway, metadata or an absolute "
				+ "http(s) URL, was '" + endpointKey + "'");
	}

}
