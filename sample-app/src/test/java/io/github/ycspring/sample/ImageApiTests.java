package io.github.ycspring.sample;

import java.util.HashSet;
import java.util.Map;

import io.github.ycspring.compute.Image;
import io.github.ycspring.emulator.EmulatedImage;
import io.github.ycspring.emulator.YandexCloudEmulator;
import io.github.ycspring.operation.Operation;
import io.github.ycspring.sample.images.PageEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTTP API against the embedded emulator's 2,500 images in {@code demo-folder}. Tests that create or delete work
 * in another folder, so the demo folder keeps its 2,500 images whatever the order.
 */
@SampleAppTest
class ImageApiTests {

	private static final int SEEDED = 2500;

	private static final String SCRATCH_FOLDER = "api-tests";

	@Autowired
	private WebTestClient client;

	@Autowired
	private YandexCloudEmulator emulator;

	@BeforeEach
	void allowPagesOfAThousandImages() {
		// one server-sent event carries a whole page, well above the client's default 256 KB buffer
		this.client = this.client.mutate().codecs((codecs) -> codecs.defaultCodecs().maxInMemorySize(16 << 20)).build();
	}

	@Test
	void ndjsonListStreamsEverySeededImageExactlyOnce() {
		StepVerifier.create(getImages("/api/images").map(Image::id))
			.recordWith(HashSet::new)
			.expectNextCount(SEEDED)
			.consumeRecordedWith((ids) -> assertThat(ids).hasSize(SEEDED))
			.verifyComplete();
	}

	@Test
	void pageStreamSendsOneEventPerPageWithItsImages() {
		StepVerifier.create(getPages("/api/images/pages?pageSize=1000"))
			.assertNext((page) -> assertPage(page, 1, 1000, 1000, false))
			.assertNext((page) -> assertPage(page, 2, 1000, 2000, false))
			.assertNext((page) -> assertPage(page, 3, 500, 2500, true))
			.verifyComplete();
	}

	@Test
	void limitFetchesOnlyThePageItNeeds() {
		this.emulator.clearRequests();
		StepVerifier.create(getImages("/api/images?limit=5")).expectNextCount(5).verifyComplete();
		assertThat(this.emulator.requestCount("GET", "/compute/v1/images")).isOne();
	}

	@Test
	void operationsOfAnImageStreamAsNdjson() {
		// DemoOperations updated the newest debian-12 image at startup
		Image latest = this.client.get()
			.uri("/api/images/latest?family=debian-12")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Image.class)
			.returnResult()
			.getResponseBody();
		assertThat(latest).isNotNull();
		Flux<Operation> operations = this.client.get()
			.uri("/api/images/{id}/operations", latest.id())
			.accept(MediaType.APPLICATION_NDJSON)
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(Operation.class)
			.getResponseBody();
		StepVerifier.create(operations.map(Operation::description)).expectNext("Update image").verifyComplete();
	}

	@Test
	void createStreamsTheOperationStatesUntilDone() {
		Map<String, String> image = Map.of("folderId", SCRATCH_FOLDER, "name", "created-by-a-test", "family",
				"sample-images", "sourceUri", "https://storage.yandexcloud.net/sample-bucket/image.qcow2");
		StepVerifier.create(this.client.post()
			.uri("/api/images")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.TEXT_EVENT_STREAM)
			.bodyValue(image)
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(Operation.class)
			.getResponseBody())
			.assertNext((started) -> assertThat(started.done()).isFalse())
			.thenConsumeWhile((operation) -> !operation.done())
			.assertNext((done) -> {
				assertThat(done.error()).isNull();
				Image created = done.responseAs(Image.class);
				assertThat(created).isNotNull();
				assertThat(created.name()).isEqualTo("created-by-a-test");
				assertThat(created.status()).isEqualTo(Image.Status.READY);
			})
			.verifyComplete();
	}

	@Test
	void deleteStreamsTheOperationStatesUntilDone() {
		String imageId = this.emulator
			.putImage(EmulatedImage.builder().folderId(SCRATCH_FOLDER).name("deleted-by-a-test").build());
		StepVerifier.create(this.client.delete()
			.uri("/api/images/{id}", imageId)
			.accept(MediaType.TEXT_EVENT_STREAM)
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(Operation.class)
			.getResponseBody())
			.assertNext((started) -> assertThat(started.done()).isFalse())
			.thenConsumeWhile((operation) -> !operation.done())
			.assertNext((done) -> assertThat(done.error()).isNull())
			.verifyComplete();
		assertThat(this.emulator.image(imageId)).isEmpty();
	}

	@Test
	void pageSizeAboveTheLimitIsABadRequestProblem() {
		this.client.get()
			.uri("/api/images?pageSize=5000")
			.accept(MediaType.APPLICATION_NDJSON)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(400)
			.jsonPath("$.detail")
			.isEqualTo("pageSize: must be between 0 and 1000, was 5000");
	}

	@Test
	void badImageNameIsABadRequestProblemNamingTheField() {
		this.client.post()
			.uri("/api/images")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.TEXT_EVENT_STREAM)
			.bodyValue(Map.of("folderId", SCRATCH_FOLDER, "name", "Bad Name", "sourceUri", "https://example.com/x"))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.detail")
			.value((String detail) -> assertThat(detail).startsWith("name: must match"));
	}

	@Test
	void malformedBodyIsABadRequestProblemEvenOnAStreamEndpoint() {
		this.client.post()
			.uri("/api/images")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.TEXT_EVENT_STREAM)
			.bodyValue("{\"name\": ")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(400);
	}

	@Test
	void unknownImageIsANotFoundProblemWithTheCloudsRequestId() {
		this.client.get()
			.uri("/api/images/fd8nosuchimage")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(404)
			.jsonPath("$.code")
			.isEqualTo("NOT_FOUND")
			.jsonPath("$.detail")
			.value((String detail) -> assertThat(detail).contains("fd8nosuchimage"))
			.jsonPath("$.requestId")
			.value((String requestId) -> assertThat(requestId).isNotBlank());
	}

	private Flux<Image> getImages(String uri) {
		return this.client.get()
			.uri(uri)
			.accept(MediaType.APPLICATION_NDJSON)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_NDJSON)
			.returnResult(Image.class)
			.getResponseBody();
	}

	private Flux<PageEvent> getPages(String uri) {
		return this.client.get()
			.uri(uri)
			.accept(MediaType.TEXT_EVENT_STREAM)
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(PageEvent.class)
			.getResponseBody();
	}

	private static void assertPage(PageEvent page, long number, int itemCount, long itemsSoFar, boolean last) {
		assertThat(page.page()).isEqualTo(number);
		assertThat(page.itemCount()).isEqualTo(itemCount);
		assertThat(page.items()).hasSize(itemCount);
		assertThat(page.itemsSoFar()).isEqualTo(itemsSoFar);
		assertThat(page.last()).isEqualTo(last);
	}

}
