package io.github.ycspring.emulator;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Create, Update, Delete and ListOperations of images, with their operations. */
class ImageLifecycleTests {

	private static final String FOLDER = "b1glifecycle";

	private YandexCloudEmulator emulator;

	private EmulatorHttp http;

	@BeforeEach
	void start() {
		this.emulator = YandexCloudEmulator.builder().build().start().completeOperationsAfterPolls(2);
		this.http = EmulatorHttp.to(this.emulator);
	}

	@AfterEach
	void stop() {
		this.emulator.close();
	}

	@Test
	void createStartsOperationAndImageBecomesReadyWhenItIsDone() {
		JsonNode operation = this.http.post("/compute/v1/images", ProtoConformanceTests.createBody("fresh")).json();
		assertThat(operation.has("done")).isFalse();
		assertThat(operation.get("description").asString()).isEqualTo("Create image");
		assertThat(operation.get("createdBy").asString()).isNotBlank();
		assertThat(operation.has("createdAt")).isTrue();
		assertThat(operation.has("modifiedAt")).isTrue();
		String imageId = operation.get("metadata").get("imageId").asString();
		assertThat(this.emulator.image(imageId)).get().extracting(EmulatedImage::status).isEqualTo("CREATING");
		assertThat(this.http.get("/compute/v1/images/" + imageId).json().get("status").asString())
			.isEqualTo("CREATING");

		String operationId = operation.get("id").asString();
		assertThat(this.http.get("/operations/" + operationId).json().has("done")).isFalse();
		JsonNode done = this.http.get("/operations/" + operationId).json();
		assertThat(done.get("done").asBoolean()).isTrue();
		JsonNode image = done.get("response");
		assertThat(image.get("@type").asString()).isEqualTo("type.googleapis.com/yandex.cloud.compute.v1.Image");
		assertThat(image.get("id").asString()).isEqualTo(imageId);
		assertThat(image.get("status").asString()).isEqualTo("READY");
		assertThat(image.get("minDiskSize").asString()).isEqualTo("10737418240");
		assertThat(image.get("labels").get("team").asString()).isEqualTo("qa");
		assertThat(this.emulator.image(imageId)).get().extracting(EmulatedImage::status).isEqualTo("READY");
	}

	@Test
	void createAcceptsInt64AsNumberAndProtoFieldNames() {
		String body = "{\"folder_id\": \"" + FOLDER + "\", \"min_disk_size\": 4194304, \"disk_id\": \"fhmdisk\"}";
		EmulatorHttp.Response response = this.http.post("/compute/v1/images", body);
		assertThat(response.status()).isEqualTo(200);
		assertThat(this.emulator.imageCount(FOLDER)).isEqualTo(1);
	}

	@Test
	void createRejectsInvalidRequests() {
		Map<String, String> invalid = Map.of("no folder", "{\"uri\": \"u\"}", "no source",
				"{\"folderId\": \"f\"}", "two sources", "{\"folderId\": \"f\", \"uri\": \"u\", \"diskId\": \"d\"}",
				"bad name", "{\"folderId\": \"f\", \"uri\": \"u\", \"name\": \"Bad_Name\"}", "bad family",
				"{\"folderId\": \"f\", \"uri\": \"u\", \"family\": \"x\"}", "bad label",
				"{\"folderId\": \"f\", \"uri\": \"u\", \"labels\": {\"Key\": \"v\"}}", "small disk",
				"{\"folderId\": \"f\", \"uri\": \"u\", \"minDiskSize\": \"1024\"}", "unknown field",
				"{\"folderId\": \"f\", \"uri\": \"u\", \"kmsKey\": {}}", "wrong type",
				"{\"folderId\": \"f\", \"uri\": \"u\", \"pooled\": \"yes\"}", "not json", "{\"folderId\": ");
		invalid.forEach((problem, body) -> {
			EmulatorHttp.Response response = this.http.post("/compute/v1/images", body);
			assertThat(response.status()).as(problem).isEqualTo(400);
			assertThat(response.json().get("code").asInt()).as(problem).isEqualTo(3);
		});
		assertThat(this.emulator.imageCount("f")).isZero();
	}

