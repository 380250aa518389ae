package io.github.ycspring.internal.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

import io.github.ycspring.internal.json.ProtoJson;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * A service account's authorized key, as the JSON file {@code yc iam key create} writes: {@code id},
 * {@code service_account_id} and {@code private_key} (camelCase names are read too). The private key may start with
 * Yandex Cloud's line {@code PLEASE DO NOT REMOVE THIS LINE! Yandex.Cloud SA Key ID <id>} before the PEM. Its
 * {@code toString()} never shows the key.
 *
 * @param keyId id of the key, sent as the JWT's {@code kid}
 * @param serviceAccountId id of the service account, sent as the JWT's {@code iss}
 * @param privateKey the RSA private key that signs the JWT
 */
public record ServiceAccountKey(String keyId, String serviceAccountId, PrivateKey privateKey) {

	/**
	 * Parses an authorized key JSON.
	 * @param json the JSON text
	 * @return the key
	 * @throws IllegalArgumentException naming what is missing or malformed, never quoting the key
	 */
	public static ServiceAccountKey parse(String json) {
		JsonNode node;
		try {
			node = ProtoJson.mapper().readTree(json);
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException("service account key: is not valid JSON (line "
					+ ex.getLocation().getLineNr() + ", column " + ex.getLocation().getColumnNr() + ")");
		}
		if (node == null || !node.isObject()) {
			throw new IllegalArgumentException("service account key: must be a JSON object");
		}
		String keyId = required(node, "id", "id");
		String serviceAccountId = required(node, "service_account_id", "serviceAccountId");
		String pem = required(node, "private_key", "privateKey");
		return new ServiceAccountKey(keyId, serviceAccountId, privateKey(pem));
	}

	private static String required(JsonNode node, String snakeCase, String camelCase) {
		JsonNode value = node.hasNonNull(snakeCase) ? node.get(snakeCase) : node.get(camelCase);
		if (value == null || !value.isString() || value.asString().isBlank()) {
			throw new IllegalArgumentException("service account key: field " + snakeCase + " is missing");
		}
		return value.asString();
	}

	private static PrivateKey privateKey(String pem) {
		int begin = pem.indexOf("-----BEGIN PRIVATE KEY-----");
		int end = pem.indexOf("-----END PRIVATE KEY-----");
		if (begin < 0 || end < begin) {
			throw new IllegalArgumentException(
					"service account key: private_key must hold a PKCS#8 PEM (-----BEGIN PRIVATE KEY-----)");
		}
		// anything before the PEM, such as Yandex Cloud's "PLEASE DO NOT REMOVE THIS LINE!", is skipped
		String base64 = pem.substring(begin + "-----BEGIN PRIVATE KEY-----".length(), end).replaceAll("\\s", "");
		try {
			byte[] der = Base64.getDecoder().decode(base64.getBytes(StandardCharsets.US_ASCII));
			return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
		}
		catch (IllegalArgumentException | GeneralSecurityException ex) {
			throw new IllegalArgumentException("service account key: private_key is not a valid RSA key");
		}
	}

	@Override
	public String toString() {
		return "ServiceAccountKey[keyId=" + this.keyId + ", serviceAccountId=" + this.serviceAccountId
				+ ", privateKey=REDACTED]";
	}

}
