package io.github.ycspring.emulator;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code POST /iam/v1/tokens} with a service account JWT: every check IAM makes. */
class JwtExchangeTests {

	private static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");

	private static final String KEY_ID = "ajekey00000000000001";

	private static final String ACCOUNT = "ajeaccount0000000001";

	private YandexCloudEmulator emulator;

	private EmulatorHttp http;

	@BeforeEach
	void start() {
		this.emulator = YandexCloudEmulator.builder().clock(new MovableClock(NOW)).build().start();
		this.emulator.registerServiceAccountKey(KEY_ID, ACCOUNT, TestJwt.KEYS.getPublic());
		this.http = EmulatorHttp.to(this.emulator).withAuthorization("");
	}

	@AfterEach
	void stop() {
		this.emulator.close();
	}

	@Test
	void validJwtGivesATokenThatWorksAsABearerToken() {
		EmulatorHttp.Response response = exchange(jwt().signed());
		assertThat(response.status()).isEqualTo(200);
		String iamToken = response.json().get("iamToken").asString();
		assertThat(iamToken).startsWith("t1.");
		assertThat(response.json().get("expiresAt").asString()).isEqualTo("2030-01-01T12:00:00Z");
		assertThat(this.http.withAuthorization("Bearer " + iamToken).get("/compute/v1/images?folderId=x").status())
			.isEqualTo(200);
	}

	@Test
	void jwtIssuedUpToAMinuteAheadIsAccepted() {
		long iat = NOW.getEpochSecond() + 60;
		assertThat(exchange(jwt().iat(iat).exp(iat + 3600).signed()).status()).isEqualTo(200);
	}

	@Test
	void signatureByAnotherKeyFails() {
		assertRejected(jwt().signedWith(TestJwt.generate().getPrivate()), "JWT signature must verify");
	}

	@Test
	void tamperedClaimsFailTheSignature() {
		String[] parts = jwt().signed().split("\\.");
		String claims = TestJwt.base64url(("{\"iss\":\"" + ACCOUNT + "\",\"aud\":\"" + TestJwt.AUDIENCE + "\",\"iat\":"
				+ NOW.getEpochSecond() + ",\"exp\":" + (NOW.getEpochSecond() + 60) + "}")
			.getBytes(StandardCharsets.UTF_8));
		assertRejected(parts[0] + "." + claims + "." + parts[2], "JWT signature must verify");
	}

	@Test
	void unknownKidFails() {
		assertRejected(jwt().kid("ajeunknown").signed(), "JWT kid must be the id of a registered service account key");
	}

	@Test
	void issOfAnotherServiceAccountFails() {
		assertRejected(jwt().iss("ajesomeoneelse").signed(), "JWT iss must be the service account id");
	}

	@Test
	void otherAudienceFails() {
		assertRejected(jwt().aud("https://iam.api.cloud.yandex.net/iam/v1/tokens/").signed(),
				"JWT aud must be https://iam.api.cloud.yandex.net/iam/v1/tokens");
	}

	@Test
	void lifetimeOverAnHourFails() {
		long iat = NOW.getEpochSecond() - 10;
		assertRejected(jwt().iat(iat).exp(iat + 3601).signed(), "JWT lifetime (exp - iat) must be at most 3600");
	}

	@Test
	void expiredJwtFails() {
		long iat = NOW.getEpochSecond() - 3600;
		assertRejected(jwt().iat(iat).exp(NOW.getEpochSecond()).signed(), "JWT exp must be in the future");
	}

	@Test
	void jwtIssuedInTheFutureFails() {
		long iat = NOW.getEpochSecond() + 61;
		assertRejected(jwt().iat(iat).exp(iat + 600).signed(), "JWT iat must not be in the future");
	}

	@Test
	void algOtherThanPs256Fails() {
		assertRejected(jwt().alg("RS256").signed(), "JWT alg must be PS256");
	}

	@Test
	void tokenThatIsNotThreeBase64urlPartsFails() {
		String signed = jwt().signed();
		assertRejected(signed.substring(0, signed.lastIndexOf('.')), "JWT must be three base64url parts");
		assertRejected(signed + ".extra", "JWT must be three base64url parts");
		assertRejected("not a jwt at all!", "JWT must be three base64url parts");
		assertRejected(TestJwt.base64url("nope".getBytes(StandardCharsets.UTF_8)) + ".e30.c2ln",
				"JWT header must be a base64url JSON object");
	}

	@Test
	void createdServiceAccountKeyIsAKeyFileAsYcWritesIt() throws Exception {
		String keyFile = this.emulator.createServiceAccountKey("ajenewaccount0000001");
		JsonNode json = EmulatorHttp.JSON.readTree(keyFile);
		assertThat(json.propertyNames()).containsExactly("id", "service_account_id", "created_at", "key_algorithm",
				"public_key", "private_key");
		String keyId = json.get("id").asString();
		assertThat(keyId).startsWith("aje").hasSize(20);
		assertThat(json.get("service_account_id").asString()).isEqualTo("ajenewaccount0000001");
		assertThat(json.get("created_at").asString()).isEqualTo("2030-01-01T00:00:00Z");
		assertThat(json.get("key_algorithm").asString()).isEqualTo("RSA_2048");
		assertThat(json.get("public_key").asString()).startsWith("-----BEGIN PUBLIC KEY-----\n")
			.endsWith("-----END PUBLIC KEY-----\n");
		String privateKey = json.get("private_key").asString();
		assertThat(privateKey).startsWith("PLEASE DO NOT REMOVE THIS LINE! Yandex.Cloud SA Key ID " + keyId
				+ "\n-----BEGIN PRIVATE KEY-----\n")
			.endsWith("-----END PRIVATE KEY-----\n");
		assertThat(keyFile).startsWith("{\n   \"id\": ");

		String base64 = privateKey.substring(privateKey.indexOf("-----BEGIN PRIVATE KEY-----"))
			.replaceAll("-----[A-Z ]+-----|\\s", "");
		PrivateKey key = KeyFactory.getInstance("RSA")
			.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
		String jwt = TestJwt.of(keyId, "ajenewaccount0000001", NOW).signedWith(key);
		assertThat(exchange(jwt).status()).isEqualTo(200);
	}

	private TestJwt jwt() {
		return TestJwt.of(KEY_ID, ACCOUNT, NOW);
	}

	private EmulatorHttp.Response exchange(String jwt) {
		return this.http.post("/iam/v1/tokens", "{\"jwt\": \"" + jwt + "\"}");
	}

	private void assertRejected(String jwt, String check) {
		EmulatorHttp.Response response = exchange(jwt);
		assertThat(response.status()).as(check).isEqualTo(401);
		assertThat(response.json().get("code").asInt()).isEqualTo(16);
		assertThat(response.json().get("message").asString()).startsWith(check);
		for (String part : jwt.split("\\.")) {
			if (part.length() > 8) {
				assertThat(response.body()).doesNotContain(part);
			}
		}
		assertThat(this.emulator.issuedTokenCount()).isZero();
	}

}