	@Test
	void nameIsUniqueInFolder() {
		this.http.post("/compute/v1/images", ProtoConformanceTests.createBody("taken"));
		EmulatorHttp.Response again = this.http.post("/compute/v1/images", ProtoConformanceTests.createBody("taken"));
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.json().get("code").asInt()).isEqualTo(6);
	}

	@Test
	void repeatedIdempotencyKeyReturnsTheSameOperationAndCreatesNothing() {
		String[] key = { "Idempotency-Key", "3f1c1a52-3d6a-4a8e-9a55-5d1b8f0c1e77" };
		JsonNode first = this.http.post("/compute/v1/images", ProtoConformanceTests.createBody("once"), key).json();
		JsonNode second = this.http.post("/compute/v1/images", ProtoConformanceTests.createBody("once"), key).json();
		assertThat(second.get("id")).isEqualTo(first.get("id"));
		assertThat(this.emulator.imageCount("b1gconformance")).isEqualTo(1);
		JsonNode other = this.http
			.post("/compute/v1/images", ProtoConformanceTests.createBody("twice"), "Idempotency-Key", "another")
			.json();
		assertThat(other.get("id")).isNotEqualTo(first.get("id"));
	}

	@Test
	void updateWithMaskChangesOnlyNamedFieldsAndResetsNamedAbsentOnes() {
		String id = this.emulator.putImage(EmulatedImage.builder()
			.folderId(FOLDER)
			.name("before")
			.description("keep me")
			.labels(Map.of("a", "1"))
			.minDiskSize(8L << 30)
			.build());
		JsonNode operation = this.http
			.patch("/compute/v1/images/" + id, "{\"updateMask\": \"name,labels\", \"name\": \"after\"}")
			.json();
		assertThat(operation.get("description").asString()).isEqualTo("Update image");
		assertThat(operation.get("metadata").get("@type").asString())
			.isEqualTo("type.googleapis.com/yandex.cloud.compute.v1.UpdateImageMetadata");
		JsonNode image = finish(operation).get("response");
		assertThat(image.get("name").asString()).isEqualTo("after");
		assertThat(image.get("description").asString()).isEqualTo("keep me");
		assertThat(image.has("labels")).isFalse();
		assertThat(image.get("minDiskSize").asString()).isEqualTo(Long.toString(8L << 30));
	}

	@Test
	void updateWithoutMaskReplacesEveryUpdatableField() {
		String id = this.emulator.putImage(EmulatedImage.builder()
			.folderId(FOLDER)
			.name("before")
			.description("dropped")
			.family("stays-put")
			.minDiskSize(8L << 30)
			.build());
		JsonNode image = finish(this.http.patch("/compute/v1/images/" + id, "{\"labels\": {\"env\": \"prod\"}}").json())
			.get("response");
		assertThat(image.has("name")).isFalse();
		assertThat(image.has("description")).isFalse();
		assertThat(image.has("minDiskSize")).isFalse();
		assertThat(image.get("labels").get("env").asString()).isEqualTo("prod");
		assertThat(image.get("family").asString()).isEqualTo("stays-put");
	}

	@Test
	void updateOfUnknownMaskPathOrImageFails() {
		String id = this.emulator.seedImages(FOLDER, 1).get(0);
		assertThat(this.http.patch("/compute/v1/images/" + id, "{\"updateMask\": \"family\"}").status()).isEqualTo(400);
		assertThat(this.http.patch("/compute/v1/images/fd8missing", "{\"updateMask\": \"name\"}").status())
			.isEqualTo(404);
		assertThat(this.http.patch("/compute/v1/images/" + id, "{\"updateMask\": \"min_disk_size\"}").status())
			.isEqualTo(200);
	}

	@Test
	void deleteMarksImageDeletingThenRemovesIt() {
		String id = this.emulator.seedImages(FOLDER, 1).get(0);
		JsonNode operation = this.http.delete("/compute/v1/images/" + id).json();
		assertThat(operation.get("metadata").get("imageId").asString()).isEqualTo(id);
		assertThat(this.http.get("/compute/v1/images/" + id).json().get("status").asString()).isEqualTo("DELETING");
		assertThat(this.http.delete("/compute/v1/images/" + id).status()).isEqualTo(400);
		JsonNode done = finish(operation);
		assertThat(done.get("response").get("@type").asString()).isEqualTo("type.googleapis.com/google.protobuf.Empty");
		assertThat(this.http.get("/compute/v1/images/" + id).status()).isEqualTo(404);
		assertThat(this.emulator.image(id)).isEmpty();
		assertThat(this.http.delete("/compute/v1/images/" + id).status()).isEqualTo(404);
	}

	@Test
	void failedCreateEndsWithErrorAndLeavesNoImage() {
		this.emulator.failNextOperations(1, 8, "Quota limit exceeded");
		JsonNode operation = this.http.post("/compute/v1/images", ProtoConformanceTests.createBody("doomed")).json();
		String imageId = operation.get("metadata").get("imageId").asString();
		JsonNode done = finish(operation);
		assertThat(done.get("error").get("code").asInt()).isEqualTo(8);
		assertThat(done.get("error").get("message").asString()).isEqualTo("Quota limit exceeded");
		assertThat(done.has("response")).isFalse();
		assertThat(this.emulator.image(imageId)).isEmpty();
		JsonNode next = this.http.post("/compute/v1/images", ProtoConformanceTests.createBody("fine")).json();
		assertThat(finish(next).has("response")).isTrue();
	}

	@Test
	void failedDeleteLeavesImageReady() {
		String id = this.emulator.seedImages(FOLDER, 1).get(0);
		this.emulator.failNextOperations(1, 13, "Internal error");
		finish(this.http.delete("/compute/v1/images/" + id).json());
		assertThat(this.emulator.image(id)).get().extracting(EmulatedImage::status).isEqualTo("READY");
	}

	@Test
	void listsTheOperationsOfAnImage() {
		String id = this.emulator.seedImages(FOLDER, 1).get(0);
		List<String> started = List.of(
				this.http.patch("/compute/v1/images/" + id, "{\"updateMask\": \"name\", \"name\": \"one\"}")
					.json()
					.get("id")
					.asString(),
				this.http.patch("/compute/v1/images/" + id, "{\"updateMask\": \"name\", \"name\": \"two\"}")
					.json()
					.get("id")
					.asString(),
				this.http.delete("/compute/v1/images/" + id).json().get("id").asString());
		JsonNode first = this.http.get("/compute/v1/images/" + id + "/operations?pageSize=2").json();
		assertThat(first.get("operations")).hasSize(2);
		JsonNode second = this.http.get("/compute/v1/images/" + id + "/operations?pageSize=2&pageToken="
				+ first.get("nextPageToken").asString()).json();
		assertThat(second.has("nextPageToken")).isFalse();
		assertThat(List.of(first.get("operations").get(0).get("id").asString(),
				first.get("operations").get(1).get("id").asString(),
				second.get("operations").get(0).get("id").asString()))
			.isEqualTo(started);
		assertThat(this.http.get("/compute/v1/images/fd8missing/operations").status()).isEqualTo(404);
	}

	/** Polls an operation until it is done (it is on its second poll). */
	private JsonNode finish(JsonNode operation) {
		return this.http.pollOperation(operation.get("id").asString(), (polled) -> polled.has("done")).json();
	}

}
