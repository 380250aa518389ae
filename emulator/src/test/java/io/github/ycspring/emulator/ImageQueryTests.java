package io.github.ycspring.emulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static io.github.ycspring.emulator.EmulatorHttp.encode;
import static org.assertj.core.api.Assertions.assertThat;

/** Get, GetLatestByFamily and List of images. */
class ImageQueryTests extends RunningEmulatorTests {

	private static final String FOLDER = "b1gquery";

	@Test
	void getsImageWithProtoJsonShape() {
		String id = this.emulator.seedImages(FOLDER, 2).get(0);
		EmulatorHttp.Response response = this.http.get("/compute/v1/images/" + id);
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.header("content-type")).isEqualTo("application/json");
		assertThat(response.header("x-request-id")).matches("[0-9a-f-]{36}");
		assertThat(response.header("x-server-trace-id")).isNotBlank();
		JsonNode image = response.json();
		assertThat(image.get("id").asString()).isEqualTo(id).hasSize(20).startsWith("fd8");
		assertThat(image.get("storageSize").isString()).isTrue();
		assertThat(image.get("status").asString()).isEqualTo("READY");
	}

	@Test
	void unknownImageIsNotFoundWithRequestIdInDetails() {
		EmulatorHttp.Response response = this.http.get("/compute/v1/images/fd8nothere");
		assertThat(response.status()).isEqualTo(404);
		JsonNode error = response.json();
		assertThat(error.get("code").asInt()).isEqualTo(5);
		assertThat(error.get("message").asString()).isEqualTo("Image fd8nothere not found");
		assertThat(error.get("details").get(0).get("requestId").asString()).isEqualTo(response.header("x-request-id"));
	}

	@Test
	void tooLongIdIsInvalidArgument() {
		EmulatorHttp.Response response = this.http.get("/compute/v1/images/" + "x".repeat(51));
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("code").asInt()).isEqualTo(3);
	}

	@Test
	void putImageIsWrittenAsGivenIncludingSizeAndUnknownEnumNames() {
		String id = this.emulator.putImage(EmulatedImage.builder()
			.folderId(FOLDER)
			.size(3_221_225_472L)
			.status("SUSPENDED")
			.osType("FREEBSD")
			.hardwareGeneration(EmulatedImage.HardwareGeneration.LEGACY)
			.createdAt(Instant.parse("2024-02-03T04:05:06.000700Z"))
			.build());
		JsonNode image = this.http.get("/compute/v1/images/" + id).json();
		assertThat(image.get("size").asString()).isEqualTo("3221225472");
		assertThat(image.get("status").asString()).isEqualTo("SUSPENDED");
		assertThat(image.get("os").get("type").asString()).isEqualTo("FREEBSD");
		assertThat(image.get("hardwareGeneration").toString()).isEqualTo("{\"legacyFeatures\":{}}");
		assertThat(image.get("createdAt").asString()).isEqualTo("2024-02-03T04:05:06.000700Z");
		assertThat(image.has("name")).isFalse();
		assertThat(image.has("pooled")).isFalse();
	}

	@Test
	void latestByFamilyIsNewestReadyImageOfFamily() {
		putImage("old", "my-family", "READY", Instant.parse("2024-01-01T00:00:00Z"));
		String newest = putImage("newest", "my-family", "READY", Instant.parse("2024-03-01T00:00:00Z"));
		putImage("creating", "my-family", "CREATING", Instant.parse("2024-04-01T00:00:00Z"));
		putImage("other", "other-family", "READY", Instant.parse("2024-05-01T00:00:00Z"));
		JsonNode image = this.http
			.get("/compute/v1/images:latestByFamily?folderId=" + FOLDER + "&family=my-family")
			.json();
		assertThat(image.get("id").asString()).isEqualTo(newest);
	}

	@Test
	void latestByFamilyOfUnknownFamilyIsNotFound() {
		this.emulator.seedImages(FOLDER, 3);
		assertThat(this.http.get("/compute/v1/images:latestByFamily?folderId=" + FOLDER + "&family=none-such")
			.status()).isEqualTo(404);
	}

	@Test
	void listWithoutFolderIsInvalidArgument() {
		EmulatorHttp.Response response = this.http.get("/compute/v1/images");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("message").asString()).contains("folder_id");
	}

	@Test
	void listPagesThroughEveryImageOnceInIdOrder() {
		List<String> seeded = this.emulator.seedImages(FOLDER, 250);
		List<String> listed = new ArrayList<>();
		List<String> tokens = new ArrayList<>();
		String token = "";
		do {
			JsonNode page = this.http
				.get("/compute/v1/images?folderId=" + FOLDER + "&pageSize=100&pageToken=" + encode(token))
				.json();
			page.get("images").forEach((image) -> listed.add(image.get("id").asString()));
			token = page.has("nextPageToken") ? page.get("nextPageToken").asString() : "";
			tokens.add(token);
		}
		while (!token.isEmpty());
		assertThat(listed).isEqualTo(seeded);
		assertThat(tokens).hasSize(3).last().isEqualTo("");
		assertThat(tokens.get(0)).doesNotContain("100").matches("[A-Za-z0-9_-]+");
	}

	@Test
	void defaultPageSizeIsOneHundred() {
		this.emulator.seedImages(FOLDER, 150);
		JsonNode page = this.http.get("/compute/v1/images?folderId=" + FOLDER).json();
		assertThat(page.get("images")).hasSize(100);
		assertThat(this.http.get("/compute/v1/images?folderId=" + FOLDER + "&pageSize=0").json().get("images"))
			.hasSize(100);
	}

	@Test
	void pageOfOneThousandIsAllowedAndMoreIsNot() {
		this.emulator.seedImages(FOLDER, 1001);
		JsonNode page = this.http.get("/compute/v1/images?folderId=" + FOLDER + "&pageSize=1000").json();
		assertThat(page.get("images")).hasSize(1000);
		assertThat(page.has("nextPageToken")).isTrue();
		assertThat(this.http.get("/compute/v1/images?folderId=" + FOLDER + "&pageSize=1001").status()).isEqualTo(400);
		assertThat(this.http.get("/compute/v1/images?folderId=" + FOLDER + "&pageSize=-1").status()).isEqualTo(400);
		assertThat(this.http.get("/compute/v1/images?folderId=" + FOLDER + "&pageSize=ten").status()).isEqualTo(400);
	}

	@Test
	void lastPageHasNoTokenAndEmptyFolderIsEmptyObject() {
		this.emulator.seedImages(FOLDER, 5);
		assertThat(this.http.get("/compute/v1/images?folderId=" + FOLDER + "&pageSize=5").json().has("nextPageToken"))
			.isFalse();
		assertThat(this.http.get("/compute/v1/images?folderId=empty-folder").body()).isEqualTo("{}");
	}

	@Test
	void foreignOrMangledPageTokenIsInvalidArgument() {
		this.emulator.seedImages(FOLDER, 5);
		this.emulator.seedImages("b1gother", 5);
		String token = this.http.get("/compute/v1/images?folderId=" + FOLDER + "&pageSize=2")
			.json()
			.get("nextPageToken")
			.asString();
		assertThat(this.http.get("/compute/v1/images?folderId=b1gother&pageToken=" + token).status()).isEqualTo(400);
		assertThat(this.http.get("/compute/v1/images?folderId=" + FOLDER + "&pageToken=garbage!").status())
			.isEqualTo(400);
		assertThat(this.http.get("/compute/v1/images?folderId=" + FOLDER + "&pageToken=" + "a".repeat(101)).status())
			.isEqualTo(400);
	}

	@Test
	void filtersByNameFamilyAndStatus() {
		putImage("alpha", "fam-one", "READY", Instant.now());
		putImage("beta", "fam-one", "ERROR", Instant.now());
		putImage("gamma", "fam-two", "READY", Instant.now());
		assertThat(names("name = \"alpha\"")).containsExactly("alpha");
		assertThat(names("name != 'alpha'")).containsExactlyInAnyOrder("beta", "gamma");
		assertThat(names("family IN (\"fam-one\", \"fam-three\")")).containsExactlyInAnyOrder("alpha", "beta");
		assertThat(names("family NOT IN (\"fam-one\")")).containsExactly("gamma");
		assertThat(names("family = \"fam-one\" AND status = \"READY\"")).containsExactly("alpha");
		assertThat(names("status=\"READY\" and name in (\"gamma\")")).containsExactly("gamma");
	}

	@Test
	void badFilterIsInvalidArgument() {
		for (String filter : List.of("name", "name ~ \"a\"", "size = \"1\"", "name = \"a", "name = \"a\" OR id = \"b\"",
				"name IN \"a\"")) {
			EmulatorHttp.Response response = this.http
				.get("/compute/v1/images?folderId=" + FOLDER + "&filter=" + encode(filter));
			assertThat(response.status()).as(filter).isEqualTo(400);
			assertThat(response.json().get("code").asInt()).isEqualTo(3);
		}
	}

	@Test
	void ordersByNameAndCreatedAt() {
		putImage("bbb", "", "READY", Instant.parse("2024-01-02T00:00:00Z"));
		putImage("aaa", "", "READY", Instant.parse("2024-01-03T00:00:00Z"));
		putImage("ccc", "", "READY", Instant.parse("2024-01-01T00:00:00Z"));
		assertThat(names("", "name desc")).containsExactly("ccc", "bbb", "aaa");
		assertThat(names("", "name")).containsExactly("aaa", "bbb", "ccc");
		assertThat(names("", "createdAt asc")).containsExactly("ccc", "bbb", "aaa");
		assertThat(names("", "createdAt desc")).containsExactly("aaa", "bbb", "ccc");
		assertThat(this.http.get("/compute/v1/images?folderId=" + FOLDER + "&orderBy=" + encode("size desc")).status())
			.isEqualTo(400);
		assertThat(this.http.get("/compute/v1/images?folderId=" + FOLDER + "&orderBy=" + encode("name up")).status())
			.isEqualTo(400);
	}

	@Test
	void pagesOfAnOrderWithTiesJoinIntoTheWholeOrder() {
		Instant sameTime = Instant.parse("2024-06-01T12:00:00.5Z");
		for (int i = 0; i < 25; i++) {
			putImage("tie-" + i, "", "READY", sameTime);
		}
		String query = "/compute/v1/images?folderId=" + FOLDER + "&orderBy=" + encode("createdAt desc");
		List<String> whole = ids(query + "&pageSize=1000");
		List<String> paged = new ArrayList<>();
		String token = "";
		do {
			JsonNode page = this.http.get(query + "&pageSize=7&pageToken=" + encode(token)).json();
			page.get("images").forEach((image) -> paged.add(image.get("id").asString()));
			token = page.has("nextPageToken") ? page.get("nextPageToken").asString() : "";
		}
		while (!token.isEmpty());
		assertThat(whole).hasSize(25).isSorted();
		assertThat(paged).isEqualTo(whole);
	}

	@Test
	void unknownPathIsNotFoundAndWrongMethodIsUnimplemented() {
		EmulatorHttp.Response unknown = this.http.get("/compute/v1/disks");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.json().get("code").asInt()).isEqualTo(5);
		EmulatorHttp.Response wrongMethod = this.http.send("PUT", "/compute/v1/images/fd8abc", "{}");
		assertThat(wrongMethod.status()).isEqualTo(501);
		assertThat(wrongMethod.json().get("code").asInt()).isEqualTo(12);
	}

	@Test
	void seededImagesAreDeterministicAndUseEveryField() {
		List<String> first = this.emulator.seedImages(FOLDER, 30);
		assertThat(first).isSorted().doesNotHaveDuplicates();
		assertThat(this.emulator.seedImages(FOLDER, 30)).isEqualTo(first);
		assertThat(this.emulator.imageCount(FOLDER)).isEqualTo(30);
		List<JsonNode> images = new ArrayList<>();
		this.http.get("/compute/v1/images?folderId=" + FOLDER).json().get("images").forEach(images::add);
		for (String field : List.of("id", "folderId", "createdAt", "name", "description", "labels", "family",
				"storageSize", "minDiskSize", "productIds", "status", "os", "pooled", "hardwareGeneration", "kmsKey")) {
			assertThat(images).as(field).anyMatch((image) -> image.has(field));
		}
		assertThat(images).extracting((image) -> image.get("createdAt").asString())
			.anyMatch((time) -> time.matches(".*:\\d\\dZ"))
			.anyMatch((time) -> time.matches(".*\\.\\d{3}Z"))
			.anyMatch((time) -> time.matches(".*\\.\\d{6}Z"))
			.anyMatch((time) -> time.matches(".*\\.\\d{9}Z"));
		assertThat(images).extracting((image) -> image.get("os").get("type").asString()).contains("LINUX", "WINDOWS");
		assertThat(images).anyMatch((image) -> image.has("hardwareGeneration")
				&& image.get("hardwareGeneration").has("generation2Features"));
	}

	private List<String> names(String filter) {
		return names(filter, "");
	}

	private List<String> names(String filter, String orderBy) {
		JsonNode page = this.http.get("/compute/v1/images?folderId=" + FOLDER + "&filter=" + encode(filter)
				+ "&orderBy=" + encode(orderBy)).json();
		List<String> names = new ArrayList<>();
		if (page.has("images")) {
			page.get("images").forEach((image) -> names.add(image.get("name").asString()));
		}
		return names;
	}

	private List<String> ids(String pathAndQuery) {
		EmulatorHttp.Response response = this.http.get(pathAndQuery);
		List<String> ids = new ArrayList<>();
		if (response.status() == 200 && response.json().has("images")) {
			response.json().get("images").forEach((image) -> ids.add(image.get("id").asString()));
		}
		return ids;
	}

	private String putImage(String name, String family, String status, Instant createdAt) {
		return this.emulator.putImage(EmulatedImage.builder()
			.folderId(FOLDER)
			.name(name)
			.family(family)
			.status(status)
			.createdAt(createdAt)
			.labels(Map.of("k", "v"))
			.build());
	}

}
