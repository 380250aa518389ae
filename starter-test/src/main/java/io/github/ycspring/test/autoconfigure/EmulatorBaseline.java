package io.github.ycspring.test.autoconfigure;

import io.github.ycspring.emulator.YandexCloudEmulator;

/**
 * What the emulator of a test context holds before each test: the images {@link AutoConfigureYandexCloudEmulator}
 * asked for, and nothing else. {@link ResetEmulatorTestExecutionListener} restores it before each test method.
 */
final class EmulatorBaseline {

	private final YandexCloudEmulator emulator;

	private final String seedFolder;

	private final int seedImages;

	private final boolean resetBeforeEachTest;

	EmulatorBaseline(YandexCloudEmulator emulator, String seedFolder, int seedImages, boolean resetBeforeEachTest) {
		this.emulator = emulator;
		this.seedFolder = seedFolder;
		this.seedImages = seedImages;
		this.resetBeforeEachTest = resetBeforeEachTest;
	}

	void seed() {
		if (this.seedImages > 0) {
			this.emulator.seedImages(this.seedFolder, this.seedImages);
		}
	}

	/** Resets the emulator and seeds it again (the same images: seeds are deterministic), unless turned off. */
	void restoreBeforeTest() {
		if (this.resetBeforeEachTest) {
			this.emulator.reset();
			seed();
		}
	}

}
