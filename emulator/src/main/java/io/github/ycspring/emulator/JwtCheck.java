package io.github.ycspring.emulator;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.time.Instant;
import java.util.Base64;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Verifies a service account JWT as IAM's token exchange does: PS256 over
 * {@code header.claims}, signed by a registered key, issued by that key's service account
 * for the IAM audience, within its lifetime. Each failure is UNAUTHENTICATED and names the
 * check that failed, never the JWT.
 */
final class JwtCheck {

	static final String AUDIENCE = "https://iam.api.cloud.yandex.net/iam/v1/tokens";

	/** The longest a JWT may be valid for, {@code exp - iat}. */
	static final long MAX_LIFETIME_SECONDS = 3600;

	/** How far in the future {@code iat} may be, for clocks that run ahead. */
	static final long CLOCK_SKEW_SECONDS = 60;

	private static final PSSParameterSpec PS256 = new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256,
			32, 1);

	private final ServiceAccountKeys keys;

	JwtCheck(ServiceAccountKeys keys) {
		this.keys = keys;
	}

	/**
	 * Checks a JWT at a point in time.
	 * @return the service account it authenticates
	 */
	String verify(String jwt, Instant now) {
		String[] parts = jwt.split("\\.", -1);
		if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty() || parts[2].isEmpty()) {
			throw failed("JWT must be three base64url parts separated by dots");
		}
		JsonNode header = jsonObject(parts[0], "header");
		JsonNode claims = jsonObject(parts[1], "claims");
		byte[] signature = base64url(parts[2]);
		if (!"PS256".equals(text(header, "alg"))) {
			throw failed("JWT alg must be PS256");
		}
		ServiceAccountKeys.Key key = this.keys.find(text(header, "kid"));
		if (key == null) {
			throw failed("JWT kid must be the id of a registered service account key");
		}
		if (!signatureVerifies(key, parts[0] + "." + parts[1], signature)) {
			throw failed("JWT signature must verify with the key named by kid (PS256)");
		}
		if (!key.serviceAccountId().equals(text(claims, "iss"))) {
			throw failed("JWT iss must be the service account id of the key named by kid");
		}
		if (!AUDIENCE.equals(text(claims, "aud"))) {
			throw failed("JWT aud must be " + AUDIENCE);
		}
		long iat = numericDate(claims, "iat");
		long exp = numericDate(claims, "exp");
		if (iat > now.getEpochSecond() + CLOCK_SKEW_SECONDS) {
			throw failed("JWT iat must not be in the future");
		}
		if (exp <= now.getEpochSecond()) {
			throw failed("JWT exp must be in the future");
		}
		if (exp <= iat) {
			throw failed("JWT exp must be after iat");
		}
		if (exp - iat > MAX_LIFETIME_SECONDS) {
			throw failed("JWT lifetime (exp - iat) must be at most " + MAX_LIFETIME_SECONDS + " seconds");
		}
		return key.serviceAccountId();
	}

	private static boolean signatureVerifies(ServiceAccountKeys.Key key, String signed, byte[] signature) {
		try {
			Signature verifier = Signature.getInstance("RSASSA-PSS");
			verifier.setParameter(PS256);
			verifier.initVerify(key.publicKey());
			verifier.update(signed.getBytes(StandardCharsets.US_ASCII));
			return verifier.verify(signature);
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			// a signature of the wrong length, for one
			return false;
		}
	}

	private static JsonNode jsonObject(String part, String name) {
		try {
			JsonNode node = ProtoJson.MAPPER.readTree(new String(base64url(part), StandardCharsets.UTF_8));
			if (node.isObject()) {
				return node;
			}
		}
		catch (JacksonException ex) {
			// reported below, without the JSON: it may be a secret someone pasted by mistake
		}
		throw failed("JWT " + name + " must be a base64url JSON object");
	}

	private static byte[] base64url(String part) {
		try {
			return Base64.getUrlDecoder().decode(part);
		}
		catch (IllegalArgumentException ex) {
			throw failed("JWT must be three base64url parts separated by dots");
		}
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return (value != null && value.isString()) ? value.stringValue() : "";
	}

	private static long numericDate(JsonNode claims, String field) {
		JsonNode value = claims.get(field);
		if (value == null || !value.isNumber()) {
			throw failed("JWT " + field + " must be a NumericDate (seconds since the epoch)");
		}
		return (long) Math.floor(value.doubleValue());
	}

	private static ApiException failed(String check) {
		return new ApiException(GrpcCode.UNAUTHENTICATED, check);
	}

}
