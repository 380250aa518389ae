package io.github.ycspring.emulator;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The VM metadata service's token endpoint, GCE-style. */
class MetadataServiceTests {

	private static final String TOKEN_PATH = "/computeMetadata/v1/instance/service-accounts/default/token";

	private YandexCloudEmulator emulator;

	private EmulatorHttp http;

	@BeforeEach
	void start() {
		this.emulator = YandexCloudEmulator.builder().issuedTokenLifetime(Duration.ofMinutes(90)).build().start();
		this.http = EmulatorHttp.to(this.emulator).withAuthorization("");
	}

	@AfterEach
	void stop() {
		this.emulator.close();
	}

	@Test
	void answersAnIssuedTokenInSnakeCaseWithoutABearerToken() {
		EmulatorHttp.Response response = this.http.send("GET", TOKEN_PATH, "", "Metadata-Flavor", "Google");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.header("Metadata-Flavor")).isEqualTo("Google");
		JsonNode json = response.json();
		assertThat(json.propertyNames()).containsExactly("access_token", "expires_in", "token_type");
		assertThat(json.get("access_token").asString()).startsWith("t1.");
		assertThat(json.get("expires_in").isInt()).isTrue();
		assertThat(json.get("expires_in").asInt()).isEqualTo(5400);
		assertThat(json.get("token_type").asString()).isEqualTo("Bearer");
		assertThat(this.emulator.issuedTokenCount()).isEqualTo(1);
		String token = json.get("access_token").asString();
		assertThat(this.http.withAuthorization("Bearer " + token).get("/compute/v1/images?folderId=x").status())
			.isEqualTo(200);
	}

	@Test
	void withoutTheFlavorHeaderIsForbiddenInPlainText() {
		for (String[] headers : new String[][] { {}, { "Metadata-Flavor", "Amazon" } }) {
			EmulatorHttp.Response response = this.http.send("GET", TOKEN_PATH, "", headers);
			assertThat(response.status()).isEqualTo(403);
			assertThat(response.header("Content-Type")).startsWith("text/plain");
			assertThat(response.body()).contains("Metadata-Flavor");
		}
		assertThat(this.emulator.issuedTokenCount()).isZero();
	}

	@Test
	void disabledServiceIsNotFound() {
		this.emulator.metadataService(false);
		assertThat(this.http.send("GET", TOKEN_PATH, "", "Metadata-Flavor", "Google").status()).isEqualTo(404);
		this.emulator.metadataService(true);
		assertThat(this.http.send("GET", TOKEN_PATH, "", "Metadata-Flavor", "Google").status()).isEqualTo(200);
	}

}
