package io.github.ycspring.test.testcontainers;

import java.net.URI;

import io.github.ycspring.autoconfigure.YandexCloudConnectionDetails;
import org.testcontainers.containers.Container;

import org.springframework.boot.testcontainers.service.connection.ContainerConnectionDetailsFactory;
import org.springframework.boot.testcontainers.service.connection.ContainerConnectionSource;

/**
 * {@link ContainerConnectionDetailsFactory} of {@link YandexCloudConnectionDetails} for a {@code @ServiceConnection}
 * container of the {@code ycspring/yandex-cloud-emulator} image (a {@link YandexCloudEmulatorContainer}, or any
 * container of that image exposing port 8080), or of another image with
 * {@code @ServiceConnection(name = "ycspring/yandex-cloud-emulator")}. Every endpoint points at the container.
 */
class YandexCloudEmulatorContainerConnectionDetailsFactory
		extends ContainerConnectionDetailsFactory<Container<?>, YandexCloudConnectionDetails> {

	YandexCloudEmulatorContainerConnectionDetailsFactory() {
		super(YandexCloudEmulatorContainer.DEFAULT_IMAGE.getRepository());
	}

	@Override
	protected YandexCloudConnectionDetails getContainerConnectionDetails(ContainerConnectionSource<Container<?>> source) {
		return new YandexCloudEmulatorContainerConnectionDetails(source);
	}

	/**
	 * {@link YandexCloudConnectionDetails} backed by a {@link ContainerConnectionSource}; the container is asked for
	 * its address only once it has started.
	 */
	static final class YandexCloudEmulatorContainerConnectionDetails extends ContainerConnectionDetails<Container<?>>
			implements YandexCloudConnectionDetails {

		YandexCloudEmulatorContainerConnectionDetails(ContainerConnectionSource<Container<?>> source) {
			super(source);
		}

		@Override
		public URI getComputeEndpoint() {
			return baseUrl();
		}

		@Override
		public URI getOperationEndpoint() {
			return baseUrl();
		}

		@Override
		public URI getIamEndpoint() {
			return baseUrl();
		}

		@Override
		public URI getApiGatewayEndpoint() {
			return baseUrl();
		}

		@Override
		public URI getMetadataEndpoint() {
			return baseUrl();
		}

		private URI baseUrl() {
			Container<?> container = getContainer();
			return URI.create("http://" + container.getHost() + ":"
					+ container.getMappedPort(YandexCloudEmulatorContainer.PORT));
		}

	}

}
