package io.github.ycspring.emulator;

import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/** The Compute ImageService endpoints. */
final class ImageApi {

	private static final String METADATA_PACKAGE = "yandex.cloud.compute.v1.";

	private static final Set<String> CREATE_FIELDS = Set.of("folderId", "name", "description", "labels", "family",
			"minDiskSize", "productIds", "imageId", "diskId", "snapshotId", "uri", "os", "pooled",
			"hardwareGeneration");

	private static final Set<String> UPDATABLE_FIELDS = Set.of("name", "description", "minDiskSize", "labels");

	private static final Set<String> UPDATE_FIELDS = Set.of("imageId", "updateMask", "name", "description",
			"minDiskSize", "labels");

	private static final List<String> SOURCES = List.of("imageId", "diskId", "snapshotId", "uri");

	private static final List<String> OS_TYPES = List.of("TYPE_UNSPECIFIED", "LINUX", "WINDOWS");

	private static final List<String> PCI_TOPOLOGIES = List.of("PCI_TOPOLOGY_UNSPECIFIED", "PCI_TOPOLOGY_V1",
			"PCI_TOPOLOGY_V2");

	private static final Map<String, Function<EmulatedImage, String>> FILTER_FIELDS = Map.of("id",
			EmulatedImage::id, "name", EmulatedImage::name, "family", EmulatedImage::family, "status",
			EmulatedImage::status);

	/** Bytes in a GiB: sizes the emulator invents are whole GiB, as real images' are. */
	private static final long GIB = 1L << 30;

	private final ImageStore images;

	private final OperationStore operations;

	private final Idempotency idempotency;

	ImageApi(ImageStore images, OperationStore operations, Idempotency idempotency) {
		this.images = images;
		this.operations = operations;
		this.idempotency = idempotency;
	}

	void addRoutes(Router router) {
		router.route("GET", "/compute/v1/images/{imageId}", this::get)
			.route("GET", "/compute/v1/images:latestByFamily", this::latestByFamily)
			.route("GET", "/compute/v1/images", this::list)
			.route("POST", "/compute/v1/images", this::create)
			.route("PATCH", "/compute/v1/images/{imageId}", this::update)
			.route("DELETE", "/compute/v1/images/{imageId}", this::delete)
			.route("GET", "/compute/v1/images/{imageId}/operations", this::listOperations);
	}

	private Reply get(Call call) {
		return Reply.json(ImageJson.write(this.images.get(call.id(0, "image_id"))));
	}

	private Reply latestByFamily(Call call) {
		String folderId = Validation.requiredId("folder_id", call.query("folderId"));
		String family = call.query("family");
		Validation.family(family);
		return this.images.inFolder(folderId)
			.stream()
			.filter((image) -> image.family().equals(family) && image.status().equals("READY"))
			.max(Comparator.comparing(EmulatedImage::createdAt))
			.map((image) -> Reply.json(ImageJson.write(image)))
			.orElseThrow(() -> ApiException.notFound("Image with family " + family + " not found"));
	}

	private Reply list(Call call) {
		String folderId = Validation.requiredId("folder_id", call.query("folderId"));
		String filter = call.query("filter");
		if (filter.length() > 1000) {
			throw Validation.invalid("filter", "the maximum string length in characters is 1000");
		}
		String orderBy = call.query("orderBy");
		List<EmulatedImage> matching = this.images.inFolder(folderId)
			.stream()
			.filter(FilterExpression.predicate(filter, FILTER_FIELDS, Set.of(FilterExpression.Op.values())))
			.sorted(ImageOrder.parse(orderBy))
			.toList();
		var page = Pagination.page(matching, call, "images\n" + folderId + "\n" + filter + "\n" + orderBy);
		return Reply.json(ProtoJson.list("images", page.items().stream().map(ImageJson::write).toList(),
				page.nextPageToken()));
	}

