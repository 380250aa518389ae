package io.github.ycspring.internal.auth;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import io.github.ycspring.auth.IamToken;
import io.github.ycspring.internal.http.ApiTransport;
import io.github.ycspring.internal.json.ProtoJson;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Exchanges a service account's authorized key for IAM tokens: each exchange signs a fresh PS256 JWT
 * ({@code kid} = key id; {@code iss} = service account; {@code aud} = the IAM token URL; one hour of life; PSS with
 * SHA-256 and a 32-byte salt) and posts it as {@code {"jwt": ...}}.
 */
public final class ServiceAccountKeyTokenSource implements TokenSource {

	/** The audience Yandex Cloud IAM requires, whatever endpoint the exchange is sent to. */
	static final String AUDIENCE = "https://iam.api.cloud.yandex.net/iam/v1/tokens";

	/** Longest life IAM accepts for such a JWT. */
	static final Duration JWT_LIFETIME = Duration.ofHours(1);

	private static final PSSParameterSpec PS256 = new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256,
			32, PSSParameterSpec.TRAILER_FIELD_BC);

	private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

	private final IamTokenExchange exchange;

	private final ServiceAccountKey key;

	private final Supplier<Instant> clock;

	/**
	 * Creates the source.
	 * @param transport an unauthenticated transport (see {@code YandexCloudPipeline.applyUnauthenticated})
	 * @param iamEndpoint base URL of the IAM API
	 * @param key the authorized key
	 */
	public ServiceAccountKeyTokenSource(ApiTransport transport, URI iamEndpoint, ServiceAccountKey key) {
		this(transport, iamEndpoint, key, () -> Instant.ofEpochMilli(Schedulers.parallel().now(TimeUnit.MILLISECONDS)));
	}

	ServiceAccountKeyTokenSource(ApiTransport transport, URI iamEndpoint, ServiceAccountKey key,
			Supplier<Instant> clock) {
		this.exchange = new IamTokenExchange(transport, iamEndpoint);
		this.key = key;
		this.clock = clock;
	}

	@Override
	public Mono<IamToken> fetch() {
		return Mono.fromCallable(this::signedJwt).flatMap((jwt) -> this.exchange.exchange(new JwtBody(jwt)));
	}

	String signedJwt() throws GeneralSecurityException {
		long now = this.clock.get().getEpochSecond();
		Map<String, Object> header = new LinkedHashMap<>();
		header.put("typ", "JWT");
		header.put("alg", "PS256");
		header.put("kid", this.key.keyId());
		Map<String, Object> claims = new LinkedHashMap<>();
		claims.put("iss", this.key.serviceAccountId());
		claims.put("aud", AUDIENCE);
		claims.put("iat", now);
		claims.put("exp", now + JWT_LIFETIME.getSeconds());
		String signingInput = encode(header) + "." + encode(claims);
		Signature signature = Signature.getInstance("RSASSA-PSS");
		signature.setParameter(PS256);
		signature.initSign(this.key.privateKey());
		signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
		return signingInput + "." + BASE64URL.encodeToString(signature.sign());
	}

	private static String encode(Map<String, Object> json) {
		// plain numbers: the proto3 mapper would write the long claims as strings
		return BASE64URL.encodeToString(ProtoJson.plainMapper().writeValueAsBytes(json));
	}

	@Override
	public String toString() {
		return "ServiceAccountKeyTokenSource[" + this.key + "]";
	}

	/** The request body. */
	record JwtBody(String jwt) {

		@Override
		public String toString() {
			return "JwtBody[REDACTED]";
		}

	}

}
