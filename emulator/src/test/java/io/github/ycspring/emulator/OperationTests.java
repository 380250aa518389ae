package io.github.ycspring.emulator;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Get and Cancel of operations, and how operations become done. */
class OperationTests {

	private YandexCloudEmulator emulator;

	private EmulatorHttp http;

	private String imageId;

	@BeforeEach
	void start() {
		this.emulator = YandexCloudEmulator.builder().operationDelay(Duration.ofSeconds(30)).build().start();
		this.http = EmulatorHttp.to(this.emulator);
		this.imageId = this.emulator.seedImages("b1goperations", 1).get(0);
	}

	@AfterEach
	void stop() {
		this.emulator.close();
	}

	@Test
	void operationIsDoneOnceItsDelayHasPassed() {
		this.emulator.operationDelay(Duration.ofMillis(50));
		String id = startUpdate();
		JsonNode done = this.http.pollOperation(id, (operation) -> operation.has("done")).json();
		assertThat(done.get("response").get("name").asString()).isEqualTo("renamed");
		assertThat(ProtoJson.timestamp(Instant.parse(done.get("modifiedAt").asString())))
			.isEqualTo(done.get("modifiedAt").asString());
	}

	@Test
	void operationIsDoneOnTheConfiguredPoll() {
		this.emulator.completeOperationsAfterPolls(3);
		String id = startUpdate();
		assertThat(this.http.get("/operations/" + id).json().has("done")).isFalse();
		assertThat(this.http.get("/operations/" + id).json().has("done")).isFalse();
		assertThat(this.http.get("/operations/" + id).json().get("done").asBoolean()).isTrue();
	}

	@Test
	void newOperationsAreHiddenForTheirFirstGets() {
		this.emulator.hideNewOperations(2).completeOperationsAfterPolls(1);
		String id = startUpdate();
		EmulatorHttp.Response hidden = this.http.get("/operations/" + id);
		assertThat(hidden.status()).isEqualTo(404);
		assertThat(hidden.json().get("code").asInt()).isEqualTo(5);
		assertThat(this.http.get("/operations/" + id).status()).isEqualTo(404);
		assertThat(this.http.get("/operations/" + id).json().get("done").asBoolean()).isTrue();
	}

	@Test
	void advertisesPollInterval() {
		String id = startUpdate();
		assertThat(this.http.get("/operations/" + id).header("x-operation-poll-interval")).isNull();
		this.emulator.operationPollIntervalHeader(Duration.ofSeconds(2));
		assertThat(this.http.get("/operations/" + id).header("x-operation-poll-interval")).isEqualTo("2");
		this.emulator.operationPollIntervalHeader(Duration.ofMillis(50));
		assertThat(this.http.get("/operations/" + id).header("x-operation-poll-interval")).isEqualTo("0.05");
	}

	@Test
	void cancelEndsRunningOperationWithCancelledAndRollsBack() {
		String id = this.http.delete("/compute/v1/images/" + this.imageId).json().get("id").asString();
		JsonNode cancelled = this.http.get("/operations/" + id + ":cancel").json();
		assertThat(cancelled.get("done").asBoolean()).isTrue();
		assertThat(cancelled.get("error").get("code").asInt()).isEqualTo(1);
		assertThat(cancelled.get("error").get("message").asString()).isEqualTo("operation cancelled");
		assertThat(this.emulator.image(this.imageId)).get().extracting(EmulatedImage::status).isEqualTo("READY");
		assertThat(this.http.get("/operations/" + id).json()).isEqualTo(cancelled);
	}

	@Test
	void cancelOfFinishedOperationReturnsItUnchanged() {
		this.emulator.completeOperationsAfterPolls(1);
		String id = startUpdate();
		JsonNode done = this.http.get("/operations/" + id).json();
		assertThat(this.http.post("/operations/" + id + ":cancel", "").json()).isEqualTo(done);
	}

	@Test
	void unknownOperationIsNotFound() {
		assertThat(this.http.get("/operations/fddmissing").status()).isEqualTo(404);
		assertThat(this.http.get("/operations/fddmissing:cancel").status()).isEqualTo(404);
	}

	private String startUpdate() {
		return this.http.patch("/compute/v1/images/" + this.imageId, "{\"updateMask\": \"name\", \"name\": \"renamed\"}")
			.json()
			.get("id")
			.asString();
	}

}
