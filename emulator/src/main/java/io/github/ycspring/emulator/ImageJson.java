package io.github.ycspring.emulator;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/** An image as yandex.cloud.compute.v1.Image JSON, fields in proto field order. */
final class ImageJson {

	static final String TYPE = "yandex.cloud.compute.v1.Image";

	private ImageJson() {
	}

	static ObjectNode write(EmulatedImage image) {
		ObjectNode json = ProtoJson.object();
		ProtoJson.putString(json, "id", image.id());
		ProtoJson.putString(json, "folderId", image.folderId());
		ProtoJson.putTimestamp(json, "createdAt", image.createdAt());
		ProtoJson.putString(json, "name", image.name());
		ProtoJson.putString(json, "description", image.description());
		ProtoJson.putMap(json, "labels", image.labels());
		ProtoJson.putString(json, "family", image.family());
		ProtoJson.putInt64(json, "size", image.size());
		ProtoJson.putInt64(json, "storageSize", image.storageSize());
		ProtoJson.putInt64(json, "minDiskSize", image.minDiskSize());
		ProtoJson.putList(json, "productIds", image.productIds());
		ProtoJson.putEnum(json, "status", image.status());
		ProtoJson.putMessage(json, "os", os(image));
		ProtoJson.putBool(json, "pooled", image.pooled());
		ProtoJson.putMessage(json, "hardwareGeneration", hardwareGeneration(image.hardwareGeneration()));
		ProtoJson.putMessage(json, "kmsKey", kmsKey(image));
		return json;
	}

	static ObjectNode any(EmulatedImage image) {
		return ProtoJson.any(TYPE, write(image));
	}

	private static @Nullable ObjectNode os(EmulatedImage image) {
		ObjectNode os = ProtoJson.object();
		ProtoJson.putEnum(os, "type", image.osType());
		if (!image.nvidiaDriver().isEmpty()) {
			os.putObject("nvidia").put("driver", image.nvidiaDriver());
		}
		return os.isEmpty() ? null : os;
	}

	private static @Nullable ObjectNode hardwareGeneration(EmulatedImage.HardwareGeneration generation) {
		ObjectNode json = ProtoJson.object();
		switch (generation) {
			case NONE -> {
				return null;
			}
			case LEGACY -> json.putObject("legacyFeatures");
			case LEGACY_PCI_TOPOLOGY_V1 -> json.putObject("legacyFeatures").put("pciTopology", "PCI_TOPOLOGY_V1");
			case LEGACY_PCI_TOPOLOGY_V2 -> json.putObject("legacyFeatures").put("pciTopology", "PCI_TOPOLOGY_V2");
			case GENERATION2 -> json.putObject("generation2Features");
		}
		return json;
	}

	private static @Nullable ObjectNode kmsKey(EmulatedImage image) {
		ObjectNode key = ProtoJson.object();
		ProtoJson.putString(key, "keyId", image.kmsKeyId());
		ProtoJson.putString(key, "versionId", image.kmsKeyVersionId());
		return key.isEmpty() ? null : key;
	}

}
