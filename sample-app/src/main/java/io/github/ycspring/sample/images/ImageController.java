package io.github.ycspring.sample.images;

import io.github.ycspring.compute.Image;
import io.github.ycspring.compute.ListImagesRequest;
import io.github.ycspring.operation.Operation;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The images HTTP API. Lists are written as they arrive: NDJSON one image per line, or server-sent events one page
 * per event; creates and deletes stream their operation's states as server-sent events until done. An empty
 * {@code folderId} means {@code yandex.cloud.folder-id}, and a {@code pageSize} of 0 means
 * {@code yandex.cloud.paging.page-size}.
 */
@RestController
@RequestMapping("/api/images")
class ImageController {

	private final ImageCatalog catalog;

	private final ImageChanges changes;

	ImageController(ImageCatalog catalog, ImageChanges changes) {
		this.catalog = catalog;
		this.changes = changes;
	}

	@GetMapping(produces = MediaType.APPLICATION_NDJSON_VALUE)
	Flux<Image> list(@RequestParam(defaultValue = "") String folderId, @RequestParam(defaultValue = "") String filter,
			@RequestParam(defaultValue = "0") long pageSize, @RequestParam(required = false) @Nullable Long limit) {
		return this.catalog.list(listRequest(folderId, filter, pageSize), limit);
	}

	@GetMapping(path = "/pages", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	Flux<PageEvent> pages(@RequestParam(defaultValue = "") String folderId,
			@RequestParam(defaultValue = "") String filter, @RequestParam(defaultValue = "0") long pageSize) {
		return this.catalog.pages(listRequest(folderId, filter, pageSize));
	}

	@GetMapping("/latest")
	Mono<Image> latest(@RequestParam(defaultValue = "") String folderId, @RequestParam String family) {
		return this.catalog.latest(folderId, family);
	}

	@GetMapping("/{imageId}")
	Mono<Image> get(@PathVariable String imageId) {
		return this.catalog.get(imageId);
	}

	@GetMapping(path = "/{imageId}/operations", produces = MediaType.APPLICATION_NDJSON_VALUE)
	Flux<Operation> operations(@PathVariable String imageId) {
		return this.catalog.operations(imageId);
	}

	@PostMapping(produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	Flux<Operation> create(@RequestBody NewImage image) {
		return this.changes.create(image.toRequest());
	}

	@DeleteMapping(path = "/{imageId}", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	Flux<Operation> delete(@PathVariable String imageId) {
		return this.changes.delete(imageId);
	}

	private static ListImagesRequest listRequest(String folderId, String filter, long pageSize) {
		return ListImagesRequest.builder().folderId(folderId).filter(filter).pageSize(pageSize).build();
	}

}
