package io.github.ycspring.operation;

import io.github.ycspring.core.Endpoints;
import io.github.ycspring.internal.http.ApiRequest;
import io.github.ycspring.internal.validation.Check;

/**
 * A resource whose operations can be listed: every Yandex Cloud service lists a resource's operations at
 * {@code GET <service path>/{resourceId}/operations}.
 */
public final class OperationResource {

	private final String endpointKey;

	private final String path;

	private final boolean filterable;

	private OperationResource(String endpointKey, String path, boolean filterable) {
		this.endpointKey = endpointKey;
		this.path = path;
		this.filterable = filterable;
	}

	/**
	 * A Compute image ({@code ImageService.ListOperations}, which has no filter).
	 * @param imageId id of the image
	 * @return the resource
	 */
	public static OperationResource image(String imageId) {
		return new OperationResource(Endpoints.COMPUTE,
				"/compute/v1/images/" + ApiRequest.segment(Check.id("imageId", imageId)) + "/operations", false);
	}

	/**
	 * An API gateway ({@code ApiGatewayService.ListOperations}, with a filter on {@code done} or {@code createdBy}).
	 * @param apiGatewayId id of the API gateway
	 * @return the resource
	 */
	public static OperationResource apiGateway(String apiGatewayId) {
		return new OperationResource(Endpoints.API_GATEWAY, "/apigateways/v1/apigateways/"
				+ ApiRequest.segment(Check.id("apiGatewayId", apiGatewayId)) + "/operations", true);
	}

	/**
	 * The operations collection of any other resource.
	 * @param endpointKey {@code compute}, {@code api-gateway} (or another key of {@link Endpoints}) or the absolute
	 * base URL of the service, such as {@code https://vpc.api.cloud.yandex.net}
	 * @param path path of the operations collection, such as {@code /vpc/v1/networks/enp123/operations}
	 * @return the resource
	 */
	public static OperationResource of(String endpointKey, String path) {
		if (endpointKey == null || endpointKey.isBlank()) {
			throw Check.fail("endpointKey", "is required and must not be blank");
		}
		if (path == null || !path.startsWith("/") || path.contains("?") || path.contains("#")) {
			throw Check.fail("path", "must start with '/' and have no query or fragment, was '" + path + "'");
		}
		return new OperationResource(endpointKey, path, true);
	}

	/**
	 * Key or base URL of the service, as {@link Endpoints#resolve(String)} takes it.
	 * @return the endpoint key
	 */
	public String endpointKey() {
		return this.endpointKey;
	}

	/**
	 * Path of the operations collection.
	 * @return the path
	 */
	public String path() {
		return this.path;
	}

	/**
	 * Whether the service's ListOperations takes a {@code filter}.
	 * @return {@code false} for images
	 */
	public boolean filterable() {
		return this.filterable;
	}

	@Override
	public boolean equals(Object other) {
		return (other instanceof OperationResource that) && this.endpointKey.equals(that.endpointKey)
				&& this.path.equals(that.path);
	}

	@Override
	public int hashCode() {
		return this.endpointKey.hashCode() * 31 + this.path.hashCode();
	}

	@Override
	public String toString() {
		return this.endpointKey + this.path;
	}

}