	private Reply create(Call call) {
		EmulatedImage image = newImage(RequestJson.parse(call.body(), CREATE_FIELDS));
		OperationView operation = this.idempotency.run(call, () -> {
			this.images.insert(image);
			return this.operations.start("Create image", image.id(), metadata("CreateImageMetadata", image.id()),
					Outcome.of(() -> ImageJson.any(this.images.update(image.id(), ImageApi::ready)),
							() -> this.images.remove(image.id())));
		});
		return Reply.json(operation.toJson());
	}

	private Reply update(Call call) {
		String imageId = call.id(0, "image_id");
		UnaryOperator<EmulatedImage> change = imageChange(RequestJson.parse(call.body(), UPDATE_FIELDS));
		OperationView operation = this.idempotency.run(call, () -> {
			EmulatedImage current = this.images.get(imageId);
			requireStatus(current, "READY", "ERROR");
			this.images.checkNameFree(current.folderId(), change.apply(current).name(), imageId);
			return this.operations.start("Update image", imageId, metadata("UpdateImageMetadata", imageId),
					Outcome.of(() -> ImageJson.any(this.images.update(imageId, change)), () -> {
					}));
		});
		return Reply.json(operation.toJson());
	}

	private Reply delete(Call call) {
		String imageId = call.id(0, "image_id");
		OperationView operation = this.idempotency.run(call, () -> {
			EmulatedImage current = this.images.get(imageId);
			requireStatus(current, "READY", "ERROR");
			this.images.update(imageId, (image) -> image.withStatus("DELETING"));
			return this.operations.start("Delete image", imageId, metadata("DeleteImageMetadata", imageId),
					Outcome.of(() -> {
						this.images.remove(imageId);
						return Outcome.empty();
					}, () -> this.images.update(imageId, (image) -> image.withStatus(current.status()))));
		});
		return Reply.json(operation.toJson());
	}

	private Reply listOperations(Call call) {
		String imageId = call.id(0, "image_id");
		this.images.get(imageId); // NOT_FOUND for an unknown image
		List<OperationView> all = this.operations.ofResource(imageId).orElse(List.of());
		var page = Pagination.page(all, call, "image-operations\n" + imageId);
		return Reply.json(ProtoJson.list("operations", page.items().stream().map(OperationView::toJson).toList(),
				page.nextPageToken()));
	}

	private EmulatedImage newImage(RequestJson request) {
		String folderId = Validation.requiredId("folder_id", request.string("folderId"));
		Validation.name(request.string("name"));
		Validation.description(request.string("description"));
		Validation.labels(request.stringMap("labels"));
		Validation.family(request.string("family"));
		Validation.minDiskSize(request.int64("minDiskSize"));
		Validation.productIds(request.stringList("productIds"));
		List<String> sources = SOURCES.stream().filter((source) -> !request.string(source).isEmpty()).toList();
		if (sources.size() != 1) {
			throw Validation.invalid("source", "exactly one of image_id, disk_id, snapshot_id, uri is required");
		}
		if (!sources.get(0).equals("uri")) {
			Validation.optionalId(sources.get(0), request.string(sources.get(0)));
		}
		RequestJson os = request.message("os", Set.of("type", "nvidia"));
		RequestJson nvidia = (os != null) ? os.message("nvidia", Set.of("driver")) : null;
		return EmulatedImage.builder()
			.id(Ids.next("fd8"))
			.folderId(folderId)
			.createdAt(Instant.now())
			.name(request.string("name"))
			.description(request.string("description"))
			.labels(request.stringMap("labels"))
			.family(request.string("family"))
			.minDiskSize(request.int64("minDiskSize"))
			.productIds(request.stringList("productIds"))
			.status("CREATING")
			.osType((os != null) ? os.enumName("type", OS_TYPES) : "")
			.nvidiaDriver((nvidia != null) ? nvidia.string("driver") : "")
			.pooled(request.bool("pooled"))
			.hardwareGeneration(hardwareGeneration(request.message("hardwareGeneration",
					Set.of("legacyFeatures", "generation2Features"))))
			.build();
	}

