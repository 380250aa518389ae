package io.github.ycspring.autoconfigure;

import java.net.URI;

import org.jspecify.annotations.Nullable;

/**
 * Adapts {@link YandexCloudProperties} to {@link YandexCloudConnectionDetails}; the metadata address also honours
 * env {@code YC_METADATA_ADDR} unless the property is set.
 */
final class PropertiesYandexCloudConnectionDetails implements YandexCloudConnectionDetails {

	private final YandexCloudProperties.ServiceEndpoints endpoints;

	private final URI metadata;

	PropertiesYandexCloudConnectionDetails(YandexCloudProperties properties, @Nullable String metadataAddrEnv,
			boolean metadataPropertySet) {
		this.endpoints = properties.getEndpoints();
		this.metadata = (!metadataPropertySet && metadataAddrEnv != null && !metadataAddrEnv.isBlank())
				? URI.create(metadataAddrEnv.contains("://") ? metadataAddrEnv : "http://" + metadataAddrEnv)
				: this.endpoints.getMetadata();
	}

	@Override
	public URI getComputeEndpoint() {
		return this.endpoints.getCompute();
	}

	@Override
	public URI getOperationEndpoint() {
		return this.endpoints.getOperation();
	}

	@Override
	public URI getIamEndpoint() {
		return this.endpoints.getIam();
	}

	@Override
	public URI getApiGatewayEndpoint() {
		return this.endpoints.getApiGateway();
	}

	@Override
	public URI getMetadataEndpoint() {
		return this.metadata;
	}

}
