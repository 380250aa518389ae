package io.github.ycspring.emulator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A fresh emulator for each test, on a free loopback port, with an HTTP client pointed at it.
 */
abstract class RunningEmulatorTests {

	protected YandexCloudEmulator emulator;

	protected EmulatorHttp http;

	@BeforeEach
	void startEmulator() {
		this.emulator = YandexCloudEmulator.builder().build().start();
		this.http = EmulatorHttp.to(this.emulator);
	}

	@AfterEach
	void stopEmulator() {
		this.emulator.close();
	}

}
