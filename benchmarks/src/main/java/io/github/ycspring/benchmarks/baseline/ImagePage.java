package io.github.ycspring.benchmarks.baseline;

import java.util.List;

import io.github.ycspring.compute.Image;
import org.jspecify.annotations.Nullable;

/**
 * A ListImages response as the baselines decode it: into the same {@link Image} record our client uses, so they do
 * the same decoding work.
 *
 * @param images the page's images
 * @param nextPageToken token of the next page; absent or empty on the last
 */
public record ImagePage(List<Image> images, String nextPageToken) {

	/**
	 * Puts defaults where the JSON had no value.
	 * @param images the images or {@code null}
	 * @param nextPageToken the token or {@code null}
	 */
	public ImagePage(@Nullable List<Image> images, @Nullable String nextPageToken) {
		this.images = (images != null) ? images : List.of();
		this.nextPageToken = (nextPageToken != null) ? nextPageToken : "";
	}

	/**
	 * Whether another page follows.
	 * @return whether the token is non-empty
	 */
	public boolean hasNext() {
		return !this.nextPageToken.isEmpty();
	}

}
