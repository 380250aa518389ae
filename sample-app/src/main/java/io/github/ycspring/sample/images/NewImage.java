package io.github.ycspring.sample.images;

import java.util.Map;

import io.github.ycspring.compute.CreateImageRequest;
import io.github.ycspring.compute.Os;
import org.jspecify.annotations.Nullable;

/**
 * The JSON body of {@code POST /api/images}. Every field may be left out; {@link CreateImageRequest} checks them.
 *
 * @param folderId folder to create the image in; absent for the configured one
 * @param name name of the image
 * @param description description of the image
 * @param family family the image belongs to
 * @param labels labels of the image
 * @param minDiskSize smallest disk, in bytes, that can be made from the image; absent for the source's
 * @param sourceImageId image to copy
 * @param sourceDiskId disk to image
 * @param sourceSnapshotId snapshot to image
 * @param sourceUri image file in Object Storage to import
 * @param os operating system in the image
 */
public record NewImage(@Nullable String folderId, @Nullable String name, @Nullable String description,
		@Nullable String family, @Nullable Map<String, String> labels, @Nullable Long minDiskSize,
		@Nullable String sourceImageId, @Nullable String sourceDiskId, @Nullable String sourceSnapshotId,
		@Nullable String sourceUri, Os.@Nullable Type os) {

	/**
	 * The create request.
	 * @return the request
	 * @throws IllegalArgumentException naming the field and the rule that a value breaks
	 */
	public CreateImageRequest toRequest() {
		CreateImageRequest.Builder builder = CreateImageRequest.builder()
			.folderId(orEmpty(this.folderId))
			.name(orEmpty(this.name))
			.description(orEmpty(this.description))
			.family(orEmpty(this.family))
			.labels((this.labels != null) ? this.labels : Map.of())
			.minDiskSize((this.minDiskSize != null) ? this.minDiskSize : 0)
			.sourceImageId(orEmpty(this.sourceImageId))
			.sourceDiskId(orEmpty(this.sourceDiskId))
			.sourceSnapshotId(orEmpty(this.sourceSnapshotId))
			.sourceUri(orEmpty(this.sourceUri));
		if (this.os != null) {
			builder.os(this.os);
		}
		return builder.build();
	}

	private static String orEmpty(@Nullable String value) {
		return (value != null) ? value : "";
	}

}
