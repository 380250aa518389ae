package io.github.ycspring.benchmarks.baseline;

import io.github.ycspring.compute.Image;
import reactor.core.publisher.Flux;
import yandex.cloud.api.compute.v1.ImageOuterClass;

/**
 * What every contender does with each image, so none can skip decoding: a count that reads a decoded field.
 */
public final class Checksum {

	private Checksum() {
	}

	/**
	 * Counts one image, touching its fields.
	 * @param image the image
	 * @return 1, or 2 for an image without a name (there are none), so the JIT must read it
	 */
	public static long of(Image image) {
		return image.name().isEmpty() ? 2 : 1;
	}

	/**
	 * Counts one image of the official SDK, touching the same field as {@link #of(Image)}.
	 * @param image the image
	 * @return 1, or 2 for an image without a name
	 */
	public static long of(ImageOuterClass.Image image) {
		return image.getName().isEmpty() ? 2 : 1;
	}

	/**
	 * Counts a page's images.
	 * @param page the page
	 * @return the count
	 */
	public static long of(ImagePage page) {
		long count = 0;
		for (Image image : page.images()) {
			count += of(image);
		}
		return count;
	}

	/**
	 * Counts a stream's images, waiting for its end. Into a primitive: {@code reduce} would box a {@code Long} per
	 * image, allocation of the harness that would count as the client's.
	 * @param images the images
	 * @return the count
	 */
	public static long of(Flux<Image> images) {
		long[] count = images.collect(() -> new long[1], (sum, image) -> sum[0] += of(image)).block();
		if (count == null) {
			throw new IllegalStateException("no count");
		}
		return count[0];
	}

}
