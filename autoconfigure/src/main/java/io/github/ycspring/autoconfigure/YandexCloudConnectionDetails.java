package io.github.ycspring.autoconfigure;

import java.net.URI;

import io.github.ycspring.core.Endpoints;

import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;

/**
 * Where the Yandex Cloud services are. The default reads {@code yandex.cloud.endpoints.*}; a test or a container
 * integration can supply its own bean, for example to point the clients at an emulator.
 */
public interface YandexCloudConnectionDetails extends ConnectionDetails {

	/**
	 * Base URL of the Compute API.
	 * @return the URL
	 */
	URI getComputeEndpoint();

	/**
	 * Base URL of the Operation API.
	 * @return the URL
	 */
	URI getOperationEndpoint();

	/**
	 * Base URL of the IAM API.
	 * @return the URL
	 */
	URI getIamEndpoint();

	/**
	 * Base URL of the API Gateway API.
	 * @return the URL
	 */
	URI getApiGatewayEndpoint();

	/**
	 * Base URL of the VM metadata service.
	 * @return the URL
	 */
	URI getMetadataEndpoint();

	/**
	 * All endpoints as one value.
	 * @return the endpoints
	 */
	default Endpoints getEndpoints() {
		return new Endpoints(getComputeEndpoint(), getOperationEndpoint(), getIamEndpoint(), getApiGatewayEndpoint(),
				getMetadataEndpoint());
	}

	/**
	 * Connection details with every service at one base URL, as the emulator serves them.
	 * @param baseUrl the base URL
	 * @return the connection details
	 */
	static YandexCloudConnectionDetails allAt(URI baseUrl) {
		return new YandexCloudConnectionDetails() {

			@Override
			public URI getComputeEndpoint() {
				return baseUrl;
			}

			@Override
			public URI getOperationEndpoint() {
				return baseUrl;
			}

			@Override
			public URI getIamEndpoint() {
				return baseUrl;
			}

			@Override
			public URI getApiGatewayEndpoint() {
				return baseUrl;
			}

			@Override
			public URI getMetadataEndpoint() {
				return baseUrl;
			}

		};
	}

}
