package io.github.ycspring.emulator;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

/** Each kind of injected fault, path scoping, and latency. */
class FaultInjectionTests extends RunningEmulatorTests {

	private static final String LIST = "/compute/v1/images?folderId=b1gfaults&pageSize=1000";

	@BeforeEach
	void prepare() {
		this.emulator.seedImages("b1gfaults", 40);
	}

	@Test
	void respondsWithExactlyTheGivenRawResponse() {
		this.emulator.faults().respond(1, 502, "text/html", "<html>Bad Gateway</html>");
		EmulatorHttp.Response response = this.http.get(LIST);
		assertThat(response.status()).isEqualTo(502);
		assertThat(response.header("content-type")).isEqualTo("text/html");
		assertThat(response.body()).isEqualTo("<html>Bad Gateway</html>");
		assertThat(this.http.get(LIST).status()).isEqualTo(200);
	}

	@Test
	void respondsWithStatusErrorsMappedToHttpAndExtraHeaders() {
		this.emulator.faults().status(2, 14, Map.of("Retry-After", "3"));
		for (int i = 0; i < 2; i++) {
			EmulatorHttp.Response response = this.http.get(LIST);
			assertThat(response.status()).isEqualTo(503);
			assertThat(response.header("retry-after")).isEqualTo("3");
			assertThat(response.json().get("code").asInt()).isEqualTo(14);
			assertThat(response.header("x-request-id")).isNotBlank();
		}
		this.emulator.faults().status(1, 8);
		assertThat(this.http.get(LIST).status()).isEqualTo(429);
		assertThat(this.http.get(LIST).status()).isEqualTo(200);
	}

	@Test
	void faultedRequestsAreNotProcessed() {
		this.emulator.faults().status(1, 14);
		this.http.post("/compute/v1/images", ProtoConformanceTests.createBody("never-made"));
		assertThat(this.emulator.imageCount("b1gconformance")).isZero();
	}

	@Test
	void dropsTheConnectionWithoutResponse() {
		this.emulator.faults().dropConnection(1);
		assertThat(RawHttp.getUntilClosed(this.emulator, LIST)).isEmpty();
		assertThat(this.http.get(LIST).status()).isEqualTo(200);
		assertThat(this.emulator.requestCount("GET", "/compute/v1/images")).isEqualTo(2);
	}

	@Test
	void truncatesTheBodyAfterTheHeadersAndCloses() {
		this.emulator.faults().truncateBody(1);
		String received = RawHttp.getUntilClosed(this.emulator, LIST);
		String head = received.substring(0, received.indexOf("\r\n\r\n"));
		String body = received.substring(head.length() + 4);
		assertThat(head).startsWith("HTTP/1.1 200").contains("x-request-id");
		int contentLength = Integer.parseInt(head.replaceAll("(?s).*content-length: (\\d+).*", "$1"));
		assertThat(body.length()).isEqualTo(contentLength / 2);
		assertThatIOException().isThrownBy(() -> {
			this.emulator.faults().truncateBody(1);
			this.http.withNewClient().sendOrThrow("GET", LIST, "");
		});
	}

	@Test
	void truncatedRequestsAreProcessed() {
		this.emulator.faults().truncateBody(1);
		assertThatIOException().isThrownBy(() -> this.http.withNewClient()
			.sendOrThrow("POST", "/compute/v1/images", ProtoConformanceTests.createBody("made-anyway")));
		assertThat(this.emulator.imageCount("b1gconformance")).isEqualTo(1);
	}

	@Test
	void pathScopedFaultsSkipOtherPaths() {
		this.emulator.faults().forPath("/operations/").status(1, 14);
		assertThat(this.http.get(LIST).status()).isEqualTo(200);
		assertThat(this.http.get("/operations/fddany").status()).isEqualTo(503);
		assertThat(this.http.get("/operations/fddany").status()).isEqualTo(404);
	}

	@Test
	void faultsApplyInQueueOrderAndCanBeCleared() {
		this.emulator.faults().status(1, 14).status(1, 4);
		assertThat(this.http.get(LIST).status()).isEqualTo(503);
		assertThat(this.http.get(LIST).status()).isEqualTo(504);
		this.emulator.faults().status(5, 14);
		this.emulator.faults().clear();
		assertThat(this.http.get(LIST).status()).isEqualTo(200);
	}

	@Test
	void latencyDelaysEveryResponse() {
		this.emulator.latency(Duration.ofMillis(150));
		long started = System.nanoTime();
		assertThat(this.http.get(LIST).status()).isEqualTo(200);
		this.emulator.faults().status(1, 14);
		assertThat(this.http.get(LIST).status()).isEqualTo(503);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
		this.emulator.latency(Duration.ZERO);
	}

	@Test
	void flakyRunFaultsAboutTheGivenShareWithRetryableFailuresInTurn() {
		this.emulator.faults().flaky(200, 0.5, 42);
		Map<String, Integer> outcomes = new TreeMap<>();
		for (int i = 0; i < 200; i++) {
			String outcome;
			try {
				EmulatorHttp.Response response = this.http.withNewClient().sendOrThrow("GET", LIST, "");
				outcome = (response.status() == 502) ? "502 " + response.header("content-type")
						: Integer.toString(response.status());
			}
			catch (IOException cut) {
				outcome = "cut";
			}
			outcomes.merge(outcome, 1, Integer::sum);
		}
		assertThat(outcomes).containsOnlyKeys("200", "502 text/html", "503", "cut");
		assertThat(outcomes.get("200")).isBetween(70, 130);
		assertThat(this.http.get(LIST).status()).as("served normally once the run is over").isEqualTo(200);
	}

	@Test
	void flakyRunIsTheSameForTheSameSeed() {
		assertThat(flakyStatuses(7)).isEqualTo(flakyStatuses(7)).isNotEqualTo(flakyStatuses(8));
	}

	private List<Integer> flakyStatuses(long seed) {
		this.emulator.faults().flaky(30, 0.5, seed);
		List<Integer> statuses = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			try {
				statuses.add(this.http.withNewClient().sendOrThrow("GET", LIST, "").status());
			}
			catch (IOException cut) {
				statuses.add(-1);
			}
		}
		return statuses;
	}

}
