package io.github.ycspring.emulator;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code POST /iam/v1/tokens} with an OAuth token, and what any exchange request must look like. */
class IamTokenExchangeTests {

	private static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");

	private YandexCloudEmulator emulator;

	private EmulatorHttp http;

	@BeforeEach
	void start() {
		this.emulator = YandexCloudEmulator.builder().clock(new MovableClock(NOW)).build().start();
		this.emulator.acceptOAuthTokens("y0_good");
		this.http = EmulatorHttp.to(this.emulator).withAuthorization("");
	}

	@AfterEach
	void stop() {
		this.emulator.close();
	}

	@Test
	void acceptedOAuthTokenIsExchangedWithoutABearerToken() {
		EmulatorHttp.Response response = this.http.post("/iam/v1/tokens", "{\"yandexPassportOauthToken\": \"y0_good\"}");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.header("Content-Type")).isEqualTo("application/json");
		JsonNode json = response.json();
		assertThat(json.propertyNames()).containsExactly("iamToken", "expiresAt");
		assertThat(json.get("iamToken").asString()).startsWith("t1.").hasSizeGreaterThan(20);
		assertThat(json.get("expiresAt").asString()).isEqualTo("2030-01-01T12:00:00Z");
		assertThat(this.emulator.issuedTokenCount()).isEqualTo(1);
		assertThat(this.emulator.requestCount("POST", "/iam/v1/tokens")).isEqualTo(1);
	}

	@Test
	void protoFieldNameIsAcceptedToo() {
		assertThat(this.http.post("/iam/v1/tokens", "{\"yandex_passport_oauth_token\": \"y0_good\"}").status())
			.isEqualTo(200);
	}

	@Test
	void eachExchangeIssuesAFreshToken() {
		String first = exchange("y0_good").get("iamToken").asString();
		String second = exchange("y0_good").get("iamToken").asString();
		assertThat(first).isNotEqualTo(second);
		assertThat(this.emulator.issuedTokenCount()).isEqualTo(2);
	}

	@Test
	void unknownOAuthTokenIsUnauthenticatedWithoutEchoingIt() {
		EmulatorHttp.Response response = this.http.post("/iam/v1/tokens",
				"{\"yandexPassportOauthToken\": \"y0_stolen_secret\"}");
		assertThat(response.status()).isEqualTo(401);
		assertThat(response.json().get("code").asInt()).isEqualTo(16);
		assertThat(response.body()).doesNotContain("y0_stolen_secret");
		assertThat(this.emulator.issuedTokenCount()).isZero();
	}

	@Test
	void noOAuthTokenIsAcceptedUntilSomeAreRegistered() {
		this.emulator.acceptOAuthTokens();
		assertThat(this.http.post("/iam/v1/tokens", "{\"yandexPassportOauthToken\": \"y0_good\"}").status())
			.isEqualTo(401);
	}

	@Test
	void issuedTokenWorksAsABearerToken() {
		String iamToken = exchange("y0_good").get("iamToken").asString();
		assertThat(this.http.withAuthorization("Bearer " + iamToken).get("/compute/v1/images?folderId=x").status())
			.isEqualTo(200);
	}

	@Test
	void lifetimeSetWhileRunningAppliesToTokensIssuedAfter() {
		this.emulator.issuedTokenLifetime(Duration.ofMinutes(5));
		assertThat(exchange("y0_good").get("expiresAt").asString()).isEqualTo("2030-01-01T00:05:00Z");
	}

	@Test
	void malformedRequestsAreInvalidArgument() {
		for (String body : new String[] { "", "{", "[]", "{\"jwt\": 42}", "{\"password\": \"x\"}", "{}",
				"{\"jwt\": \"\"}", "{\"jwt\": \"a.b.c\", \"yandexPassportOauthToken\": \"y0_good\"}" }) {
			EmulatorHttp.Response response = this.http.post("/iam/v1/tokens", body);
			assertThat(response.status()).as(body).isEqualTo(400);
			assertThat(response.json().get("code").asInt()).as(body).isEqualTo(3);
		}
		assertThat(this.emulator.issuedTokenCount()).isZero();
	}

	@Test
	void otherMethodsAreUnimplemented() {
		assertThat(this.http.get("/iam/v1/tokens").status()).isEqualTo(501);
	}

	private JsonNode exchange(String oauthToken) {
		EmulatorHttp.Response response = this.http.post("/iam/v1/tokens",
				"{\"yandexPassportOauthToken\": \"" + oauthToken + "\"}");
		assertThat(response.status()).isEqualTo(200);
		return response.json();
	}

}
