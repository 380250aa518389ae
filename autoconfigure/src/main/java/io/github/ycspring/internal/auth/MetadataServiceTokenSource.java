package io.github.ycspring.internal.auth;

import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ycspring.auth.IamToken;
import io.github.ycspring.internal.http.ApiRequest;
import io.github.ycspring.internal.http.ApiTransport;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Gets the IAM token of the service account attached to the Yandex Cloud VM the application runs on, from the VM's
 * metadata service ({@code GET /computeMetadata/v1/instance/service-accounts/default/token} with
 * {@code Metadata-Flavor: Google}). The address is {@code yandex.cloud.endpoints.metadata}, or env
 * {@code YC_METADATA_ADDR}.
 */
public final class MetadataServiceTokenSource implements TokenSource {

	static final String PATH = "/computeMetadata/v1/instance/service-accounts/default/token";

	private final ApiTransport transport;

	private final URI metadataEndpoint;

	private final Supplier<Instant> clock;

	/**
	 * Creates the source.
	 * @param transport an unauthenticated transport (see {@code YandexCloudPipeline.applyUnauthenticated})
	 * @param metadataEndpoint base URL of the metadata service
	 */
	public MetadataServiceTokenSource(ApiTransport transport, URI metadataEndpoint) {
		this.transport = transport;
		this.metadataEndpoint = metadataEndpoint;
		this.clock = () -> Instant.ofEpochMilli(Schedulers.parallel().now(TimeUnit.MILLISECONDS));
	}

	@Override
	public Mono<IamToken> fetch() {
		ApiRequest request = ApiRequest.get("MetadataService.Token", this.metadataEndpoint, PATH, Map.of())
			.withHeader("Metadata-Flavor", "Google");
		return this.transport.call(request, MetadataToken.class).map((answer) -> answer.toToken(this.clock.get()));
	}

	@Override
	public String toString() {
		return "MetadataServiceTokenSource[" + this.metadataEndpoint + "]";
	}

	/** The JSON of the metadata service's answer. */
	record MetadataToken(@JsonProperty("access_token") @Nullable String accessToken,
			@JsonProperty("expires_in") long expiresIn, @JsonProperty("token_type") @Nullable String tokenType) {

		IamToken toToken(Instant now) {
			if (this.accessToken == null || this.accessToken.isBlank() || this.expiresIn <= 0) {
				throw new IllegalStateException("the metadata service answered without access_token or expires_in");
			}
			return new IamToken(this.accessToken, now.plusSeconds(this.expiresIn));
		}

		@Override
		public String toString() {
			return "MetadataToken[accessToken=REDACTED, expiresIn=" + this.expiresIn + "]";
		}

	}

}
