package io.github.ycspring.emulator;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Bearer tokens: any by default, only registered ones once some are registered. */
class AuthenticationTests extends RunningEmulatorTests {

	@BeforeEach
	void prepare() {
		this.emulator.seedImages("b1gauth", 1);
	}

	@Test
	void missingOrBlankBearerIsUnauthenticated() {
		for (String authorization : new String[] { "", "Bearer ", "Basic dXNlcjpwYXNz", "Api-Key abc" }) {
			EmulatorHttp.Response response = this.http.withAuthorization(authorization)
				.get("/compute/v1/images?folderId=b1gauth");
			assertThat(response.status()).as(authorization).isEqualTo(401);
			assertThat(response.json().get("code").asInt()).isEqualTo(16);
			assertThat(response.body()).doesNotContain("dXNlcjpwYXNz");
		}
	}

	@Test
	void anyBearerIsAcceptedWhenNoTokensAreRegistered() {
		assertThat(this.http.withAuthorization("Bearer whatever").get("/compute/v1/images?folderId=b1gauth").status())
			.isEqualTo(200);
	}

	@Test
	void onlyRegisteredTokensAreAcceptedOnceRegistered() {
		this.emulator.acceptTokens("t1.first", "t1.second");
		assertThat(this.http.withAuthorization("Bearer t1.second").get("/operations/fddnone").status()).isEqualTo(404);
		EmulatorHttp.Response wrong = this.http.withAuthorization("Bearer t1.stale")
			.get("/compute/v1/images?folderId=b1gauth");
		assertThat(wrong.status()).isEqualTo(401);
		assertThat(wrong.body()).doesNotContain("t1.stale");
		this.emulator.acceptTokens("t1.third");
		assertThat(this.http.withAuthorization("Bearer t1.first").get("/compute/v1/images?folderId=b1gauth").status())
			.isEqualTo(401);
		this.emulator.acceptTokens();
		assertThat(this.http.withAuthorization("Bearer t1.first").get("/compute/v1/images?folderId=b1gauth").status())
			.isEqualTo(200);
	}

}
