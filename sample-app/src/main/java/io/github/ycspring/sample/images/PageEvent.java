package io.github.ycspring.sample.images;

import java.util.List;

import io.github.ycspring.compute.Image;

/**
 * One page of a listing as it arrives: how far the listing has got, and the page's images, so that a browser can
 * render a page of rows per event.
 *
 * @param page number of this page, from 1
 * @param itemCount images on this page
 * @param itemsSoFar images on this page and the pages before it
 * @param nextPageToken token of the next page; {@code ""} on the last page
 * @param elapsedMs milliseconds from the start of the listing to the arrival of this page
 * @param items the images of this page
 */
public record PageEvent(long page, int itemCount, long itemsSoFar, String nextPageToken, long elapsedMs,
		List<Image> items) {

	/**
	 * Whether this is the last page of the listing.
	 * @return {@code true} when there is no next page token
	 */
	public boolean last() {
		return this.nextPageToken.isEmpty();
	}

}
