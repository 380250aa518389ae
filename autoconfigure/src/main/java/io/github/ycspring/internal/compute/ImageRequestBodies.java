package io.github.ycspring.internal.compute;

import java.util.List;
import java.util.Map;

import io.github.ycspring.compute.CreateImageRequest;
import io.github.ycspring.compute.HardwareGeneration;
import io.github.ycspring.compute.Os;
import io.github.ycspring.compute.UpdateImageRequest;
import org.jspecify.annotations.Nullable;

/**
 * The JSON bodies of image requests, in the API's field names, with defaults left out as proto3 does.
 */
final class ImageRequestBodies {

	private ImageRequestBodies() {
	}

	/** The body of {@code POST /compute/v1/images}. */
	record Create(String folderId, String name, String description, Map<String, String> labels, String family,
			@Nullable Long minDiskSize, List<String> productIds, String imageId, String diskId, String snapshotId,
			String uri, @Nullable Os os, @Nullable Boolean pooled, @Nullable HardwareGeneration hardwareGeneration) {
	}

	/** The body of {@code PATCH /compute/v1/images/{imageId}}: a masked field at its default is left out. */
	record Update(String imageId, String updateMask, @Nullable String name, @Nullable String description,
			@Nullable Long minDiskSize, @Nullable Map<String, String> labels) {
	}

	static Create create(CreateImageRequest request, String folderId) {
		return new Create(folderId, request.name(), request.description(), request.labels(), request.family(),
				(request.minDiskSize() != 0) ? request.minDiskSize() : null, request.productIds(),
				request.sourceImageId(), request.sourceDiskId(), request.sourceSnapshotId(), request.sourceUri(),
				request.os(), request.pooled() ? Boolean.TRUE : null, request.hardwareGeneration());
	}

	static Update update(UpdateImageRequest request) {
		return new Update(request.imageId(), String.join(",", request.updateMask()), request.name(),
				request.description(), request.minDiskSize(), request.labels());
	}

}
