package io.github.ycspring.compute;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.github.ycspring.internal.validation.Check;
import io.github.ycspring.internal.validation.ImagePatterns;
import org.jspecify.annotations.Nullable;

/**
 * Creates an image from exactly one source: another image, a disk, a snapshot or a URI in Object Storage.
 *
 * @param folderId folder to create the image in; {@code ""} uses {@code yandex.cloud.folder-id}
 * @param name name, {@code |[a-z]([-_a-z0-9]{0,61}[a-z0-9])?}
 * @param description description, at most 256 characters
 * @param labels labels, at most 64
 * @param family image family, {@code |[a-z][-a-z0-9]{1,61}[a-z0-9]}
 * @param minDiskSize smallest disk in bytes that can be made from the image, 4 MiB to 4 TiB; 0 for the source's
 * @param productIds license ids to attach
 * @param sourceImageId id of the image to copy, or {@code ""}
 * @param sourceDiskId id of the disk to image, or {@code ""}
 * @param sourceSnapshotId id of the snapshot to image, or {@code ""}
 * @param sourceUri URI of an image file in Object Storage, or {@code ""}
 * @param os operating system in the image; {@code null} for the server's default
 * @param pooled whether to pool the image for faster disk creation
 * @param hardwareGeneration hardware generation the image needs; {@code null} for the source's
 */
