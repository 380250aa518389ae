package io.github.ycspring.benchmarks.baseline;

import io.github.ycspring.compute.Image;

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

}