	private static EmulatedImage.HardwareGeneration hardwareGeneration(@Nullable RequestJson generation) {
		if (generation == null) {
			return EmulatedImage.HardwareGeneration.NONE;
		}
		if (generation.has("legacyFeatures") && generation.has("generation2Features")) {
			throw Validation.invalid("hardware_generation", "only one of legacy_features, generation2_features");
		}
		if (generation.message("generation2Features", Set.of()) != null) {
			return EmulatedImage.HardwareGeneration.GENERATION2;
		}
		RequestJson legacy = generation.message("legacyFeatures", Set.of("pciTopology"));
		if (legacy == null) {
			return EmulatedImage.HardwareGeneration.NONE;
		}
		return switch (legacy.enumName("pciTopology", PCI_TOPOLOGIES)) {
			case "PCI_TOPOLOGY_V1" -> EmulatedImage.HardwareGeneration.LEGACY_PCI_TOPOLOGY_V1;
			case "PCI_TOPOLOGY_V2" -> EmulatedImage.HardwareGeneration.LEGACY_PCI_TOPOLOGY_V2;
			default -> EmulatedImage.HardwareGeneration.LEGACY;
		};
	}

	/** The image a finished create leaves: READY, with the sizes a real source would give. */
	private static EmulatedImage ready(EmulatedImage image) {
		long minDiskSize = (image.minDiskSize() != 0) ? image.minDiskSize() : 5 * GIB;
		return image.toBuilder()
			.status("READY")
			.minDiskSize(minDiskSize)
			.storageSize(Math.max(GIB, minDiskSize / 2 / GIB * GIB))
			.build();
	}

	/**
	 * The change an update makes: the fields the mask names, or every updatable field when
	 * the mask is empty, take the request's values (a field absent from the body is reset).
	 */
	private static UnaryOperator<EmulatedImage> imageChange(RequestJson request) {
		Set<String> mask = updateMask(request.string("updateMask"));
		String name = request.string("name");
		String description = request.string("description");
		long minDiskSize = request.int64("minDiskSize");
		Map<String, String> labels = request.stringMap("labels");
		Validation.name(name);
		Validation.description(description);
		Validation.minDiskSize(minDiskSize);
		Validation.labels(labels);
		return (image) -> {
			EmulatedImage.Builder changed = image.toBuilder();
			if (mask.contains("name")) {
				changed.name(name);
			}
			if (mask.contains("description")) {
				changed.description(description);
			}
			if (mask.contains("minDiskSize")) {
				changed.minDiskSize(minDiskSize);
			}
			if (mask.contains("labels")) {
				changed.labels(labels);
			}
			return changed.build();
		};
	}

	/**
	 * The fields an update changes: those the mask names, or every updatable field when the
	 * mask is empty.
	 */
	private static Set<String> updateMask(String mask) {
		if (mask.isBlank()) {
			return UPDATABLE_FIELDS;
		}
		Set<String> fields = Arrays.stream(mask.split(","))
			.map(String::trim)
			.map(RequestJson::lowerCamel)
			.collect(Collectors.toCollection(LinkedHashSet::new));
		for (String field : fields) {
			if (!UPDATABLE_FIELDS.contains(field)) {
				throw ApiException.invalidArgument("Invalid update_mask: field \"" + field
						+ "\" cannot be updated, expected some of " + UPDATABLE_FIELDS);
			}
		}
		return fields;
	}

	private static void requireStatus(EmulatedImage image, String... allowed) {
		if (!Arrays.asList(allowed).contains(image.status())) {
			throw new ApiException(GrpcCode.FAILED_PRECONDITION,
					"Image " + image.id() + " is " + image.status() + ", the operation is not allowed");
		}
	}

	private static ObjectNode metadata(String type, String imageId) {
		return ProtoJson.any(METADATA_PACKAGE + type, "imageId", imageId);
	}

}
