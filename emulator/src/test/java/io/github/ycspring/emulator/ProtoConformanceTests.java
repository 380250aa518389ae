package io.github.ycspring.emulator;

import java.util.List;

import com.google.rpc.Status;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import yandex.cloud.api.compute.v1.ImageOuterClass;
import yandex.cloud.api.compute.v1.ImageServiceOuterClass;
import yandex.cloud.api.iam.v1.IamTokenServiceOuterClass;
import yandex.cloud.api.operation.OperationOuterClass;
import yandex.cloud.api.serverless.apigateway.v1.ApigatewayService;

import static io.github.ycspring.emulator.ProtoConformance.assertConforms;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of JSON the emulator writes, checked against protobuf's JsonFormat: int64 as
 * strings, omitted defaults, timestamp digits, Any with {@code @type}.
 */
class ProtoConformanceTests {

	static final String FOLDER = "b1gconformance";

	private YandexCloudEmulator emulator;

	private EmulatorHttp http;

	@BeforeEach
	void start() {
		this.emulator = YandexCloudEmulator.builder().build().start().completeOperationsAfterPolls(1);
		this.http = EmulatorHttp.to(this.emulator);
	}

	@AfterEach
	void stop() {
		this.emulator.close();
	}

	@Test
	void everySeededImageConforms() {
		List<String> ids = this.emulator.seedImages(FOLDER, 28);
		for (String id : ids) {
			String json = this.http.get("/compute/v1/images/" + id).body();
			ImageOuterClass.Image image = assertConforms(json, ImageOuterClass.Image.newBuilder()).build();
			assertThat(image.getId()).isEqualTo(id);
		}
	}

	@Test
	void fullySetImageConformsWithNothingOmitted() {
		String id = this.emulator.seedImages(FOLDER, 4).get(0);
		String kmsId = this.emulator.seedImages(FOLDER, 28)
			.stream()
			.filter((candidate) -> !this.emulator.image(candidate).orElseThrow().kmsKeyId().isEmpty())
			.findFirst()
			.orElseThrow();
		for (String imageId : List.of(id, kmsId)) {
			ImageOuterClass.Image image = assertConforms(this.http.get("/compute/v1/images/" + imageId).body(),
					ImageOuterClass.Image.newBuilder())
				.build();
			assertThat(image.getStorageSize()).isPositive();
			assertThat(image.getStatus()).isEqualTo(ImageOuterClass.Image.Status.READY);
		}
	}

	@Test
	void pageOfImagesConforms() {
		this.emulator.seedImages(FOLDER, 250);
		String json = this.http.get("/compute/v1/images?folderId=" + FOLDER + "&pageSize=1000").body();
		ImageServiceOuterClass.ListImagesResponse page = assertConforms(json,
				ImageServiceOuterClass.ListImagesResponse.newBuilder())
			.build();
		assertThat(page.getImagesCount()).isEqualTo(250);
		assertThat(page.getNextPageToken()).isEmpty();
	}

	@Test
	void pageWithTokenConforms() {
		this.emulator.seedImages(FOLDER, 3);
		String json = this.http.get("/compute/v1/images?folderId=" + FOLDER + "&pageSize=2").body();
		assertThat(assertConforms(json, ImageServiceOuterClass.ListImagesResponse.newBuilder()).getNextPageToken())
			.isNotEmpty();
	}

	@Test
	void runningAndFinishedCreateOperationsConform() {
		String created = this.http.post("/compute/v1/images", createBody("conformance")).body();
		OperationOuterClass.Operation running = assertConforms(created, OperationOuterClass.Operation.newBuilder())
			.build();
		assertThat(created).doesNotContain("\"done\"");
		assertThat(running.getMetadata().getTypeUrl())
			.isEqualTo("type.googleapis.com/yandex.cloud.compute.v1.CreateImageMetadata");
		String done = this.http.get("/operations/" + running.getId()).body();
		OperationOuterClass.Operation finished = assertConforms(done, OperationOuterClass.Operation.newBuilder())
			.build();
		assertThat(finished.getDone()).isTrue();
		assertThat(finished.getResponse().getTypeUrl()).isEqualTo("type.googleapis.com/yandex.cloud.compute.v1.Image");
	}

