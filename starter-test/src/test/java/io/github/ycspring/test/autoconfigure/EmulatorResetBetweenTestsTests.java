package io.github.ycspring.test.autoconfigure;

import java.time.Duration;

import io.github.ycspring.compute.CreateImageRequest;
import io.github.ycspring.compute.ImageClient;
import io.github.ycspring.core.YandexCloudException;
import io.github.ycspring.emulator.YandexCloudEmulator;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import reactor.test.StepVerifier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that change the emulator, run in a fixed order so that each would see what the one before it left, as
 * in the README's example: one lists and counts requests, one makes the cloud fail, one creates an image.
 */
class EmulatorResetBetweenTestsTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	@Nested
	@SpringBootTest(properties = "yandex.cloud.folder-id=b1gresetfolder")
	@AutoConfigureYandexCloudEmulator(seedImages = 30, operationDelay = "10ms")
	@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
	class ByDefault {

		@Autowired
		ImageClient images;

		@Autowired
		YandexCloudEmulator emulator;

		@Test
		@Order(1)
		void aFaultyCloudFailsTheCall() {
			this.emulator.faults().status(6, 14);
			StepVerifier.create(this.images.list("b1gresetfolder"))
				.expectError(YandexCloudException.class)
				.verify(TIMEOUT);
		}

		@Test
		@Order(2)
		void aCreateAddsAnImage() {
			create(this.images, "made-by-a-test");
			assertThat(this.emulator.imageCount("b1gresetfolder")).isEqualTo(31);
		}

		@Test
		@Order(3)
		void theNextTestSeesTheSeedOnlyAndItsOwnRequests() {
			StepVerifier.create(this.images.list("b1gresetfolder")).expectNextCount(30).verifyComplete();
			assertThat(this.emulator.requestCount("GET", "/compute/v1/images")).isOne();
			assertThat(this.emulator.requests()).hasSize(1);
		}

	}

	@Nested
	@SpringBootTest(properties = "yandex.cloud.folder-id=b1gkeptfolder")
	@AutoConfigureYandexCloudEmulator(seedImages = 30, resetBeforeEachTest = false)
	@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
	class WhenToldToKeepState {

		@Autowired
		ImageClient images;

		@Autowired
		YandexCloudEmulator emulator;

		@Test
		@Order(1)
		void aCreateAddsAnImage() {
			create(this.images, "kept-image");
		}

		@Test
		@Order(2)
		void theNextTestSeesIt() {
			assertThat(this.emulator.imageCount("b1gkeptfolder")).isEqualTo(31);
			assertThat(this.emulator.requestCount("POST", "/compute/v1/images")).isOne();
		}

	}

	private static void create(ImageClient images, String name) {
		StepVerifier.create(images.create(CreateImageRequest.builder()
			.name(name)
			.sourceUri("https://storage.yandexcloud.net/bucket/disk.qcow2")
			.build())).expectNextCount(1).verifyComplete();
	}

}
