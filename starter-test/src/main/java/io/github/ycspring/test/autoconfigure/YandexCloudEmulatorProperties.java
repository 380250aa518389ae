package io.github.ycspring.test.autoconfigure;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the emulator that {@link AutoConfigureYandexCloudEmulator} runs, mapped from its attributes.
 */
@ConfigurationProperties("yandex.cloud.test.emulator")
public class YandexCloudEmulatorProperties {

	static final String DEFAULT_TOKEN = "t1.yandex-cloud-emulator-test-token";

	/**
	 * Folder to seed; empty for the application's yandex.cloud.folder-id.
	 */
	private String seedFolder = "";

	/**
	 * Number of images to seed.
	 */
	private int seedImages;

	/**
	 * Delay added before every response.
	 */
	private Duration latency = Duration.ZERO;

	/**
	 * Time an operation takes to finish.
	 */
	private Duration operationDelay = Duration.ofMillis(200);

	/**
	 * Static IAM token the clients send and the only one the emulator accepts.
	 */
	private String token = DEFAULT_TOKEN;

	/**
	 * Whether to reset the emulator and seed it again before each test method.
	 */
	private boolean resetBeforeEachTest = true;

	/**
	 * Folder to seed; empty for the application's yandex.cloud.folder-id.
	 * @return the current value
	 */
	public String getSeedFolder() {
		return this.seedFolder;
	}

	/**
	 * Sets: folder to seed; empty for the application's yandex.cloud.folder-id.
	 * @param seedFolder the new value
	 */
	public void setSeedFolder(String seedFolder) {
		this.seedFolder = seedFolder;
	}

	/**
	 * Number of images to seed.
	 * @return the current value
	 */
	public int getSeedImages() {
		return this.seedImages;
	}

	/**
	 * Sets: number of images to seed.
	 * @param seedImages the new value
	 */
	public void setSeedImages(int seedImages) {
		this.seedImages = seedImages;
	}

	/**
	 * Delay added before every response.
	 * @return the current value
	 */
	public Duration getLatency() {
		return this.latency;
	}

	/**
	 * Sets: delay added before every response.
	 * @param latency the new value
	 */
	public void setLatency(Duration latency) {
		this.latency = latency;
	}

	/**
	 * Time an operation takes to finish.
	 * @return the current value
	 */
	public Duration getOperationDelay() {
		return this.operationDelay;
	}

	/**
	 * Sets: time an operation takes to finish.
	 * @param operationDelay the new value
	 */
	public void setOperationDelay(Duration operationDelay) {
		this.operationDelay = operationDelay;
	}

	/**
	 * Static IAM token the clients send and the only one the emulator accepts.
	 * @return the current value
	 */
	public String getToken() {
		return this.token;
	}

	/**
	 * Sets: static IAM token the clients send and the only one the emulator accepts.
	 * @param token the new value
	 */
	public void setToken(String token) {
		this.token = token;
	}

	/**
	 * Whether to reset the emulator and seed it again before each test method.
	 * @return the current value
	 */
	public boolean isResetBeforeEachTest() {
		return this.resetBeforeEachTest;
	}

	/**
	 * Sets whether to reset the emulator and seed it again before each test method.
	 * @param resetBeforeEachTest the new value
	 */
	public void setResetBeforeEachTest(boolean resetBeforeEachTest) {
		this.resetBeforeEachTest = resetBeforeEachTest;
	}

}
