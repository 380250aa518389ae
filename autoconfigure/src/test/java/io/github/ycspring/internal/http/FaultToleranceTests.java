package io.github.ycspring.internal.http;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.ycspring.compute.CreateImageRequest;
import io.github.ycspring.compute.Image;
import io.github.ycspring.compute.ImageClient;
import io.github.ycspring.core.Code;
import io.github.ycspring.core.IdempotencyKey;
import io.github.ycspring.core.YandexCloudException;
import io.github.ycspring.emulator.RecordedRequest;
import io.github.ycspring.emulator.YandexCloudEmulator;
import io.github.ycspring.operation.Operation;
import io.github.ycspring.support.EmulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pipeline under the emulator's injected faults, with the request counts that prove what happened.
 */
class FaultToleranceTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	@RegisterExtension
	static final EmulatorExtension cloud = new EmulatorExtension();

	private YandexCloudEmulator emulator() {
		return cloud.emulator();
	}

	@Test
	void transientFailuresAreRetriedUntilSuccessWithOneClientRequestId() {
		String id = emulator().seedImages("transient-folder", 1).get(0);
		emulator().faults().status(3, 14);
		assertThat(cloud.images().get(id).block(TIMEOUT).id()).isEqualTo(id);
		List<RecordedRequest> attempts = emulator().requests();
		assertThat(attempts).hasSize(4);
		assertThat(new HashSet<>(attempts.stream().map((r) -> r.header("x-client-request-id")).toList())).hasSize(1);
	}

	@Test
	void exhaustedRetriesEndWithTheServersOwnError() {
		emulator().faults().status(4, 14, Map.of("Retry-After", "0"));
		StepVerifier.create(cloud.images().get("fd8exhausted"))
			.expectErrorSatisfies((ex) -> {
				YandexCloudException error = (YandexCloudException) ex;
				assertThat(error.code()).isEqualTo(Code.UNAVAILABLE);
				assertThat(error.httpStatus()).isEqualTo(503);
				assertThat(error.requestId()).isNotBlank();
			})
			.verify(TIMEOUT);
		assertThat(emulator().requests()).hasSize(4);
	}

	@Test
	void aCreateWhoseAnswerIsCutOffIsRetriedWithTheSameKeyAndMakesOneImage() {
		int before = emulator().imageCount("idempotent-folder");
		emulator().faults().forPath("/compute/v1/images").truncateBody(1);
		Operation created = cloud.images()
			.create(CreateImageRequest.builder().folderId("idempotent-folder").name("once")
				.sourceUri("https://storage.yandexcloud.net/b/once.qcow2").build())
			.block(TIMEOUT);
		assertThat(created.id()).isNotBlank();
		assertThat(emulator().imageCount("idempotent-folder")).isEqualTo(before + 1);
		List<RecordedRequest> posts = emulator().requests();
		assertThat(posts).hasSize(2).allSatisfy((post) -> assertThat(post.method()).isEqualTo("POST"));
		assertThat(posts.get(0).header("Idempotency-Key")).isEqualTo(posts.get(1).header("Idempotency-Key"));
	}

	@Test
	void aCreateWhoseConnectionDropsIsRetriedAndMakesOneImage() {
		emulator().faults().forPath("/compute/v1/images").dropConnection(2);
		cloud.images()
			.create(CreateImageRequest.builder().folderId("dropped-folder").name("dropped")
				.sourceUri("https://storage.yandexcloud.net/b/d.qcow2").build())
			.block(TIMEOUT);
		assertThat(emulator().imageCount("dropped-folder")).isEqualTo(1);
		assertThat(emulator().requests()).hasSize(3);
	}

	@Test
	void aPageCutOffMidwayIsFetchedAgainSoNoItemIsSkippedOrRepeated() {
		List<String> ids = emulator().seedImages("cut-folder", 2345);
		emulator().faults().forPath("/compute/v1/images").truncateBody(1);
		List<String> listed = cloud.images().list("cut-folder").map(Image::id).collectList().block(TIMEOUT);
		assertThat(listed).containsExactlyElementsOf(ids);
		assertThat(emulator().requestCount("GET", "/compute/v1/images")).isEqualTo(4);
	}

	@Test
	void aBodyCutOffOnEveryAttemptEndsAsATypedErrorWithoutPartialItems() {
		emulator().seedImages("always-cut-folder", 1500);
		emulator().faults().forPath("/compute/v1/images").truncateBody(4);
		StepVerifier.create(cloud.images().list("always-cut-folder"))
			.expectErrorSatisfies((ex) -> {
				assertThat(ex).isInstanceOf(YandexCloudException.class);
				assertThat(((YandexCloudException) ex).code()).isEqualTo(Code.UNAVAILABLE);
				assertThat(((YandexCloudException) ex).clientRequestId()).isNotBlank();
			})
			.verify(TIMEOUT);
		assertThat(emulator().requests()).hasSize(4);
	}

	@Test
	void aCallerChosenIdempotencyKeyIsSentAndMakesARepeatedCreateReturnTheSameOperation() {
		CreateImageRequest request = CreateImageRequest.builder().folderId("own-key-folder").name("own-key")
			.sourceUri("https://storage.yandexcloud.net/b/k.qcow2").build();
		String key = "6f1c2a4e-8d0b-4c5e-9a7f-3b2d1e0c9f8a";
		Operation first = cloud.images().create(request).contextWrite(IdempotencyKey.with(key)).block(TIMEOUT);
		Operation again = cloud.images().create(request).contextWrite(IdempotencyKey.with(key)).block(TIMEOUT);
		assertThat(again.id()).isEqualTo(first.id());
		assertThat(emulator().imageCount("own-key-folder")).isEqualTo(1);
		assertThat(emulator().requests()).extracting((r) -> r.header("Idempotency-Key")).containsExactly(key, key);
	}

	@Test
	void aResponseThatNeverStartsTimesOutPerAttemptAndEndsAsDeadlineExceeded() {
		emulator().latency(Duration.ofMillis(500));
		ImageClient impatient = cloud.clientsBuilder().responseTimeout(Duration.ofMillis(50)).build().images();
		StepVerifier.create(impatient.get("fd8slow"))
			.expectErrorSatisfies((ex) -> {
				assertThat(ex).isInstanceOf(YandexCloudException.class).hasMessageContaining("response-timeout");
				assertThat(((YandexCloudException) ex).code()).isEqualTo(Code.DEADLINE_EXCEEDED);
				assertThat(((YandexCloudException) ex).clientRequestId()).isNotBlank();
			})
			.verify(TIMEOUT);
		assertThat(emulator().requests()).hasSize(4);
	}

	@Test
	void aRefusedConnectionIsRetriedThenReportedAsUnavailable() {
		ImageClient nowhere = cloud.clientsBuilder()
			.endpoints(io.github.ycspring.core.Endpoints.allAt(java.net.URI.create("http://127.0.0.1:1")))
			.build()
			.images();
		StepVerifier.create(nowhere.get("fd8nowhere"))
			.expectErrorSatisfies((ex) -> {
				assertThat(((YandexCloudException) ex).code()).isEqualTo(Code.UNAVAILABLE);
				assertThat(ex.getMessage()).contains("127.0.0.1");
			})
			.verify(TIMEOUT);
	}

	@Test
	void aFailedTlsHandshakeIsATypedUnavailableWithItsCause() {
		// https to the emulator's plain HTTP port: the handshake fails
		ImageClient mistaken = cloud.clientsBuilder()
			.endpoints(io.github.ycspring.core.Endpoints
				.allAt(java.net.URI.create("https://127.0.0.1:" + emulator().port())))
			.build()
			.images();
		StepVerifier.create(mistaken.get("fd8tls"))
			.expectErrorSatisfies((ex) -> {
				assertThat(ex).isInstanceOf(YandexCloudException.class);
				assertThat(((YandexCloudException) ex).code()).isEqualTo(Code.UNAVAILABLE);
				assertThat(((YandexCloudException) ex).clientRequestId()).isNotBlank();
				assertThat(ex.getMessage()).contains("127.0.0.1");
				assertThat(ex).hasRootCauseInstanceOf(javax.net.ssl.SSLException.class);
			})
			.verify(TIMEOUT);
	}

	@Test
	void aPerCallDeadlineCancelsTheHttpExchange() {
		emulator().latency(Duration.ofSeconds(5));
		AtomicInteger cancelled = new AtomicInteger();
		ImageClient observed = cloud.clientsBuilder()
			.customize((builder) -> builder
				.filter((request, next) -> next.exchange(request).doOnCancel(cancelled::incrementAndGet)))
			.build()
			.images();
		StepVerifier.create(observed.get("fd8deadline").timeout(Duration.ofMillis(100)))
			.expectError(TimeoutException.class)
			.verify(TIMEOUT);
		assertThat(cancelled).hasValue(1);
	}

}
