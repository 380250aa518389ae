package io.github.ycspring.emulator;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link YandexCloudEmulator#reset()}: what a test changed is gone, what authenticates callers stays. */
class EmulatorResetTests extends RunningEmulatorTests {

	private static final String LIST = "/compute/v1/images?folderId=b1greset";

	@Test
	void forgetsImagesOperationsRequestsAndFaults() {
		this.emulator.acceptTokens(EmulatorHttp.TOKEN);
		List<String> seeded = this.emulator.seedImages("b1greset", 3);
		String operationId = this.http.post("/compute/v1/images", ProtoConformanceTests.createBody("before-reset"))
			.json()
			.get("id")
			.asString();
		this.emulator.faults().status(5, 14);
		this.emulator.failNextOperations(5, 13, "broken");

		this.emulator.reset();

		assertThat(this.emulator.imageCount("b1greset")).isZero();
		assertThat(this.emulator.imageCount(ProtoConformanceTests.FOLDER)).isZero();
		assertThat(this.emulator.requests()).isEmpty();
		assertThat(this.http.get("/operations/" + operationId).status()).as("operations are forgotten").isEqualTo(404);
		assertThat(this.http.get(LIST).status()).as("faults are cleared, the token still accepted").isEqualTo(200);
		assertThat(this.emulator.seedImages("b1greset", 3)).as("seeding again gives the same images")
			.isEqualTo(seeded);
		String created = this.http.post("/compute/v1/images", ProtoConformanceTests.createBody("before-reset"))
			.json()
			.path("metadata")
			.path("imageId")
			.asString();
		assertThat(this.emulator.image(created)).as("the name is free again, and no failure is planned").isPresent();
	}

	@Test
	void putsSettingsBackToTheBuilders() {
		try (YandexCloudEmulator emulator = YandexCloudEmulator.builder()
			.operationDelay(Duration.ofMillis(5))
			.build()
			.start()) {
			EmulatorHttp http = EmulatorHttp.to(emulator);
			emulator.operationDelay(Duration.ofHours(1)).hideNewOperations(3).latency(Duration.ofMinutes(1));
			emulator.reset();
			String operationId = http.post("/compute/v1/images", ProtoConformanceTests.createBody("settled"))
				.json()
				.get("id")
				.asString();
			assertThat(http.get("/operations/" + operationId).status()).as("not hidden, and answered at once: a minute of latency would time out").isEqualTo(200);
			assertThat(emulator.requestCount("GET", "/operations")).isOne();
		}
	}

}
