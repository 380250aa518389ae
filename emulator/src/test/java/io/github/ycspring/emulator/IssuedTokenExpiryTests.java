package io.github.ycspring.emulator;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Issued IAM tokens are bearer tokens until they expire, by the emulator's clock. */
class IssuedTokenExpiryTests {

	private static final String IMAGES = "/compute/v1/images?folderId=b1gexpiry";

	private final MovableClock clock = new MovableClock(Instant.parse("2030-01-01T00:00:00Z"));

	private YandexCloudEmulator emulator;

	private EmulatorHttp http;

	@BeforeEach
	void start() {
		this.emulator = YandexCloudEmulator.builder()
			.clock(this.clock)
			.issuedTokenLifetime(Duration.ofHours(1))
			.build()
			.start();
		this.emulator.acceptOAuthTokens("y0_good");
		this.http = EmulatorHttp.to(this.emulator);
	}

	@AfterEach
	void stop() {
		this.emulator.close();
	}

	@Test
	void issuedTokenWorksUntilItsLifetimeHasPassed() {
		String token = issue();
		this.clock.advance(Duration.ofMinutes(59));
		assertThat(get(token).status()).isEqualTo(200);
		this.clock.advance(Duration.ofMinutes(1));
		EmulatorHttp.Response expired = get(token);
		assertThat(expired.status()).isEqualTo(401);
		assertThat(expired.json().get("code").asInt()).isEqualTo(16);
		assertThat(expired.json().get("message").asString()).isEqualTo("IAM token expired");
		assertThat(expired.body()).doesNotContain(token);
	}

	@Test
	void expireIssuedTokensExpiresEveryTokenIssuedSoFar() {
		String first = issue();
		String second = issue();
		this.emulator.expireIssuedTokens();
		assertThat(get(first).json().get("message").asString()).isEqualTo("IAM token expired");
		assertThat(get(second).status()).isEqualTo(401);
		String refreshed = issue();
		assertThat(get(refreshed).status()).isEqualTo(200);
		assertThat(this.emulator.issuedTokenCount()).isEqualTo(3);
	}

	@Test
	void staticTokensNeverExpire() {
		this.emulator.acceptTokens("t1.static");
		issue();
		this.clock.advance(Duration.ofDays(365));
		this.emulator.expireIssuedTokens();
		assertThat(get("t1.static").status()).isEqualTo(200);
	}

	@Test
	void anyBearerIsAcceptedOnlyUntilATokenIsIssued() {
		assertThat(get("whatever").status()).isEqualTo(200);
		String token = issue();
		EmulatorHttp.Response unknown = get("whatever");
		assertThat(unknown.status()).isEqualTo(401);
		assertThat(unknown.json().get("message").asString()).isEqualTo("The token is invalid");
		assertThat(get(token).status()).isEqualTo(200);
	}

	@Test
	void registeredAndIssuedTokensAreAcceptedTogether() {
		this.emulator.acceptTokens("t1.static");
		String token = issue();
		assertThat(get("t1.static").status()).isEqualTo(200);
		assertThat(get(token).status()).isEqualTo(200);
		assertThat(get("t1.other").status()).isEqualTo(401);
	}

	private String issue() {
		EmulatorHttp.Response response = this.http.withAuthorization("")
			.post("/iam/v1/tokens", "{\"yandexPassportOauthToken\": \"y0_good\"}");
		assertThat(response.status()).isEqualTo(200);
		return response.json().get("iamToken").asString();
	}

	private EmulatorHttp.Response get(String token) {
		return this.http.withAuthorization("Bearer " + token).get(IMAGES);
	}

}
