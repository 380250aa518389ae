package io.github.ycspring.emulator;

import java.util.Map;

import tools.jackson.databind.node.ObjectNode;

/**
 * The VM metadata service's token endpoint, in the Google Compute Engine format Yandex Cloud
 * VMs serve: snake_case JSON, not proto3. Needs no bearer token but the header
 * {@code Metadata-Flavor: Google}; without it the answer is 403 with a plain-text body, as
 * the GCE-style metadata server answers. While disabled the path is a plain-text 404, as on
 * a machine with no metadata service.
 */
final class MetadataApi {

	static final String TOKEN_PATH = "/computeMetadata/v1/instance/service-accounts/default/token";

	private static final Map<String, String> FLAVOR = Map.of("Metadata-Flavor", "Google");

	private final IssuedTokens issued;

	private final EmulatorSettings settings;

	MetadataApi(IssuedTokens issued, EmulatorSettings settings) {
		this.issued = issued;
		this.settings = settings;
	}

	void addRoutes(Router router) {
		router.openRoute("GET", TOKEN_PATH, this::token);
	}

	private Reply token(Call call) {
		if (!this.settings.metadataService) {
			return Reply.text(404, "404 page not found\n", Map.of());
		}
		if (!"Google".equals(call.header("Metadata-Flavor"))) {
			return Reply.text(403, "Missing required header \"Metadata-Flavor\": \"Google\"\n", FLAVOR);
		}
		IssuedTokens.Issued token = this.issued.issue();
		ObjectNode response = ProtoJson.object();
		response.put("access_token", token.token());
		response.put("expires_in", token.lifetime().toSeconds());
		response.put("token_type", "Bearer");
		return Reply.json(response).withHeader("Metadata-Flavor", "Google");
	}

}
