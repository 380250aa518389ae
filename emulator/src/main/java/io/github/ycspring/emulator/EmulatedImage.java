package io.github.ycspring.emulator;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * An image as the emulator stores it: every field of {@code yandex.cloud.compute.v1.Image}.
 * String fields use {@code ""} and numbers {@code 0} for "absent", as proto3 does; absent
 * fields are omitted from the JSON the emulator writes. {@code status} and {@code osType}
 * are enum names written as they are, so a test can store a name a client does not know.
 *
 * @param id image id ({@code fd8...}); {@code ""} lets {@link YandexCloudEmulator#putImage}
 * generate one
 * @param folderId folder the image belongs to
 * @param createdAt creation time (nanosecond precision is kept)
 * @param name image name
 * @param description image description
 * @param labels resource labels
 * @param family image family
 * @param size image size in bytes (listed by the REST reference, not by every API version)
 * @param storageSize stored size in bytes
 * @param minDiskSize minimum disk size in bytes
 * @param productIds license ids
 * @param status {@code CREATING}, {@code READY}, {@code ERROR}, {@code DELETING} or any other
 * name
 * @param osType {@code LINUX}, {@code WINDOWS}, {@code ""} (no {@code os}) or any other name
 * @param nvidiaDriver {@code os.nvidia.driver}
 * @param pooled whether the image is pooled
 * @param hardwareGeneration hardware generation features
 * @param kmsKeyId {@code kmsKey.keyId}
 * @param kmsKeyVersionId {@code kmsKey.versionId}
 */
public record EmulatedImage(String id, String folderId, Instant createdAt, String name, String description,
		Map<String, String> labels, String family, long size, long storageSize, long minDiskSize,
		List<String> productIds, String status, String osType, String nvidiaDriver, boolean pooled,
		HardwareGeneration hardwareGeneration, String kmsKeyId, String kmsKeyVersionId) {

	/**
	 * Copies the collections, the labels sorted so the JSON written is stable.
	 * @param id image id ({@code fd8...}); {@code ""} lets {@link YandexCloudEmulator#putImage} generate one
	 * @param folderId folder the image belongs to
	 * @param createdAt creation time (nanosecond precision is kept)
	 * @param name image name
	 * @param description image description
	 * @param labels resource labels
	 * @param family image family
	 * @param size image size in bytes (listed by the REST reference, not by every API version)
	 * @param storageSize stored size in bytes
	 * @param minDiskSize minimum disk size in bytes
	 * @param productIds license ids
	 * @param status {@code CREATING}, {@code READY}, {@code ERROR}, {@code DELETING} or any other name
	 * @param osType {@code LINUX}, {@code WINDOWS}, {@code ""} (no {@code os}) or any other name
	 * @param nvidiaDriver {@code os.nvidia.driver}
	 * @param pooled whether the image is pooled
	 * @param hardwareGeneration hardware generation features
	 * @param kmsKeyId {@code kmsKey.keyId}
	 * @param kmsKeyVersionId {@code kmsKey.versionId}
	 */
	public EmulatedImage {
		labels = Collections.unmodifiableSortedMap(new TreeMap<>(labels));
		productIds = List.copyOf(productIds);
	}

	/**
	 * Starts an image: status {@code READY}, os {@code LINUX}, created now, everything else
	 * absent.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Starts a builder holding this image's values.
	 * @return a new builder
	 */
	public Builder toBuilder() {
		return new Builder().id(this.id)
			.folderId(this.folderId)
			.createdAt(this.createdAt)
			.name(this.name)
			.description(this.description)
			.labels(this.labels)
			.family(this.family)
			.size(this.size)
			.storageSize(this.storageSize)
			.minDiskSize(this.minDiskSize)
			.productIds(this.productIds)
			.status(this.status)
			.osType(this.osType)
			.nvidiaDriver(this.nvidiaDriver)
			.pooled(this.pooled)
			.hardwareGeneration(this.hardwareGeneration)
			.kmsKey(this.kmsKeyId, this.kmsKeyVersionId);
	}

	EmulatedImage withStatus(String newStatus) {
		return toBuilder().status(newStatus).build();
	}

	/**
	 * {@code hardwareGeneration} of an image.
	 */
	public enum HardwareGeneration {

		/** No {@code hardwareGeneration}. */
		NONE,
		/** {@code {"legacyFeatures":{}}}. */
		LEGACY,
		/** {@code {"legacyFeatures":{"pciTopology":"PCI_TOPOLOGY_V1"}}}. */
		LEGACY_PCI_TOPOLOGY_V1,
		/** {@code {"legacyFeatures":{"pciTopology":"PCI_TOPOLOGY_V2"}}}. */
		LEGACY_PCI_TOPOLOGY_V2,
		/** {@code {"generation2Features":{}}}. */
		GENERATION2

	}

	/**
	 * Builds an {@link EmulatedImage}.
	 */
	public static final class Builder {

		private String id = "";

		private String folderId = "";

		private @Nullable Instant createdAt;

		private String name = "";

		private String description = "";

		private Map<String, String> labels = Map.of();

		private String family = "";

		private long size;

		private long storageSize;

		private long minDiskSize;

		private List<String> productIds = List.of();

		private String status = "READY";

		private String osType = "LINUX";

		private String nvidiaDriver = "";

		private boolean pooled;

		private HardwareGeneration hardwareGeneration = HardwareGeneration.NONE;

		private String kmsKeyId = "";

		private String kmsKeyVersionId = "";

		private Builder() {
		}

		/**
		 * @param id image id, or {@code ""} to have one generated
		 * @return this builder
		 */
		public Builder id(String id) {
			this.id = id;
			return this;
		}

		/**
		 * @param folderId folder the image belongs to (required)
		 * @return this builder
		 */
		public Builder folderId(String folderId) {
			this.folderId = folderId;
			return this;
		}

		/**
		 * @param createdAt creation time; defaults to the time of {@link #build()}
		 * @return this builder
		 */
		public Builder createdAt(Instant createdAt) {
			this.createdAt = createdAt;
			return this;
		}

		/**
		 * @param name image name
		 * @return this builder
		 */
		public Builder name(String name) {
			this.name = name;
			return this;
		}

		/**
		 * @param description image description
		 * @return this builder
		 */
		public Builder description(String description) {
			this.description = description;
			return this;
		}

		/**
		 * @param labels resource labels (replaces any set before)
		 * @return this builder
		 */
		public Builder labels(Map<String, String> labels) {
			this.labels = labels;
			return this;
		}

		/**
		 * @param family image family
		 * @return this builder
		 */
		public Builder family(String family) {
			this.family = family;
			return this;
		}

		/**
		 * @param size image size in bytes
		 * @return this builder
		 */
		public Builder size(long size) {
			this.size = size;
			return this;
		}

		/**
		 * @param storageSize stored size in bytes
		 * @return this builder
		 */
		public Builder storageSize(long storageSize) {
			this.storageSize = storageSize;
			return this;
		}

		/**
		 * @param minDiskSize minimum disk size in bytes
		 * @return this builder
		 */
		public Builder minDiskSize(long minDiskSize) {
			this.minDiskSize = minDiskSize;
			return this;
		}

		/**
		 * @param productIds license ids
		 * @return this builder
		 */
		public Builder productIds(List<String> productIds) {
			this.productIds = productIds;
			return this;
		}

		/**
		 * @param status status name, {@code READY} by default
		 * @return this builder
		 */
		public Builder status(String status) {
			this.status = status;
			return this;
		}

		/**
		 * @param osType os type name, {@code LINUX} by default; {@code ""} for no {@code os}
		 * @return this builder
		 */
		public Builder osType(String osType) {
			this.osType = osType;
			return this;
		}

		/**
		 * @param nvidiaDriver {@code os.nvidia.driver}
		 * @return this builder
		 */
		public Builder nvidiaDriver(String nvidiaDriver) {
			this.nvidiaDriver = nvidiaDriver;
			return this;
		}

		/**
		 * @param pooled whether the image is pooled
		 * @return this builder
		 */
		public Builder pooled(boolean pooled) {
			this.pooled = pooled;
			return this;
		}

		/**
		 * @param hardwareGeneration hardware generation features
		 * @return this builder
		 */
		public Builder hardwareGeneration(HardwareGeneration hardwareGeneration) {
			this.hardwareGeneration = hardwareGeneration;
			return this;
		}

		/**
		 * @param keyId {@code kmsKey.keyId}
		 * @param versionId {@code kmsKey.versionId}
		 * @return this builder
		 */
		public Builder kmsKey(String keyId, String versionId) {
			this.kmsKeyId = keyId;
			this.kmsKeyVersionId = versionId;
			return this;
		}

		/**
		 * @return the image
		 */
		public EmulatedImage build() {
			Instant created = (this.createdAt != null) ? this.createdAt : Instant.now();
			return new EmulatedImage(this.id, this.folderId, created, this.name, this.description, this.labels,
					this.family, this.size, this.storageSize, this.minDiskSize, this.productIds, this.status,
					this.osType, this.nvidiaDriver, this.pooled, this.hardwareGeneration, this.kmsKeyId,
					this.kmsKeyVersionId);
		}

	}

}
