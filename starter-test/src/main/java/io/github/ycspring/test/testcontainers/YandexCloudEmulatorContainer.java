package io.github.ycspring.test.testcontainers;

import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;

/**
 * The Yandex Cloud emulator run in a container, from the image that {@code emulator/Dockerfile} builds. With
 * {@code @ServiceConnection} the clients of a Spring Boot test are pointed at it:
 * <pre>{@code
 * @Container
 * @ServiceConnection
 * static YandexCloudEmulatorContainer emulator = new YandexCloudEmulatorContainer();
 * }</pre>
 * The emulator in the container accepts any non-blank IAM token, so the test still needs credentials, such as
 * {@code yandex.cloud.credentials.iam-token=t1.test}.
 */
public class YandexCloudEmulatorContainer extends GenericContainer<YandexCloudEmulatorContainer> {

	/** Image the emulator's Dockerfile builds, without a tag. */
	public static final DockerImageName DEFAULT_IMAGE = DockerImageName.parse("ycspring/yandex-cloud-emulator");

	/** Port the emulator listens on inside the container. */
	public static final int PORT = 8080;

	/**
	 * Creates a container of {@code ycspring/yandex-cloud-emulator:latest}.
	 */
	public YandexCloudEmulatorContainer() {
		this(DEFAULT_IMAGE.withTag("latest"));
	}

	/**
	 * Creates a container of an image compatible with {@link #DEFAULT_IMAGE}.
	 * @param image the image, such as {@code ycspring/yandex-cloud-emulator:0.1.0}
	 */
	public YandexCloudEmulatorContainer(DockerImageName image) {
		super(image);
		image.assertCompatibleWith(DEFAULT_IMAGE);
		withExposedPorts(PORT);
		// the emulator prints its base URL once it serves
		waitingFor(Wait.forLogMessage("http://.*\\n", 1));
	}

	/**
	 * Returns the base URL of every emulated endpoint, as seen from the test.
	 * @return {@code http://<host>:<mapped port>}
	 */
	public String getBaseUrl() {
		return "http://" + getHost() + ":" + getMappedPort(PORT);
	}

}
