package io.github.ycspring.internal.http;

import java.time.Duration;
import java.util.Map;

import io.github.ycspring.auth.StaticIamTokenCredentials;
import io.github.ycspring.compute.ImageClient;
import io.github.ycspring.core.Code;
import io.github.ycspring.core.YandexCloudException;
import io.github.ycspring.support.EmulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Server errors become typed exceptions with the server's message and both request ids.
 */
class ErrorMappingTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	@RegisterExtension
	static final EmulatorExtension cloud = new EmulatorExtension();

	private YandexCloudException failureOf(ImageClient images) {
		Throwable[] caught = new Throwable[1];
		StepVerifier.create(images.get("fd8any")).expectErrorSatisfies((ex) -> caught[0] = ex).verify(TIMEOUT);
		assertThat(caught[0]).isInstanceOf(YandexCloudException.class);
		return (YandexCloudException) caught[0];
	}

	@Test
	void aGoogleRpcStatusBecomesItsCodeWithTheServersMessageAndIds() {
		cloud.emulator().faults().status(1, 7, Map.of());
		YandexCloudException error = failureOf(cloud.images());
		assertThat(error.code()).isEqualTo(Code.PERMISSION_DENIED);
		assertThat(error.httpStatus()).isEqualTo(403);
		assertThat(error.serverMessage()).isNotBlank();
		assertThat(error.requestId()).isNotBlank();
		assertThat(error.serverTraceId()).isNotBlank();
		assertThat(error.clientRequestId()).isEqualTo(cloud.emulator().requests().get(0).header("x-client-request-id"));
		assertThat(error.getMessage()).startsWith("PERMISSION_DENIED: ")
			.contains("HTTP 403")
			.contains(error.requestId())
			.contains("server-trace-id " + error.serverTraceId())
			.contains(error.clientRequestId());
	}

	@Test
	void aProxysHtmlPageBecomesATypedErrorWithAnExcerpt() {
		// 502 is retried: every attempt gets the page, and the last one is what the caller sees
		cloud.emulator().faults().respond(4, 502, "text/html", "<html><body><h1>502 Bad Gateway</h1></body></html>");
		YandexCloudException error = failureOf(cloud.images());
		assertThat(error.code()).isEqualTo(Code.UNAVAILABLE);
		assertThat(error.httpStatus()).isEqualTo(502);
		assertThat(error.getMessage()).contains("<h1>502 Bad Gateway</h1>");
		assertThat(cloud.emulator().requests()).hasSize(4);
	}

	@Test
	void aSuccessfulAnswerThatIsNotJsonBecomesATypedError() {
		cloud.emulator().faults().respond(1, 200, "text/plain", "all good");
		YandexCloudException error = failureOf(cloud.images());
		assertThat(error.httpStatus()).isEqualTo(200);
		assertThat(error.getMessage()).contains("ImageService.Get").contains("text/plain").contains("all good");
	}

	@Test
	void jsonOfTheWrongShapeBecomesATypedError() {
		cloud.emulator().faults().respond(1, 200, "application/json", "[1, 2, 3]");
		YandexCloudException error = failureOf(cloud.images());
		assertThat(error.getMessage()).contains("not a valid Image").contains("[1, 2, 3]");
	}

	@Test
	void anEmptySuccessfulBodyBecomesATypedError() {
		cloud.emulator().faults().respond(1, 200, "application/json", "");
		assertThat(failureOf(cloud.images()).getMessage()).contains("empty body");
	}

	@Test
	void aRejectedTokenIsRefreshedOnceAndThenFailsUnauthenticated() {
		ImageClient wrongToken = cloud.clientsBuilder()
			.credentials(new StaticIamTokenCredentials("t1.not-accepted"))
			.build()
			.images();
		YandexCloudException error = failureOf(wrongToken);
		assertThat(error.code()).isEqualTo(Code.UNAUTHENTICATED);
		assertThat(error.httpStatus()).isEqualTo(401);
		assertThat(cloud.emulator().requests()).hasSize(2);
		assertThat(error.getMessage()).doesNotContain("t1.not-accepted");
	}

}