public record CreateImageRequest(String folderId, String name, String description, Map<String, String> labels,
		String family, long minDiskSize, List<String> productIds, String sourceImageId, String sourceDiskId,
		String sourceSnapshotId, String sourceUri, @Nullable Os os, boolean pooled,
		@Nullable HardwareGeneration hardwareGeneration) {

	/**
	 * Checks every argument against the API's limits, and that exactly one source is given.
	 * @param folderId folder to create the image in; {@code ""} uses {@code yandex.cloud.folder-id}
	 * @param name name, {@code |[a-z]([-_a-z0-9]{0,61}[a-z0-9])?}
	 * @param description description, at most 256 characters
	 * @param labels labels, at most 64
	 * @param family image family, {@code |[a-z][-a-z0-9]{1,61}[a-z0-9]}
	 * @param minDiskSize smallest disk in bytes that can be made from the image, 4 MiB to 4 TiB; 0 for the source's
	 * @param productIds license ids to attach
	 * @param sourceImageId id of the image to copy, or {@code ""}
	 * @param sourceDiskId id of the disk to image, or {@code ""}
	 * @param sourceSnapshotId id of the snapshot to image, or {@code ""}
	 * @param sourceUri URI of an image file in Object Storage, or {@code ""}
	 * @param os operating system in the image; {@code null} for the server's default
	 * @param pooled whether to pool the image for faster disk creation
	 * @param hardwareGeneration hardware generation the image needs; {@code null} for the source's
	 */
	public CreateImageRequest {
		folderId = Check.optionalId("folderId", folderId);
		name = Check.matches("name", name, ImagePatterns.NAME);
		description = Check.maxLength("description", description, ImagePatterns.MAX_DESCRIPTION);
		labels = Check.labels("labels", labels);
		family = Check.matches("family", family, ImagePatterns.FAMILY);
		if (minDiskSize != 0) {
			Check.range("minDiskSize", minDiskSize, ImagePatterns.MIN_DISK_SIZE, ImagePatterns.MAX_DISK_SIZE);
		}
		productIds = Check.noBlanks("productIds", productIds);
		sourceImageId = Check.optionalId("sourceImageId", sourceImageId);
		sourceDiskId = Check.optionalId("sourceDiskId", sourceDiskId);
		sourceSnapshotId = Check.optionalId("sourceSnapshotId", sourceSnapshotId);
		sourceUri = (sourceUri != null) ? sourceUri : "";
		long sources = Stream.of(sourceImageId, sourceDiskId, sourceSnapshotId, sourceUri)
			.filter((source) -> !source.isEmpty())
			.count();
		if (sources != 1) {
			throw Check.fail("source", "exactly one of sourceImageId, sourceDiskId, sourceSnapshotId and sourceUri "
					+ "must be set, " + sources + " were");
		}
	}

	/**
	 * A builder.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builds a {@link CreateImageRequest}.
	 */
	public static final class Builder {

		private String folderId = "";

		private String name = "";

		private String description = "";

		private Map<String, String> labels = Map.of();

		private String family = "";

		private long minDiskSize;

		private List<String> productIds = List.of();

		private String sourceImageId = "";

		private String sourceDiskId = "";

		private String sourceSnapshotId = "";

		private String sourceUri = "";

		private @Nullable Os os;

		private boolean pooled;

		private @Nullable HardwareGeneration hardwareGeneration;

		private Builder() {
		}

		/**
		 * Folder to create the image in.
		 * @param folderId the folder id
		 * @return this builder
		 */
		public Builder folderId(String folderId) {
			this.folderId = folderId;
			return this;
		}

		/**
		 * Name of the image.
		 * @param name the name
		 * @return this builder
		 */
		public Builder name(String name) {
			this.name = name;
			return this;
		}

		/**
		 * Description of the image.
		 * @param description the description
		 * @return this builder
		 */
		public Builder description(String description) {
			this.description = description;
			return this;
		}

		/**
		 * Labels of the image.
		 * @param labels the labels
		 * @return this builder
		 */
		public Builder labels(Map<String, String> labels) {
			this.labels = labels;
			return this;
		}

		/**
		 * Image family.
		 * @param family the family
		 * @return this builder
		 */
		public Builder family(String family) {
			this.family = family;
			return this;
		}

		/**
		 * Smallest disk, in bytes, that can be created from the image.
		 * @param minDiskSize the size in bytes
		 * @return this builder
		 */
		public Builder minDiskSize(long minDiskSize) {
			this.minDiskSize = minDiskSize;
			return this;
		}

		/**
		 * License ids to attach.
		 * @param productIds the ids
		 * @return this builder
		 */
		public Builder productIds(Collection<String> productIds) {
			this.productIds = List.copyOf(productIds);
			return this;
		}

		/**
		 * Copies another image.
		 * @param imageId id of the source image
		 * @return this builder
		 */
		public Builder sourceImageId(String imageId) {
			this.sourceImageId = imageId;
			return this;
		}

		/**
		 * Images a disk.
		 * @param diskId id of the source disk
		 * @return this builder
		 */
		public Builder sourceDiskId(String diskId) {
			this.sourceDiskId = diskId;
			return this;
		}

		/**
		 * Images a snapshot.
		 * @param snapshotId id of the source snapshot
		 * @return this builder
		 */
		public Builder sourceSnapshotId(String snapshotId) {
			this.sourceSnapshotId = snapshotId;
			return this;
		}

		/**
		 * Imports an image file from Object Storage.
		 * @param uri URI of the file
		 * @return this builder
		 */
		public Builder sourceUri(String uri) {
			this.sourceUri = uri;
			return this;
		}

		/**
		 * Operating system in the image.
		 * @param type the operating system type
		 * @return this builder
		 */
		public Builder os(Os.Type type) {
			this.os = Os.of(type);
			return this;
		}

		/**
		 * Whether to pool the image for faster disk creation.
		 * @param pooled whether to pool
		 * @return this builder
		 */
		public Builder pooled(boolean pooled) {
			this.pooled = pooled;
			return this;
		}

		/**
		 * Hardware generation the image needs.
		 * @param hardwareGeneration the hardware generation
		 * @return this builder
		 */
		public Builder hardwareGeneration(HardwareGeneration hardwareGeneration) {
			this.hardwareGeneration = hardwareGeneration;
			return this;
		}

		/**
		 * Builds the request, checking every argument.
		 * @return the request
		 * @throws IllegalArgumentException naming the field and rule an argument breaks
		 */
		public CreateImageRequest build() {
			return new CreateImageRequest(this.folderId, this.name, this.description, this.labels, this.family,
					this.minDiskSize, this.productIds, this.sourceImageId, this.sourceDiskId, this.sourceSnapshotId,
					this.sourceUri, this.os, this.pooled, this.hardwareGeneration);
		}

	}

}
