package io.github.ycspring.internal.auth;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.time.Instant;
import java.util.Base64;

import io.github.ycspring.internal.http.ApiTransport;
import io.github.ycspring.internal.json.ProtoJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Authorized key files as {@code yc iam key create} writes them, and the PS256 JWT made from them.
 */
class ServiceAccountKeyTests {

	static KeyPair keys;

	@BeforeAll
	static void generateKeys() throws Exception {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		keys = generator.generateKeyPair();
	}

	static String pem() {
		return "PLEASE DO NOT REMOVE THIS LINE! Yandex.Cloud SA Key ID ajekey\n-----BEGIN PRIVATE KEY-----\n"
				+ Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(keys.getPrivate().getEncoded())
				+ "\n-----END PRIVATE KEY-----\n";
	}

	static String keyJson(boolean snakeCase) {
		return ProtoJson.plainMapper().createObjectNode()
			.put("id", "ajekey")
			.put(snakeCase ? "service_account_id" : "serviceAccountId", "ajeaccount")
			.put(snakeCase ? "created_at" : "createdAt", "2024-01-01T00:00:00Z")
			.put(snakeCase ? "key_algorithm" : "keyAlgorithm", "RSA_2048")
			.put(snakeCase ? "private_key" : "privateKey", pem())
			.toString();
	}

	@Test
	void parsesSnakeCaseAndCamelCaseFilesWithTheDoNotRemoveLine() {
		for (boolean snake : new boolean[] { true, false }) {
			ServiceAccountKey key = ServiceAccountKey.parse(keyJson(snake));
			assertThat(key.keyId()).isEqualTo("ajekey");
			assertThat(key.serviceAccountId()).isEqualTo("ajeaccount");
			assertThat(key.privateKey().getEncoded()).isEqualTo(keys.getPrivate().getEncoded());
			assertThat(key.toString()).contains("REDACTED").doesNotContain("BEGIN");
		}
	}

	@Test
	void namesWhatIsWrongWithABadFileWithoutQuotingTheKey() {
		assertThatIllegalArgumentException().isThrownBy(() -> ServiceAccountKey.parse("{not json"))
			.withMessageContaining("not valid JSON");
		assertThatIllegalArgumentException().isThrownBy(() -> ServiceAccountKey.parse("{\"id\":\"a\"}"))
			.withMessageContaining("service_account_id is missing");
		String broken = keyJson(true).replace("-----BEGIN PRIVATE KEY-----\\n", "-----BEGIN PRIVATE KEY-----\\nAAAA");
		assertThatIllegalArgumentException().isThrownBy(() -> ServiceAccountKey.parse(broken))
			.withMessageContaining("not a valid RSA key")
			.withMessageNotContaining("AAAA");
	}

	@Test
	void signsAPs256JwtThatThePublicKeyVerifies() throws Exception {
		ServiceAccountKey key = ServiceAccountKey.parse(keyJson(true));
		Instant now = Instant.parse("2024-05-01T12:00:00Z");
		ServiceAccountKeyTokenSource source = new ServiceAccountKeyTokenSource(
				new ApiTransport(WebClient.create(), 1024), URI.create("https://iam.example"), key, () -> now);
		String[] parts = source.signedJwt().split("\\.");
		assertThat(parts).hasSize(3);
		JsonNode header = ProtoJson.plainMapper().readTree(Base64.getUrlDecoder().decode(parts[0]));
		JsonNode claims = ProtoJson.plainMapper().readTree(Base64.getUrlDecoder().decode(parts[1]));
		assertThat(header.get("typ").asString()).isEqualTo("JWT");
		assertThat(header.get("alg").asString()).isEqualTo("PS256");
		assertThat(header.get("kid").asString()).isEqualTo("ajekey");
		assertThat(claims.get("iss").asString()).isEqualTo("ajeaccount");
		assertThat(claims.get("aud").asString()).isEqualTo("https://iam.api.cloud.yandex.net/iam/v1/tokens");
		assertThat(claims.get("iat").isNumber()).isTrue();
		assertThat(claims.get("iat").asLong()).isEqualTo(now.getEpochSecond());
		assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isEqualTo(3600);
		Signature verifier = Signature.getInstance("RSASSA-PSS");
		verifier.setParameter(new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1));
		verifier.initVerify(keys.getPublic());
		verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
		assertThat(verifier.verify(Base64.getUrlDecoder().decode(parts[2]))).isTrue();
	}

}
