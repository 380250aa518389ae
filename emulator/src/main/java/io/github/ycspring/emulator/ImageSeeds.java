package io.github.ycspring.emulator;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Realistic public-image-like records, every field filled somewhere in the set. Image
 * {@code i} of a folder depends only on the folder and {@code i}, so seeds repeat exactly.
 */
final class ImageSeeds {

	private static final long MIB = 1L << 20;

	private static final long GIB = 1L << 30;

	private static final Instant FIRST_CREATED = Instant.parse("2022-01-10T03:00:00Z");

	private static final DateTimeFormatter BUILD_DATE = DateTimeFormatter.ofPattern("uuuuMMdd")
		.withZone(ZoneOffset.UTC);

	private static final List<Family> FAMILIES = List.of(
			new Family("ubuntu-2204-lts", "Ubuntu 22.04 LTS", "LINUX", "f2ek1vhoppg2l2n5ffq6", ""),
			new Family("debian-12", "Debian 12", "LINUX", "f2eb0ujqasqr63n35qo8", ""),
			new Family("centos-stream-9", "CentOS Stream 9", "LINUX", "", ""),
			new Family("almalinux-9", "AlmaLinux 9", "LINUX", "f2e3l7guqs5m0rmbfqvs", ""),
			new Family("container-optimized-image", "Container Optimized Image", "LINUX", "f2err3ml2s07pjdqrptv",
					""),
			new Family("ubuntu-2204-lts-gpu", "Ubuntu 22.04 LTS GPU", "LINUX", "f2ee8bh9fe9bq6gfmoc3", "535"),
			new Family("windows-2022-dc", "Windows Server 2022 Datacenter", "WINDOWS", "f2eif1rbg8pdah4rk8gq", ""));

	private static final EmulatedImage.HardwareGeneration[] GENERATIONS = {
			EmulatedImage.HardwareGeneration.LEGACY_PCI_TOPOLOGY_V2, EmulatedImage.HardwareGeneration.GENERATION2,
			EmulatedImage.HardwareGeneration.LEGACY_PCI_TOPOLOGY_V1, EmulatedImage.HardwareGeneration.NONE };

	private ImageSeeds() {
	}

	static List<EmulatedImage> generate(String folderId, int count) {
		List<EmulatedImage> images = new ArrayList<>(count);
		for (int index = 0; index < count; index++) {
			images.add(image(folderId, index));
		}
		return images;
	}

	private static EmulatedImage image(String folderId, int index) {
		Random random = new Random(31L * folderId.hashCode() + index);
		Family family = FAMILIES.get(index % FAMILIES.size());
		Instant createdAt = FIRST_CREATED.plus(Duration.ofHours(6L * index))
			.plusSeconds(random.nextInt(3600))
			.plusNanos(nanos(index, random));
		String build = "v" + BUILD_DATE.format(createdAt);
		long storageSize = (2 + random.nextInt(10)) * GIB + random.nextInt(256) * 4 * MIB;
		long minDiskSize = (storageSize / GIB + 1 + random.nextInt(3)) * GIB;
		Map<String, String> labels = (index % 10 == 9) ? Map.of()
				: Map.of("os", family.name().split("-")[0], "build", build, "channel",
						(index % 4 == 0) ? "testing" : "stable");
		return EmulatedImage.builder()
			.id(Ids.next("fd8", random))
			.folderId(folderId)
			.createdAt(createdAt)
			.name(family.name() + "-" + build + "-" + index)
			.description(family.title() + ", build " + build)
			.labels(labels)
			.family(family.name())
			.storageSize(storageSize)
			.minDiskSize(minDiskSize)
			.productIds(family.productId().isEmpty() ? List.of() : List.of(family.productId()))
			.status("READY")
			.osType(family.osType())
			.nvidiaDriver(family.nvidiaDriver())
			.pooled(index % 5 == 0)
			.hardwareGeneration(GENERATIONS[index % GENERATIONS.length])
			.kmsKey((index % 7 == 3) ? Ids.next("abj", random) : "", (index % 7 == 3) ? Ids.next("abj", random) : "")
			.build();
	}

	/** Whole seconds, milliseconds, microseconds and nanoseconds in turn: every timestamp form. */
	private static long nanos(int index, Random random) {
		return switch (index % 4) {
			case 0 -> 0;
			case 1 -> (1 + random.nextInt(999)) * 1_000_000L;
			case 2 -> (1 + random.nextInt(999_999)) * 1_000L;
			default -> 1 + random.nextInt(999_999_999);
		};
	}

	private record Family(String name, String title, String osType, String productId, String nvidiaDriver) {
	}

}
