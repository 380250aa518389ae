package io.github.ycspring.compute;

/**
 * Metadata of an image's create, update or delete operation ({@code CreateImageMetadata},
 * {@code UpdateImageMetadata}, {@code DeleteImageMetadata}), read with
 * {@code operation.metadataAs(ImageOperationMetadata.class)}.
 *
 * @param imageId id of the image the operation works on
 */
public record ImageOperationMetadata(String imageId) {

	/**
	 * Puts the proto3 default where the JSON had no id.
	 * @param imageId id of the image the operation works on
	 */
	public ImageOperationMetadata {
		imageId = Image.orEmpty(imageId);
	}

}
