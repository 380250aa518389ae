package io.github.ycspring.emulator;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.jspecify.annotations.Nullable;

/** Service account authorized keys whose JWTs the token exchange accepts, by key id. */
final class ServiceAccountKeys {

	private final ConcurrentMap<String, Key> keys = new ConcurrentHashMap<>();

	void register(String keyId, String serviceAccountId, PublicKey publicKey) {
		if (keyId.isBlank() || serviceAccountId.isBlank()) {
			throw new IllegalArgumentException("A key needs a key id and a service account id");
		}
		if (!"RSA".equals(publicKey.getAlgorithm())) {
			throw new IllegalArgumentException("A service account key must be RSA, was " + publicKey.getAlgorithm());
		}
		this.keys.put(keyId, new Key(serviceAccountId, publicKey));
	}

	@Nullable Key find(String keyId) {
		return this.keys.get(keyId);
	}

	/**
	 * Generates an RSA-2048 key, registers its public half under a new key id and returns the
	 * authorized key file {@code yc iam key create} would write for it.
	 */
	String create(String serviceAccountId, Instant createdAt) {
		KeyPair pair;
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			pair = generator.generateKeyPair();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("This JVM cannot generate RSA keys", ex);
		}
		String keyId = Ids.next("aje");
		register(keyId, serviceAccountId, pair.getPublic());
		Map<String, String> file = new LinkedHashMap<>();
		file.put("id", keyId);
		file.put("service_account_id", serviceAccountId);
		file.put("created_at", ProtoJson.timestamp(createdAt));
		file.put("key_algorithm", "RSA_2048");
		file.put("public_key", pem("PUBLIC KEY", pair.getPublic().getEncoded()));
		file.put("private_key", "PLEASE DO NOT REMOVE THIS LINE! Yandex.Cloud SA Key ID " + keyId + "\n"
				+ pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
		return json(file);
	}

	/** PEM with 64-character lines and a final newline. */
	static String pem(String type, byte[] der) {
		String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
		return "-----BEGIN " + type + "-----\n" + base64 + "\n-----END " + type + "-----\n";
	}

	/** Indented by three spaces, as yc's Go JSON encoder writes key files. */
	private static String json(Map<String, String> fields) {
		StringBuilder json = new StringBuilder("{\n");
		fields.forEach((name, value) -> json.append("   \"")
			.append(name)
			.append("\": ")
			.append(ProtoJson.MAPPER.writeValueAsString(value))
			.append(",\n"));
		json.setLength(json.length() - 2);
		return json.append("\n}\n").toString();
	}

	record Key(String serviceAccountId, PublicKey publicKey) {
	}

}
