package io.github.ycspring.host;

import io.github.ycspring.compute.CreateImageRequest;
import io.github.ycspring.compute.Image;
import io.github.ycspring.compute.ImageClient;
import io.github.ycspring.compute.ListImagesRequest;
import io.github.ycspring.core.Page;
import io.github.ycspring.operation.Operation;
import io.github.ycspring.operation.OperationClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A service as users write one: its endpoints return what the clients give them, untouched, so the server writes
 * its own responses while the clients' buffers come and go on the same event loops.
 */
@SpringBootApplication
class HostApplication {

	/** Where the host creates images: apart from the listed folder, so that lists stay the same. */
	static final String CREATE_FOLDER = "b1ghostcreates";

	@RestController
	static class ImageEndpoints {

		private final ImageClient images;

		private final OperationClient operations;

		ImageEndpoints(ImageClient images, OperationClient operations) {
			this.images = images;
			this.operations = operations;
		}

		@GetMapping("/images/{imageId}")
		Mono<Image> get(@PathVariable String imageId) {
			return this.images.get(imageId);
		}

		@PostMapping("/images")
		Mono<Operation> create(@RequestParam String name) {
			return this.images.create(newImage(name));
		}

		@PostMapping("/images/awaited")
		Mono<Image> createAndAwait(@RequestParam String name) {
			return this.images.create(newImage(name))
				.flatMap((operation) -> this.operations.awaitResponse(operation, Image.class));
		}

		@GetMapping(path = "/images", produces = MediaType.APPLICATION_NDJSON_VALUE)
		Flux<Image> list(@RequestParam String folderId) {
			return this.images.list(folderId);
		}

		@GetMapping(path = "/images/pages", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
		Flux<Page<Image>> pages(@RequestParam String folderId) {
			return this.images.listPages(ListImagesRequest.builder().folderId(folderId).build());
		}

		private static CreateImageRequest newImage(String name) {
			return CreateImageRequest.builder()
				.folderId(CREATE_FOLDER)
				.name(name)
				.sourceUri("https://storage.yandexcloud.net/host-tests/disk.qcow2")
				.build();
		}

	}

}
