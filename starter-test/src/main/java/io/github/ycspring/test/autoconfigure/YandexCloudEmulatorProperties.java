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

	public String getSeedFolder() {
		return this.seedFolder;
	}

	public void setSeedFolder(String seedFolder) {
		this.seedFolder = seedFolder;
	}

	public int getSeedImages() {
		return this.seedImages;
	}

	public void setSeedImages(int seedImages) {
		this.seedImages = seedImages;
	}

	public Duration getLatency() {
		return this.latency;
	}

	public void setLatency(Duration latency) {
		this.latency = latency;
	}

	public Duration getOperationDelay() {
		return this.operationDelay;
	}

	public void setOperationDelay(Duration operationDelay) {
		this.operationDelay = operationDelay;
	}

	public String getToken() {
		return this.token;
	}

	public void setToken(String token) {
		this.token = token;
	}

}
