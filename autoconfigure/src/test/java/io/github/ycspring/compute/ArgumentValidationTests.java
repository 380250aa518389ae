package io.github.ycspring.compute;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import io.github.ycspring.emulator.EmulatedImage;
import io.github.ycspring.operation.ListOperationsRequest;
import io.github.ycspring.operation.Operation;
import io.github.ycspring.operation.OperationResource;
import io.github.ycspring.support.EmulatorExtension;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Every documented limit, broken once: each fails at once with an {@link IllegalArgumentException} that names the
 * field and the rule, and no request reaches the server.
 */
class ArgumentValidationTests {

	@RegisterExtension
	static final EmulatorExtension cloud = new EmulatorExtension();

	private static Arguments rule(String name, String expectedMessage, Runnable call) {
		return Arguments.of(Named.of(name, call), expectedMessage);
	}

	private static CreateImageRequest.Builder create() {
		return CreateImageRequest.builder().folderId("b1gfolder").sourceImageId("fd8source");
	}

	static Stream<Arguments> brokenRules() {
		ImageClient images = cloud.images();
		Map<String, String> tooManyLabels = new HashMap<>();
		for (int i = 0; i < 65; i++) {
			tooManyLabels.put("k" + i, "v");
		}
		return Stream.of(
				rule("null image id", "imageId: is required", () -> images.get(null)),
				rule("blank image id", "imageId: is required", () -> images.get("  ")),
				rule("image id over 50 characters", "imageId: must be at most 50 characters, was 51",
						() -> images.get("f".repeat(51))),
				rule("blank folder id of a list", "folderId: is required", () -> images.list("")),
				rule("folder id over 50 characters", "folderId: must be at most 50 characters",
						() -> ListImagesRequest.builder().folderId("b".repeat(51)).build()),
				rule("negative page size", "pageSize: must be between 0 and 1000, was -1",
						() -> ListImagesRequest.builder().folderId("b1g").pageSize(-1).build()),
				rule("page size over 1000", "pageSize: must be between 0 and 1000, was 1001",
						() -> ListImagesRequest.builder().folderId("b1g").pageSize(1001).build()),
				rule("page token over 100 characters", "pageToken: must be at most 100 characters",
						() -> ListImagesRequest.builder().folderId("b1g").pageToken("t".repeat(101)).build()),
				rule("filter over 1000 characters", "filter: must be at most 1000 characters",
						() -> ListImagesRequest.builder().folderId("b1g").filter("x".repeat(1001)).build()),
				rule("name with capitals", "name: must match", () -> create().name("Web").build()),
				rule("name ending in a hyphen", "name: must match", () -> create().name("web-").build()),
				rule("name over 63 characters", "name: must match", () -> create().name("w".repeat(64)).build()),
				rule("family with an underscore", "family: must match", () -> create().family("web_db").build()),
				rule("family of two characters", "family: must match", () -> create().family("ab").build()),
				rule("description over 256 characters", "description: must be at most 256 characters",
						() -> create().description("d".repeat(257)).build()),
				rule("description over 256 characters, counted as characters, not UTF-16 units",
						"description: must be at most 256 characters, was 257",
						() -> create().description("\uD83D\uDE00".repeat(257)).build()),
				rule("label key with a capital", "labels: key 'Env'", () -> create().labels(Map.of("Env", "x")).build()),
				rule("label value with a space", "labels: value of 'env'",
						() -> create().labels(Map.of("env", "a b")).build()),
				rule("more than 64 labels", "labels: must have at most 64 entries, had 65",
						() -> create().labels(tooManyLabels).build()),
				rule("min disk size below 4 MiB", "minDiskSize: must be between 4194304 and 4398046511104",
						() -> create().minDiskSize(1024).build()),
				rule("min disk size above 4 TiB", "minDiskSize: must be between 4194304 and 4398046511104",
						() -> create().minDiskSize(4_398_046_511_105L).build()),
				rule("no image source", "source: exactly one of",
						() -> CreateImageRequest.builder().folderId("b1g").build()),
				rule("two image sources", "source: exactly one of sourceImageId, sourceDiskId, sourceSnapshotId and "
						+ "sourceUri must be set, 2 were", () -> create().sourceSnapshotId("fd8snap").build()),
				rule("blank product id", "productIds: must not contain null or blank elements",
						() -> create().productIds(java.util.List.of(" ")).build()),
				rule("update that sets nothing", "updateMask: set at least one of",
						() -> UpdateImageRequest.builder("fd8image").build()),
				rule("update with a bad name", "name: must match",
						() -> UpdateImageRequest.builder("fd8image").name("Bad Name").build()),
				rule("family lookup without a family", "family: is required",
						() -> images.getLatestByFamily("b1g", "")),
				rule("filter on image operations", "filter: is not supported",
						() -> ListOperationsRequest.builder().resource(OperationResource.image("fd8x")).filter("done=false")
							.build()),
				rule("blank operation id", "operationId: is required", () -> cloud.operations().get("")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("brokenRules")
	void aBrokenRuleFailsBeforeAnyRequestNamingTheFieldAndTheRule(Runnable call, String expectedMessage) {
		cloud.emulator().clearRequests();
		assertThatIllegalArgumentException().isThrownBy(call::run).withMessageContaining(expectedMessage);
		assertThat(cloud.emulator().requests()).isEmpty();
	}

	@Test
	void lengthsCountCharactersSoEmojiWithinTheLimitAreAcceptedAndSent() {
		String description = "\uD83D\uDE00".repeat(129);
		Operation operation = cloud.images()
			.create(CreateImageRequest.builder()
				.folderId("b1gfolder")
				.sourceUri("https://storage.yandexcloud.net/bucket/disk.qcow2")
				.description(description)
				.build())
			.block(Duration.ofSeconds(10));
		assertThat(operation).isNotNull();
		String imageId = operation.metadata().path("imageId").asString();
		assertThat(cloud.emulator().image(imageId)).map(EmulatedImage::description)
			.hasValue(description);
	}

}
