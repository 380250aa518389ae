package io.github.ycspring.emulator;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * Images by id. Images are immutable: a change replaces the record. Reads are lock-free;
 * writes are serialized so a name check and the write it guards cannot interleave.
 */
final class ImageStore {

	private final ConcurrentHashMap<String, EmulatedImage> images = new ConcurrentHashMap<>();

	Optional<EmulatedImage> find(String id) {
		return Optional.ofNullable(this.images.get(id));
	}

	EmulatedImage get(String id) {
		return find(id).orElseThrow(() -> ApiException.notFound("Image " + id + " not found"));
	}

	List<EmulatedImage> inFolder(String folderId) {
		return this.images.values().stream().filter((image) -> image.folderId().equals(folderId)).toList();
	}

	int count(String folderId) {
		return inFolder(folderId).size();
	}

	synchronized void put(EmulatedImage image) {
		this.images.put(image.id(), image);
	}

	/** Adds an image whose name must be free in its folder (ALREADY_EXISTS otherwise). */
	synchronized void insert(EmulatedImage image) {
		checkNameFree(image.folderId(), image.name(), image.id());
		put(image);
	}

	/** Replaces an image by a changed copy; NOT_FOUND if it is gone. */
	synchronized EmulatedImage update(String id, UnaryOperator<EmulatedImage> change) {
		EmulatedImage changed = change.apply(get(id));
		put(changed);
		return changed;
	}

	synchronized void clear() {
		this.images.clear();
	}

	synchronized void remove(String id) {
		this.images.remove(id);
	}

	synchronized void checkNameFree(String folderId, String name, String exceptId) {
		boolean taken = !name.isEmpty() && inFolder(folderId).stream()
			.anyMatch((other) -> other.name().equals(name) && !other.id().equals(exceptId));
		if (taken) {
			throw new ApiException(GrpcCode.ALREADY_EXISTS, "Image with name " + name + " already exists");
		}
	}

}
