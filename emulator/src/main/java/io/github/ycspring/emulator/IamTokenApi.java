package io.github.ycspring.emulator;

import java.util.Arrays;
import java.util.Set;

import tools.jackson.databind.node.ObjectNode;

/**
 * IAM's token exchange, {@code POST /iam/v1/tokens}: an OAuth token or a service account
 * JWT in, a CreateIamTokenResponse out. Needs no bearer token: it is how one gets one.
 */
final class IamTokenApi {

	private static final String OAUTH_TOKEN = "yandexPassportOauthToken";

	private static final String JWT = "jwt";

	private static final Set<String> FIELDS = Set.of(OAUTH_TOKEN, JWT);

	private final IssuedTokens issued;

	private final JwtCheck jwts;

	private volatile Set<String> oauthTokens = Set.of();

	IamTokenApi(IssuedTokens issued, ServiceAccountKeys keys) {
		this.issued = issued;
		this.jwts = new JwtCheck(keys);
	}

	void acceptOAuthTokens(String... tokens) {
		this.oauthTokens = Set.copyOf(Arrays.asList(tokens));
	}

	void addRoutes(Router router) {
		router.openRoute("POST", "/iam/v1/tokens", this::create);
	}

	private Reply create(Call call) {
		RequestJson request = RequestJson.parse(call.body(), FIELDS);
		String oauthToken = request.string(OAUTH_TOKEN);
		String jwt = request.string(JWT);
		if (oauthToken.isEmpty() == jwt.isEmpty()) {
			throw ApiException.invalidArgument("exactly one of " + OAUTH_TOKEN + " and " + JWT + " is required");
		}
		if (!oauthToken.isEmpty()) {
			if (!this.oauthTokens.contains(oauthToken)) {
				throw new ApiException(GrpcCode.UNAUTHENTICATED, "The OAuth token is invalid");
			}
		}
		else {
			this.jwts.verify(jwt, this.issued.now());
		}
		IssuedTokens.Issued token = this.issued.issue();
		ObjectNode response = ProtoJson.object();
		response.put("iamToken", token.token());
		response.put("expiresAt", ProtoJson.timestamp(token.expiresAt()));
		return Reply.json(response);
	}

}
