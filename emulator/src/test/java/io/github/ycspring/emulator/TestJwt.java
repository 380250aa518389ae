package io.github.ycspring.emulator;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.time.Instant;
import java.util.Base64;

import tools.jackson.databind.node.ObjectNode;

/** Service account JWTs for tests, signed with plain JDK crypto; valid unless told otherwise. */
final class TestJwt {

	static final String AUDIENCE = "https://iam.api.cloud.yandex.net/iam/v1/tokens";

	/** One RSA-2048 key pair for every test: generating one takes a noticeable fraction of a second. */
	static final KeyPair KEYS = generate();

	private String alg = "PS256";

	private String kid;

	private String iss;

	private String aud = AUDIENCE;

	private long iat;

	private long exp;

	private TestJwt(String kid, String iss, Instant now) {
		this.kid = kid;
		this.iss = iss;
		this.iat = now.getEpochSecond();
		this.exp = this.iat + 3600;
	}

	static TestJwt of(String kid, String iss, Instant now) {
		return new TestJwt(kid, iss, now);
	}

	TestJwt alg(String alg) {
		this.alg = alg;
		return this;
	}

	TestJwt kid(String kid) {
		this.kid = kid;
		return this;
	}

	TestJwt iss(String iss) {
		this.iss = iss;
		return this;
	}

	TestJwt aud(String aud) {
		this.aud = aud;
		return this;
	}

	TestJwt iat(long iat) {
		this.iat = iat;
		return this;
	}

	TestJwt exp(long exp) {
		this.exp = exp;
		return this;
	}

	String signedWith(PrivateKey key) {
		ObjectNode header = EmulatorHttp.JSON.createObjectNode().put("typ", "JWT").put("alg", this.alg).put("kid",
				this.kid);
		ObjectNode claims = EmulatorHttp.JSON.createObjectNode()
			.put("iss", this.iss)
			.put("aud", this.aud)
			.put("iat", this.iat)
			.put("exp", this.exp);
		String signed = base64url(EmulatorHttp.JSON.writeValueAsBytes(header)) + "."
				+ base64url(EmulatorHttp.JSON.writeValueAsBytes(claims));
		try {
			Signature signature;
			if (this.alg.equals("PS256")) {
				signature = Signature.getInstance("RSASSA-PSS");
				signature.setParameter(new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1));
			}
			else {
				signature = Signature.getInstance("SHA256withRSA");
			}
			signature.initSign(key);
			signature.update(signed.getBytes(StandardCharsets.US_ASCII));
			return signed + "." + base64url(signature.sign());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	String signed() {
		return signedWith(KEYS.getPrivate());
	}

	static String base64url(byte[] bytes) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static KeyPair generate() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return generator.generateKeyPair();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
