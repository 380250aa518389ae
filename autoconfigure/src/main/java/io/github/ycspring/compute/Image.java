package io.github.ycspring.compute;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A Compute image, as {@code yandex.cloud.compute.v1.Image}. Absent fields take their proto3 defaults.
 *
 * @param id id of the image
 * @param folderId id of the folder the image belongs to
 * @param createdAt creation time, with the server's nanosecond precision; {@code null} when absent
 * @param name name of the image, 1-63 characters, or {@code ""}
 * @param description description, 0-256 characters
 * @param labels resource labels
 * @param family image family the image belongs to, or {@code ""}
 * @param storageSize size of the stored image in bytes
 * @param minDiskSize smallest disk, in bytes, that can be created from the image
 * @param productIds license ids attached to the image
 * @param status current status
 * @param os operating system in the image; {@code null} when absent
 * @param pooled whether the image is pooled for faster disk creation
 * @param hardwareGeneration hardware generation the image needs; {@code null} when absent
 * @param kmsKey KMS key the image is encrypted with; {@code null} when absent
 */
@JsonDeserialize(using = ImageJsonReader.class)
public record Image(String id, String folderId, @Nullable Instant createdAt, String name, String description,
		Map<String, String> labels, String family, long storageSize, long minDiskSize,
		List<String> productIds, Status status, @Nullable Os os, boolean pooled,
		@Nullable HardwareGeneration hardwareGeneration, @Nullable KmsKey kmsKey) {

	/**
	 * Puts proto3 defaults where the JSON had no value.
	 * @param id id of the image
	 * @param folderId id of the folder the image belongs to
	 * @param createdAt creation time, with the server's nanosecond precision; {@code null} when absent
	 * @param name name of the image, 1-63 characters, or {@code ""}
	 * @param description description, 0-256 characters
	 * @param labels resource labels
	 * @param family image family the image belongs to, or {@code ""}
		 * @param storageSize size of the stored image in bytes
	 * @param minDiskSize smallest disk, in bytes, that can be created from the image
	 * @param productIds license ids attached to the image
	 * @param status current status
	 * @param os operating system in the image; {@code null} when absent
	 * @param pooled whether the image is pooled for faster disk creation
	 * @param hardwareGeneration hardware generation the image needs; {@code null} when absent
	 * @param kmsKey KMS key the image is encrypted with; {@code null} when absent
	 */
	public Image {
		id = orEmpty(id);
		folderId = orEmpty(folderId);
		name = orEmpty(name);
		description = orEmpty(description);
		labels = (labels != null) ? Map.copyOf(labels) : Map.of();
		family = orEmpty(family);
		productIds = (productIds != null) ? List.copyOf(productIds) : List.of();
		status = (status != null) ? status : Status.STATUS_UNSPECIFIED;
	}

	static String orEmpty(@Nullable String value) {
		return (value != null) ? value : "";
	}

	/**
	 * Status of an image.
	 */
	public enum Status {

		/** Not set. */
		STATUS_UNSPECIFIED,
		/** Being created. */
		CREATING,
		/** Ready to use. */
		READY,
		/** Encountered a problem and cannot operate. */
		ERROR,
		/** Being deleted. */
		DELETING,
		/** A status this version of the client does not know. */
		@JsonEnumDefaultValue
		UNRECOGNIZED

	}

}
