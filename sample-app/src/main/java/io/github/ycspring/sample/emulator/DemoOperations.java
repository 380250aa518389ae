package io.github.ycspring.sample.emulator;

import java.util.List;

import io.github.ycspring.compute.Image;
import io.github.ycspring.compute.ImageClient;
import io.github.ycspring.compute.UpdateImageRequest;
import io.github.ycspring.operation.Operation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;

/**
 * Gives a few seeded images some history, so that {@code GET /api/images/{id}/operations} has something to show:
 * updates the newest image of some families through the {@link ImageClient}, as any user code would. The updates
 * finish in the emulator on their own; nothing waits for them. Runs after {@code StartupListing}, so that the log
 * shows the listing first.
 */
@Order(2)
final class DemoOperations implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(DemoOperations.class);

	private static final List<String> FAMILIES = List.of("ubuntu-2204-lts", "debian-12", "windows-2022-dc");

	private final ImageClient images;

	DemoOperations(ImageClient images) {
		this.images = images;
	}

	@Override
	public void run(ApplicationArguments args) {
		Flux.fromIterable(FAMILIES)
			.concatMap((family) -> this.images.getLatestByFamily("", family))
			.concatMap(this::describeAsUpdated)
			.blockLast();
	}

	private Mono<Operation> describeAsUpdated(Image image) {
		UpdateImageRequest update = UpdateImageRequest.builder(image.id())
			.description(image.description() + ", updated by the sample app")
			.build();
		return this.images.update(update)
			.doOnNext((operation) -> logger.info("Demo update of {} ({}) started as operation {}: see {}", image.id(),
					image.family(), operation.id(), "/api/images/" + image.id() + "/operations"));
	}

}
