package io.github.ycspring.internal.http;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.github.ycspring.YandexCloudClients;
import io.github.ycspring.compute.CreateImageRequest;
import io.github.ycspring.compute.Image;
import io.github.ycspring.compute.ListImagesRequest;
import io.github.ycspring.core.RetrySettings;
import io.github.ycspring.emulator.YandexCloudEmulator;
import io.github.ycspring.support.EmulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Flux;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thousands of calls, a hundred at a time, while half of the cloud's answers fail in ways a client must retry: a
 * proxy's HTML 502 page, a 503, a body cut mid-way. Every call succeeds with its own answer, and every item arrives
 * exactly once: pooled buffers go back to the pool once, so no answer carries another's bytes.
 */
class FlakyCloudStressTests {

	private static final String FOLDER = "b1gstressfolder";

	private static final String CREATE_FOLDER = "b1gstresscreates";

	@RegisterExtension
	static final EmulatorExtension cloud = new EmulatorExtension();

	@Test
	void everyCallSucceedsWithItsOwnAnswerWhileHalfTheAnswersFail() {
		YandexCloudEmulator emulator = cloud.emulator();
		List<String> seeded = emulator.seedImages(FOLDER, 300);
		YandexCloudClients clients = cloud.clientsBuilder()
			.retry(new RetrySettings(30, Duration.ofMillis(1), Duration.ofMillis(10)))
			.build();
		emulator.faults().forPath("/compute/v1/images").flaky(1_000_000, 0.5, 2026);

		Flux<Boolean> gets = Flux.range(0, 1_400)
			.map((i) -> seeded.get(i % seeded.size()))
			.flatMap((id) -> clients.images().get(id).map((image) -> image.id().equals(id)), 100);
		Flux<Boolean> creates = Flux.range(0, 400)
			.flatMap((i) -> clients.images()
				.create(CreateImageRequest.builder()
					.folderId(CREATE_FOLDER)
					.name("stress-" + i)
					.sourceUri("https://storage.yandexcloud.net/bucket/disk.qcow2")
					.build())
				.map((operation) -> emulator.image(operation.metadata().path("imageId").asString())
					.map((image) -> image.name().equals("stress-" + i))
					.orElse(false)), 100);
		Flux<Boolean> lists = Flux.range(0, 200)
			.flatMap((i) -> clients.images()
				.list(ListImagesRequest.builder().folderId(FOLDER).pageSize(100).build())
				.map(Image::id)
				.collectList()
				.map((ids) -> ids.size() == seeded.size() && new HashSet<>(ids).equals(Set.copyOf(seeded))), 50);

		List<Boolean> outcomes = Flux.merge(gets, creates, lists).collectList().block(Duration.ofMinutes(3));

		assertThat(outcomes).hasSize(2_000).containsOnly(true);
		assertThat(emulator.imageCount(CREATE_FOLDER)).as("a create retried after a cut answer makes one image")
			.isEqualTo(400);
		long faulted = emulator.requests().size() - 2_000 - 200 * 2;
		assertThat(faulted).as("requests that were answered with a failure and retried").isGreaterThan(1_000);
	}

}
