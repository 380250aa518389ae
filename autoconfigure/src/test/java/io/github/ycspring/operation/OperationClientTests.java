package io.github.ycspring.operation;

import java.time.Duration;
import java.util.List;

import io.github.ycspring.compute.CreateImageRequest;
import io.github.ycspring.compute.Image;
import io.github.ycspring.compute.ImageOperationMetadata;
import io.github.ycspring.core.Code;
import io.github.ycspring.core.Page;
import io.github.ycspring.emulator.RecordedRequest;
import io.github.ycspring.emulator.YandexCloudEmulator;
import io.github.ycspring.support.EmulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * {@link OperationClient} over loopback HTTP against the emulator.
 */
class OperationClientTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	@RegisterExtension
	static final EmulatorExtension cloud = new EmulatorExtension();

	private YandexCloudEmulator emulator() {
		return cloud.emulator();
	}

	private OperationClient operations() {
		return cloud.operations();
	}

	private Operation startCreate(String name) {
		Operation started = cloud.images()
			.create(CreateImageRequest.builder().folderId("op-folder").name(name)
				.sourceUri("https://storage.yandexcloud.net/bucket/" + name + ".qcow2").build())
			.block(TIMEOUT);
		emulator().clearRequests();
		return started;
	}

	private long polls(String operationId) {
		return emulator().requestCount("GET", "/operations/" + operationId)
				- emulator().requestCount("GET", "/operations/" + operationId + ":cancel");
	}

	@Test
	void getReturnsTheCurrentState() {
		emulator().operationDelay(Duration.ofHours(1));
		Operation started = startCreate("get-me");
		Operation current = operations().get(started.id()).block(TIMEOUT);
		assertThat(current.id()).isEqualTo(started.id());
		assertThat(current.done()).isFalse();
		assertThat(current.description()).isEqualTo(started.description());
		assertThat(current.metadataAs(ImageOperationMetadata.class))
			.isEqualTo(started.metadataAs(ImageOperationMetadata.class));
	}

	@Test
	void cancelUsesGetOnTheCancelPathWithAnIdempotencyKeyAndEndsTheOperation() {
		emulator().operationDelay(Duration.ofHours(1));
		Operation started = startCreate("cancel-me");
		Operation cancelled = operations().cancel(started.id()).block(TIMEOUT);
		assertThat(cancelled.done()).isTrue();
		assertThat(cancelled.error().grpcCode()).isEqualTo(Code.CANCELLED);
		RecordedRequest request = emulator().requests().get(0);
		assertThat(request.method()).isEqualTo("GET");
		assertThat(request.path()).isEqualTo("/operations/" + started.id() + ":cancel");
		assertThat(request.header("Idempotency-Key")).isNotBlank();
	}

	@Test
	void awaitPollsUntilDone() {
		emulator().completeOperationsAfterPolls(3);
		Operation started = startCreate("await-me");
		Operation done = operations().await(started.id()).block(TIMEOUT);
		assertThat(done.done()).isTrue();
		assertThat(done.responseAs(Image.class).name()).isEqualTo("await-me");
		assertThat(polls(started.id())).isEqualTo(3);
	}

	@Test
	void awaitOfADoneOperationSendsNothing() {
		emulator().completeOperationsAfterPolls(1);
		Operation done = operations().await(startCreate("done-already").id()).block(TIMEOUT);
		emulator().clearRequests();
		assertThat(operations().await(done).block(TIMEOUT)).isSameAs(done);
		assertThat(emulator().requests()).isEmpty();
	}

	@Test
	void awaitWithATimeoutFailsWithTheLastStateAndLeavesTheOperationRunning() {
		emulator().operationDelay(Duration.ofHours(1));
		Operation started = startCreate("too-slow");
		StepVerifier.create(operations().await(started.id(), Duration.ofMillis(200)))
			.expectErrorSatisfies((ex) -> {
				assertThat(ex).isInstanceOf(OperationTimeoutException.class);
				Operation last = ((OperationTimeoutException) ex).operation();
				assertThat(last.id()).isEqualTo(started.id());
				assertThat(last.done()).isFalse();
			})
			.verify(TIMEOUT);
		assertThat(emulator().requestCount("GET", "/operations/" + started.id() + ":cancel")).isZero();
		assertThat(operations().get(started.id()).block(TIMEOUT).done()).isFalse();
	}

	@Test
	void awaitResponseReadsTheTypedResponse() {
		Image image = operations().awaitResponse(startCreate("typed"), Image.class).block(TIMEOUT);
		assertThat(image.name()).isEqualTo("typed");
		assertThat(image.status()).isEqualTo(Image.Status.READY);
	}

	@Test
	void awaitResponseFailsWithTheOperationsCodeAndMessage() {
		emulator().failNextOperations(1, 9, "Image source is not available");
		Operation started = startCreate("doomed");
		StepVerifier.create(operations().awaitResponse(started, Image.class))
			.expectErrorSatisfies((ex) -> {
				assertThat(ex).isInstanceOf(OperationFailedException.class)
					.hasMessageContaining("Image source is not available");
				OperationFailedException failed = (OperationFailedException) ex;
				assertThat(failed.code()).isEqualTo(Code.FAILED_PRECONDITION);
				assertThat(failed.operation().id()).isEqualTo(started.id());
			})
			.verify(TIMEOUT);
	}

	@Test
	void watchEmitsEachPolledStateAndCompletesWhenDone() {
		emulator().completeOperationsAfterPolls(3);
		Operation started = startCreate("watched");
		List<Operation> states = operations().watch(started.id()).collectList().block(TIMEOUT);
		assertThat(states).extracting(Operation::done).containsExactly(false, false, true);
		assertThat(polls(started.id())).isEqualTo(3);
	}

	@Test
	void waitsAtLeastWhatTheServersPollIntervalHeaderAsks() {
		// the client's own intervals are 5-20 ms: only the server's header makes the polls 100 ms apart
		emulator().operationPollIntervalHeader(Duration.ofMillis(100));
		emulator().completeOperationsAfterPolls(3);
		try {
			Operation started = startCreate("paced");
			assertThat(operations().await(started.id()).block(TIMEOUT).done()).isTrue();
			List<java.time.Instant> polls = emulator().requests().stream()
				.filter((request) -> request.path().equals("/operations/" + started.id()))
				.map(RecordedRequest::at)
				.toList();
			assertThat(polls).hasSize(3);
			for (int i = 1; i < polls.size(); i++) {
				assertThat(Duration.between(polls.get(i - 1), polls.get(i))).isGreaterThanOrEqualTo(Duration.ofMillis(95));
			}
		}
		finally {
			emulator().operationPollIntervalHeader(Duration.ZERO);
		}
	}

	@Test
	void awaitToleratesAnOperationNotYetVisibleRightAfterCreate() {
		emulator().hideNewOperations(3);
		Operation started = startCreate("eventually-visible");
		assertThat(operations().await(started.id()).block(TIMEOUT).done()).isTrue();
	}

	@Test
	void listsApiGatewayOperationsWithAFilter() {
		emulator().seedApiGatewayOperations("d5dgateway", 30);
		ListOperationsRequest all = ListOperationsRequest.builder()
			.resource(OperationResource.apiGateway("d5dgateway"))
			.pageSize(7)
			.build();
		List<Operation> every = operations().list(all).collectList().block(TIMEOUT);
		assertThat(every).hasSize(30);
		assertThat(emulator().requestCount("GET", "/apigateways/v1/apigateways/d5dgateway/operations")).isEqualTo(5);
		emulator().clearRequests();
		ListOperationsRequest running = ListOperationsRequest.builder()
			.resource(OperationResource.apiGateway("d5dgateway"))
			.filter("done=false")
			.build();
		List<Operation> notDone = operations().list(running).collectList().block(TIMEOUT);
		assertThat(notDone).isNotEmpty().allSatisfy((operation) -> assertThat(operation.done()).isFalse());
		assertThat(notDone).hasSize((int) every.stream().filter((operation) -> !operation.done()).count());
		assertThat(emulator().requests().get(0).query()).containsEntry("filter", "done=false");
	}

	@Test
	void listPagesOfAnyServicePath() {
		Operation started = startCreate("any-path");
		String imageId = started.metadataAs(ImageOperationMetadata.class).imageId();
		ListOperationsRequest request = ListOperationsRequest.builder()
			.resource(OperationResource.of("compute", "/compute/v1/images/" + imageId + "/operations"))
			.build();
		List<Page<Operation>> pages = operations().listPages(request).collectList().block(TIMEOUT);
		assertThat(pages).singleElement().satisfies((page) -> {
			assertThat(page.items()).extracting(Operation::id).containsExactly(started.id());
			assertThat(page.hasNext()).isFalse();
		});
	}

	@Test
	void imageOperationsHaveNoFilter() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ListOperationsRequest.builder().resource(OperationResource.image("fd8x"))
				.filter("done=false").build())
			.withMessageStartingWith("filter:");
	}

	@Test
	void badArgumentsFailBeforeAnyRequest() {
		assertThatIllegalArgumentException().isThrownBy(() -> operations().get(""))
			.withMessageStartingWith("operationId:");
		assertThatIllegalArgumentException().isThrownBy(() -> operations().await("op", Duration.ZERO))
			.withMessageStartingWith("timeout:");
		assertThatIllegalArgumentException().isThrownBy(() -> OperationResource.of("compute", "no-slash"))
			.withMessageStartingWith("path:");
		assertThatIllegalArgumentException().isThrownBy(() -> ListOperationsRequest.builder().build())
			.withMessageStartingWith("resource:");
		assertThat(emulator().requests()).isEmpty();
	}

}
