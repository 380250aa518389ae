package io.github.ycspring.sample.images;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.github.ycspring.compute.Image;
import io.github.ycspring.compute.ImageClient;
import io.github.ycspring.compute.ListImagesRequest;
import io.github.ycspring.core.Page;
import io.github.ycspring.operation.Operation;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * Reads images: every list is a {@link Flux} that fetches the next page only when the consumer asks for more, so no
 * listing is ever held in memory whole.
 */
@Service
public class ImageCatalog {

	private final ImageClient images;

	public ImageCatalog(ImageClient images) {
		this.images = images;
	}

	/**
	 * The images a request selects, one by one.
	 * @param request folder, filter and page size
	 * @param limit how many images at most; {@code null} for all
	 * @return the images
	 * @throws IllegalArgumentException when the limit is not positive
	 */
	public Flux<Image> list(ListImagesRequest request, @Nullable Long limit) {
		Flux<Image> all = this.images.list(request);
		if (limit == null) {
			return all;
		}
		if (limit < 1) {
			throw new IllegalArgumentException("limit: must be at least 1, was " + limit);
		}
		// take(n) caps the demand sent upstream, so only the pages that hold the first n images are fetched
		return all.take(limit);
	}

	/**
	 * The pages a request selects, each with the listing's progress so far.
	 * @param request folder, filter and page size
	 * @return the pages
	 */
	public Flux<PageEvent> pages(ListImagesRequest request) {
		// deferred so that the clock and the count start anew for every subscriber
		return Flux.defer(() -> {
			long started = System.nanoTime();
			AtomicLong itemsSoFar = new AtomicLong();
			return this.images.listPages(request)
				.index((index, page) -> toEvent(index + 1, page, itemsSoFar.addAndGet(page.items().size()), started));
		});
	}

	private static PageEvent toEvent(long number, Page<Image> page, long itemsSoFar, long startedNanos) {
		long elapsedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
		return new PageEvent(number, page.items().size(), itemsSoFar, page.nextPageToken(), elapsedMs, page.items());
	}

	/**
	 * One image.
	 * @param imageId id of the image
	 * @return the image
	 */
	public Mono<Image> get(String imageId) {
		return this.images.get(imageId);
	}

	/**
	 * The newest image of a family.
	 * @param folderId folder of the family; {@code ""} for the configured one
	 * @param family the family
	 * @return the image
	 */
	public Mono<Image> latest(String folderId, String family) {
		return this.images.getLatestByFamily(folderId, family);
	}

	/**
	 * Every operation of an image, newest first.
	 * @param imageId id of the image
	 * @return the operations
	 */
	public Flux<Operation> operations(String imageId) {
		return this.images.listOperations(imageId);
	}

}
