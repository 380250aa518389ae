package io.github.ycspring.compute;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.github.ycspring.core.Code;
import io.github.ycspring.core.Page;
import io.github.ycspring.core.YandexCloudException;
import io.github.ycspring.emulator.EmulatedImage;
import io.github.ycspring.emulator.RecordedRequest;
import io.github.ycspring.emulator.YandexCloudEmulator;
import io.github.ycspring.operation.Operation;
import io.github.ycspring.support.EmulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.test.StepVerifier;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * {@link ImageClient} over loopback HTTP against the emulator.
 */
class ImageClientTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	@RegisterExtension
	static final EmulatorExtension cloud = new EmulatorExtension();

	private YandexCloudEmulator emulator() {
		return cloud.emulator();
	}

	private ImageClient images() {
		return cloud.images();
	}

	private long listRequests() {
		return emulator().requests()
			.stream()
			.filter((request) -> request.method().equals("GET") && request.path().equals("/compute/v1/images"))
			.count();
	}

	@Test
	void getReturnsEveryFieldOfTheImage() {
		String id = emulator().seedImages("get-folder", 5).get(3);
		EmulatedImage stored = emulator().image(id).orElseThrow();
		Image image = images().get(id).block(TIMEOUT);
		assertThat(image.id()).isEqualTo(id);
		assertThat(image.folderId()).isEqualTo("get-folder");
		assertThat(image.createdAt()).isEqualTo(stored.createdAt());
		assertThat(image.name()).isEqualTo(stored.name());
		assertThat(image.description()).isEqualTo(stored.description());
		assertThat(image.labels()).isEqualTo(stored.labels());
		assertThat(image.family()).isEqualTo(stored.family());
		assertThat(image.storageSize()).isEqualTo(stored.storageSize());
		assertThat(image.minDiskSize()).isEqualTo(stored.minDiskSize());
		assertThat(image.productIds()).isEqualTo(stored.productIds());
		assertThat(image.status()).isEqualTo(Image.Status.READY);
		assertThat(image.pooled()).isEqualTo(stored.pooled());
		RecordedRequest request = emulator().requests().get(0);
		assertThat(request.path()).isEqualTo("/compute/v1/images/" + id);
		assertThat(request.header("Authorization")).isEqualTo("Bearer " + EmulatorExtension.TOKEN);
		assertThat(request.header("x-client-request-id")).isNotBlank();
		assertThat(request.header("x-client-trace-id")).isNotBlank();
	}

	@Test
	void getOfAnUnknownImageFailsWithNotFoundAndTheRequestIds() {
		StepVerifier.create(images().get("fd8doesnotexist"))
			.expectErrorSatisfies((ex) -> {
				YandexCloudException cloudError = (YandexCloudException) ex;
				assertThat(cloudError.code()).isEqualTo(Code.NOT_FOUND);
				assertThat(cloudError.httpStatus()).isEqualTo(404);
				assertThat(cloudError.requestId()).isNotBlank();
				assertThat(cloudError.clientRequestId())
					.isEqualTo(emulator().requests().get(0).header("x-client-request-id"));
				assertThat(cloudError.getMessage()).contains("fd8doesnotexist").contains(cloudError.requestId());
			})
			.verify(TIMEOUT);
	}

	@Test
	void getLatestByFamilyReturnsTheNewestImageOfTheFamily() {
		Instant now = Instant.parse("2024-05-01T10:00:00.123456789Z");
		emulator().putImage(EmulatedImage.builder().folderId("family-folder").name("old").family("web")
			.createdAt(now.minusSeconds(3600)).build());
		String newest = emulator().putImage(EmulatedImage.builder().folderId("family-folder").name("new").family("web")
			.createdAt(now).build());
		emulator().putImage(EmulatedImage.builder().folderId("family-folder").name("other").family("db")
			.createdAt(now.plusSeconds(60)).build());
		Image image = images().getLatestByFamily("family-folder", "web").block(TIMEOUT);
		assertThat(image.id()).isEqualTo(newest);
		assertThat(image.createdAt()).isEqualTo(now);
		assertThat(emulator().requests().get(0).query()).containsEntry("folderId", "family-folder")
			.containsEntry("family", "web");
	}

	@Test
	void listStreamsEveryImageOnceInThreeRequestsOfAThousand() {
		List<String> ids = emulator().seedImages("big-folder", 2345);
		List<Image> listed = images().list("big-folder").collectList().block(TIMEOUT);
		assertThat(listed).extracting(Image::id).containsExactlyElementsOf(ids);
		assertThat(listRequests()).isEqualTo(3);
		assertThat(emulator().requests()).allSatisfy((request) -> assertThat(request.query())
			.containsEntry("pageSize", "1000"));
	}

	@Test
	void takeFiveSendsOneRequest() {
		emulator().seedImages("take-folder", 2345);
		StepVerifier.create(images().list("take-folder").take(5)).expectNextCount(5).verifyComplete();
		assertThat(listRequests()).isEqualTo(1);
	}

	@Test
	void anEmptyFolderCostsOneRequest() {
		StepVerifier.create(images().list("empty-folder")).verifyComplete();
		assertThat(listRequests()).isEqualTo(1);
	}

	@Test
	void aServerThatRepeatsThePageTokenFailsTheListInsteadOfLooping() {
		String page = "{\"images\":[{\"id\":\"fd8looping\",\"folderId\":\"loop-folder\"}],"
				+ "\"nextPageToken\":\"stuck\"}";
		emulator().faults().forPath("/compute/v1/images").respond(3, 200, "application/json", page);
		StepVerifier.create(images().list("loop-folder").map(Image::id))
			.expectNext("fd8looping")
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(YandexCloudException.class)
				.hasMessageContaining("'stuck'"))
			.verify(TIMEOUT);
		assertThat(listRequests()).isEqualTo(2);
		assertThat(emulator().requests().get(1).query()).containsEntry("pageToken", "stuck");
	}

	@Test
	void nothingIsSentBeforeSubscription() {
		images().list("lazy-folder");
		images().get("fd8lazy");
		images().delete("fd8lazy");
		assertThat(emulator().requests()).isEmpty();
	}

	@Test
	void listSendsFilterOrderAndPageSize() {
		emulator().putImage(EmulatedImage.builder().folderId("filter-folder").name("alpha").build());
		String beta = emulator().putImage(EmulatedImage.builder().folderId("filter-folder").name("beta").build());
		ListImagesRequest request = ListImagesRequest.builder()
			.folderId("filter-folder")
			.filter("name = \"beta\"")
			.orderBy("createdAt desc")
			.pageSize(10)
			.build();
		assertThat(images().list(request).map(Image::id).collectList().block(TIMEOUT)).containsExactly(beta);
		assertThat(emulator().requests().get(0).query()).containsEntry("filter", "name = \"beta\"")
			.containsEntry("orderBy", "createdAt desc")
			.containsEntry("pageSize", "10");
	}

	@Test
	void listPagesResumesFromAPagesToken() {
		List<String> ids = emulator().seedImages("pages-folder", 25);
		ListImagesRequest request = ListImagesRequest.builder().folderId("pages-folder").pageSize(10).build();
		Page<Image> first = images().listPages(request).blockFirst(TIMEOUT);
		assertThat(first.items()).extracting(Image::id).containsExactlyElementsOf(ids.subList(0, 10));
		assertThat(first.hasNext()).isTrue();
		List<Page<Image>> rest = images().listPages(request.withPageToken(first.nextPageToken()))
			.collectList()
			.block(TIMEOUT);
		assertThat(rest).hasSize(2);
		assertThat(rest.get(1).hasNext()).isFalse();
		assertThat(rest.stream().flatMap((page) -> page.items().stream()).map(Image::id))
			.containsExactlyElementsOf(ids.subList(10, 25));
	}

	@Test
	void aPageOfAThousandFullImagesNeedsMoreThanWebFluxsDefaultBuffer() {
		emulator().seedImages("limit-folder", 1000);
		ImageClient tiny = cloud.clientsBuilder().maxInMemorySize(DataSize.ofKilobytes(256)).build().images();
		StepVerifier.create(tiny.list("limit-folder"))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(YandexCloudException.class)
				.hasMessageContaining("max-in-memory-size"))
			.verify(TIMEOUT);
		assertThat(images().list("limit-folder").count().block(TIMEOUT)).isEqualTo(1000);
	}

	@Test
	void createSendsEveryFieldOnceWithAnIdempotencyKeyAndTheOperationYieldsTheImage() {
		String source = emulator().seedImages("create-folder", 1).get(0);
		CreateImageRequest request = CreateImageRequest.builder()
			.folderId("create-folder")
			.name("web-v2")
			.description("web server, second cut")
			.labels(Map.of("env", "prod", "team", "web"))
			.family("web")
			.minDiskSize(10_737_418_240L)
			.productIds(List.of("f2e1"))
			.sourceImageId(source)
			.os(Os.Type.LINUX)
			.pooled(true)
			.build();
		Operation started = images().create(request).block(TIMEOUT);
		assertThat(started.done()).isFalse();
		String imageId = started.metadataAs(ImageOperationMetadata.class).imageId();
		assertThat(imageId).isNotBlank();
		RecordedRequest post = emulator().requests().get(0);
		assertThat(post.method()).isEqualTo("POST");
		assertThat(post.header("Idempotency-Key")).matches("[0-9a-f-]{36}");
		Image created = cloud.operations().awaitResponse(started, Image.class).block(TIMEOUT);
		assertThat(created.id()).isEqualTo(imageId);
		assertThat(created.name()).isEqualTo("web-v2");
		assertThat(created.description()).isEqualTo("web server, second cut");
		assertThat(created.labels()).isEqualTo(Map.of("env", "prod", "team", "web"));
		assertThat(created.family()).isEqualTo("web");
		assertThat(created.minDiskSize()).isEqualTo(10_737_418_240L);
		assertThat(created.productIds()).containsExactly("f2e1");
		assertThat(created.os().type()).isEqualTo(Os.Type.LINUX);
		assertThat(created.pooled()).isTrue();
		assertThat(created.status()).isEqualTo(Image.Status.READY);
	}

	@Test
	void createUsesTheDefaultFolderWhenTheRequestHasNone() {
		ImageClient withDefault = cloud.clientsBuilder().defaultFolderId("default-folder").build().images();
		Operation started = withDefault.create(CreateImageRequest.builder().name("defaulted")
			.sourceUri("https://storage.yandexcloud.net/b/i.qcow2").build()).block(TIMEOUT);
		String imageId = started.metadataAs(ImageOperationMetadata.class).imageId();
		assertThat(emulator().image(imageId).orElseThrow().folderId()).isEqualTo("default-folder");
	}

	@Test
	void aFolderIsRequiredWhenThereIsNoDefault() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> images().create(CreateImageRequest.builder().sourceImageId("fd8x").build()))
			.withMessageContaining("folderId")
			.withMessageContaining("yandex.cloud.folder-id");
		assertThat(emulator().requests()).isEmpty();
	}

	@Test
	void updateChangesExactlyTheFieldsThatWereSet() {
		String id = emulator().putImage(EmulatedImage.builder().folderId("update-folder").name("keep-me")
			.description("old").labels(Map.of("a", "1", "b", "2")).minDiskSize(8_589_934_592L).build());
		Operation update = images().update(UpdateImageRequest.builder(id).description("new")
			.labels(Map.of("c", "3")).build()).block(TIMEOUT);
		Image updated = cloud.operations().awaitResponse(update, Image.class).block(TIMEOUT);
		assertThat(updated.name()).isEqualTo("keep-me");
		assertThat(updated.minDiskSize()).isEqualTo(8_589_934_592L);
		assertThat(updated.description()).isEqualTo("new");
		assertThat(updated.labels()).isEqualTo(Map.of("c", "3"));
		RecordedRequest patch = emulator().requests().get(0);
		assertThat(patch.method()).isEqualTo("PATCH");
		assertThat(patch.body()).contains("\"updateMask\":\"description,labels\"");
		assertThat(patch.header("Idempotency-Key")).isNotBlank();
	}

	@Test
	void deleteRemovesTheImageOnceTheOperationIsDone() {
		String id = emulator().seedImages("delete-folder", 1).get(0);
		Operation deletion = images().delete(id).block(TIMEOUT);
		assertThat(deletion.metadataAs(ImageOperationMetadata.class).imageId()).isEqualTo(id);
		Operation done = cloud.operations().await(deletion).block(TIMEOUT);
		assertThat(done.done()).isTrue();
		assertThat(done.error()).isNull();
		assertThat(emulator().image(id)).isEmpty();
		StepVerifier.create(images().get(id))
			.expectErrorSatisfies((ex) -> assertThat(((YandexCloudException) ex).code()).isEqualTo(Code.NOT_FOUND))
			.verify(TIMEOUT);
	}

	@Test
	void listOperationsStreamsAnImagesOperations() {
		String id = emulator().putImage(EmulatedImage.builder().folderId("ops-folder").name("ops").build());
		Operation first = images().update(UpdateImageRequest.builder(id).description("one").build()).block(TIMEOUT);
		Operation second = images().update(UpdateImageRequest.builder(id).description("two").build()).block(TIMEOUT);
		emulator().clearRequests();
		List<Operation> operations = images().listOperations(id).collectList().block(TIMEOUT);
		assertThat(operations).extracting(Operation::id).containsExactlyInAnyOrder(first.id(), second.id());
		assertThat(emulator().requests()).singleElement()
			.satisfies((request) -> assertThat(request.path()).isEqualTo("/compute/v1/images/" + id + "/operations"));
	}

	@Test
	void badArgumentsFailBeforeAnyRequest() {
		assertThatIllegalArgumentException().isThrownBy(() -> images().get(" ")).withMessageStartingWith("imageId:");
		assertThatIllegalArgumentException().isThrownBy(() -> images().get("x".repeat(51)))
			.withMessageContaining("at most 50");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> images().getLatestByFamily("folder", "Bad_Family"))
			.withMessageStartingWith("family:");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ListImagesRequest.builder().folderId("f").pageSize(1001).build())
			.withMessageStartingWith("pageSize:");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CreateImageRequest.builder().folderId("f").sourceImageId("a").sourceDiskId("b").build())
			.withMessageContaining("exactly one");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CreateImageRequest.builder().folderId("f").build())
			.withMessageContaining("exactly one");
		assertThatIllegalArgumentException().isThrownBy(() -> UpdateImageRequest.builder("fd8x").build())
			.withMessageStartingWith("updateMask:");
		assertThat(emulator().requests()).isEmpty();
	}

}
