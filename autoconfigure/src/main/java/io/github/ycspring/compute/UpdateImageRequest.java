package io.github.ycspring.compute;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.ycspring.internal.validation.Check;
import io.github.ycspring.internal.validation.ImagePatterns;
import org.jspecify.annotations.Nullable;

/**
 * Updates an image. Only the fields that were set are sent and named in the update mask, so the server changes
 * exactly those and leaves the rest alone; {@code labels} replace the image's labels whole.
 *
 * @param imageId id of the image
 * @param name new name, or {@code null} to leave it
 * @param description new description, or {@code null} to leave it
 * @param minDiskSize new minimum disk size in bytes, or {@code null} to leave it
 * @param labels new labels (all of them), or {@code null} to leave them
 */
public record UpdateImageRequest(String imageId, @Nullable String name, @Nullable String description,
		@Nullable Long minDiskSize, @Nullable Map<String, String> labels) {

	/**
	 * Checks every argument against the API's limits, and that something is updated.
	 * @param imageId id of the image
	 * @param name new name, or {@code null} to leave it
	 * @param description new description, or {@code null} to leave it
	 * @param minDiskSize new minimum disk size in bytes, or {@code null} to leave it
	 * @param labels new labels (all of them), or {@code null} to leave them
	 */
	public UpdateImageRequest {
		Check.id("imageId", imageId);
		if (name != null) {
			Check.matches("name", name, ImagePatterns.NAME);
		}
		if (description != null) {
			Check.maxLength("description", description, ImagePatterns.MAX_DESCRIPTION);
		}
		if (minDiskSize != null) {
			Check.range("minDiskSize", minDiskSize, ImagePatterns.MIN_DISK_SIZE, ImagePatterns.MAX_DISK_SIZE);
		}
		if (labels != null) {
			labels = Check.labels("labels", labels);
		}
		if (name == null && description == null && minDiskSize == null && labels == null) {
			// an empty mask would make the server replace every field with its default
			throw Check.fail("updateMask", "set at least one of name, description, minDiskSize and labels");
		}
	}

	/**
	 * A builder for an update of one image.
	 * @param imageId id of the image
	 * @return a new builder
	 */
	public static Builder builder(String imageId) {
		return new Builder(imageId);
	}

	/**
	 * The update mask: the fields that were set, in the API's names.
	 * @return the field names
	 */
	public List<String> updateMask() {
		List<String> mask = new ArrayList<>(4);
		if (this.name != null) {
			mask.add("name");
		}
		if (this.description != null) {
			mask.add("description");
		}
		if (this.minDiskSize != null) {
			mask.add("minDiskSize");
		}
		if (this.labels != null) {
			mask.add("labels");
		}
		return mask;
	}

	/**
	 * Builds an {@link UpdateImageRequest}.
	 */
	public static final class Builder {

		private final String imageId;

		private @Nullable String name;

		private @Nullable String description;

		private @Nullable Long minDiskSize;

		private @Nullable Map<String, String> labels;

		private Builder(String imageId) {
			this.imageId = imageId;
		}

		/**
		 * New name.
		 * @param name the name
		 * @return this builder
		 */
		public Builder name(String name) {
			this.name = Check.notNull("name", name);
			return this;
		}

		/**
		 * New description; {@code ""} clears it.
		 * @param description the description
		 * @return this builder
		 */
		public Builder description(String description) {
			this.description = Check.notNull("description", description);
			return this;
		}

		/**
		 * New minimum disk size in bytes.
		 * @param minDiskSize the size
		 * @return this builder
		 */
		public Builder minDiskSize(long minDiskSize) {
			this.minDiskSize = minDiskSize;
			return this;
		}

		/**
		 * New labels, replacing all the image has; an empty map clears them.
		 * @param labels the labels
		 * @return this builder
		 */
		public Builder labels(Map<String, String> labels) {
			this.labels = Check.notNull("labels", labels);
			return this;
		}

		/**
		 * Builds the request, checking every argument.
		 * @return the request
		 * @throws IllegalArgumentException naming the field and rule an argument breaks
		 */
		public UpdateImageRequest build() {
			return new UpdateImageRequest(this.imageId, this.name, this.description, this.minDiskSize, this.labels);
		}

	}

}
