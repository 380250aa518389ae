package io.github.ycspring.emulator;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static io.github.ycspring.emulator.EmulatorHttp.encode;
import static org.assertj.core.api.Assertions.assertThat;

/** API Gateway's ListOperations: pagination and the {@code done} / {@code createdBy} filter. */
class ApiGatewayOperationsTests extends RunningEmulatorTests {

	private static final String GATEWAY = "d5dgateway0000000001";

	private static final String PATH = "/apigateways/v1/apigateways/" + GATEWAY + "/operations";

	@BeforeEach
	void prepare() {
		this.emulator.seedApiGatewayOperations(GATEWAY, 30);
	}

	@Test
	void pagesThroughSeededOperations() {
		JsonNode first = this.http.get(PATH + "?pageSize=20").json();
		assertThat(first.get("operations")).hasSize(20);
		JsonNode second = this.http.get(PATH + "?pageSize=20&pageToken=" + first.get("nextPageToken").asString())
			.json();
		assertThat(second.get("operations")).hasSize(10);
		assertThat(second.has("nextPageToken")).isFalse();
		assertThat(first.get("operations").get(0).get("description").asString()).isEqualTo("Create API gateway");
	}

	@Test
	void filtersByDone() {
		List<JsonNode> running = operations("done=false");
		assertThat(running).isNotEmpty().allMatch((operation) -> !operation.has("done"));
		List<JsonNode> done = operations("done = true");
		assertThat(done).isNotEmpty().allMatch((operation) -> operation.get("done").asBoolean());
		assertThat(running.size() + done.size()).isEqualTo(30);
	}

	@Test
	void filtersByCreatedByInEitherSpellingAndQuote() {
		List<JsonNode> byJohn = operations("created_by='John.Doe'");
		assertThat(byJohn).hasSize(10).allMatch((operation) -> operation.get("createdBy").asString().equals("John.Doe"));
		assertThat(operations("createdBy=\"John.Doe\"")).isEqualTo(byJohn);
		assertThat(operations("created_by='John.Doe' AND done=false")).isNotEmpty().hasSizeLessThan(byJohn.size());
	}

	@Test
	void otherFiltersAreInvalidArgument() {
		assertThat(this.http.get(PATH + "?filter=" + encode("done != false")).status()).isEqualTo(400);
		assertThat(this.http.get(PATH + "?filter=" + encode("description=\"x\"")).status()).isEqualTo(400);
	}

	@Test
	void unseededGatewayIsNotFoundAndEmptyOneIsEmpty() {
		assertThat(this.http.get("/apigateways/v1/apigateways/d5dunknown/operations").status()).isEqualTo(404);
		this.emulator.seedApiGatewayOperations("d5dempty", 0);
		assertThat(this.http.get("/apigateways/v1/apigateways/d5dempty/operations").body()).isEqualTo("{}");
	}

	@Test
	void runningOperationsCanBeCancelled() {
		String id = operations("done=false").get(0).get("id").asString();
		assertThat(this.http.get("/operations/" + id + ":cancel").json().get("error").get("code").asInt()).isEqualTo(1);
	}

	private List<JsonNode> operations(String filter) {
		JsonNode page = this.http.get(PATH + "?pageSize=1000&filter=" + encode(filter)).json();
		List<JsonNode> operations = new ArrayList<>();
		if (page.has("operations")) {
			page.get("operations").forEach(operations::add);
		}
		return operations;
	}

}