	@Test
	void finishedUpdateAndDeleteOperationsConform() {
		String imageId = this.emulator.seedImages(FOLDER, 1).get(0);
		String update = this.http
			.patch("/compute/v1/images/" + imageId, "{\"updateMask\":\"description\",\"description\":\"changed\"}")
			.body();
		String updateId = assertConforms(update, OperationOuterClass.Operation.newBuilder()).getId();
		assertConforms(this.http.get("/operations/" + updateId).body(), OperationOuterClass.Operation.newBuilder());
		String delete = this.http.delete("/compute/v1/images/" + imageId).body();
		String deleteId = assertConforms(delete, OperationOuterClass.Operation.newBuilder()).getId();
		OperationOuterClass.Operation deleted = assertConforms(this.http.get("/operations/" + deleteId).body(),
				OperationOuterClass.Operation.newBuilder())
			.build();
		assertThat(deleted.getResponse().getTypeUrl()).isEqualTo("type.googleapis.com/google.protobuf.Empty");
	}

	@Test
	void failedOperationConforms() {
		this.emulator.failNextOperations(1, 9, "Quota exceeded");
		String id = this.http.post("/compute/v1/images", createBody("failing")).json().get("id").asString();
		OperationOuterClass.Operation failed = assertConforms(this.http.get("/operations/" + id).body(),
				OperationOuterClass.Operation.newBuilder())
			.build();
		assertThat(failed.getError().getCode()).isEqualTo(9);
	}

	@Test
	void imageOperationsPageConforms() {
		String imageId = this.emulator.seedImages(FOLDER, 1).get(0);
		this.http.patch("/compute/v1/images/" + imageId, "{\"updateMask\":\"name\",\"name\":\"renamed\"}");
		String json = this.http.get("/compute/v1/images/" + imageId + "/operations").body();
		assertThat(assertConforms(json, ImageServiceOuterClass.ListImageOperationsResponse.newBuilder())
			.getOperationsCount()).isEqualTo(1);
	}

	@Test
	void apiGatewayOperationsPageConforms() {
		this.emulator.seedApiGatewayOperations("d5dconformance", 40);
		String json = this.http.get("/apigateways/v1/apigateways/d5dconformance/operations?pageSize=1000").body();
		ApigatewayService.ListOperationsResponse page = assertConforms(json,
				ApigatewayService.ListOperationsResponse.newBuilder())
			.build();
		assertThat(page.getOperationsList()).extracting(OperationOuterClass.Operation::getDone).contains(true, false);
		assertThat(page.getOperationsList()).anyMatch(OperationOuterClass.Operation::hasError);
	}

	@Test
	void errorBodyConforms() {
		EmulatorHttp.Response response = this.http.get("/compute/v1/images/fd8missing");
		Status status = assertConforms(response.body(), Status.newBuilder()).build();
		assertThat(status.getCode()).isEqualTo(5);
		assertThat(status.getDetails(0).getTypeUrl()).isEqualTo("type.googleapis.com/google.rpc.RequestInfo");
		assertThat(response.body()).contains(response.header("x-request-id"));
	}

	@Test
	void iamTokenResponseConforms() {
		this.emulator.acceptOAuthTokens("y0_conformance");
		String json = this.http.post("/iam/v1/tokens", "{\"yandexPassportOauthToken\": \"y0_conformance\"}").body();
		IamTokenServiceOuterClass.CreateIamTokenResponse response = assertConforms(json,
				IamTokenServiceOuterClass.CreateIamTokenResponse.newBuilder())
			.build();
		assertThat(response.getIamToken()).startsWith("t1.");
		assertThat(response.getExpiresAt().getSeconds()).isPositive();
	}

	@Test
	void iamTokenRequestsOfTheOfficialShapeAreAccepted() {
		this.emulator.acceptOAuthTokens("y0_conformance");
		IamTokenServiceOuterClass.CreateIamTokenRequest request = IamTokenServiceOuterClass.CreateIamTokenRequest
			.newBuilder()
			.setYandexPassportOauthToken("y0_conformance")
			.build();
		assertThat(this.http.post("/iam/v1/tokens", ProtoConformance.print(request)).status()).isEqualTo(200);
	}

	@Test
	void unauthenticatedTokenExchangeErrorConforms() {
		EmulatorHttp.Response response = this.http.post("/iam/v1/tokens", "{\"jwt\": \"a.b.c\"}");
		assertThat(assertConforms(response.body(), Status.newBuilder()).getCode()).isEqualTo(16);
	}

	static String createBody(String name) {
		return """
				{"folderId": "%s", "name": "%s", "description": "made by a test", "labels": {"team": "qa"},
				 "family": "test-family", "minDiskSize": "10737418240", "productIds": ["f2eproduct"],
				 "uri": "https://storage.yandexcloud.net/bucket/image.qcow2", "os": {"type": "LINUX"}, "pooled": true,
				 "hardwareGeneration": {"generation2Features": {}}}
				""".formatted(FOLDER, name);
	}

}
