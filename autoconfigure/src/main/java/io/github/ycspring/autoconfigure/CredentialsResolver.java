package io.github.ycspring.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.ycspring.auth.CredentialsProvider;
import io.github.ycspring.auth.StaticIamTokenCredentials;
import io.github.ycspring.autoconfigure.YandexCloudProperties.MetadataServiceMode;
import io.github.ycspring.core.Endpoints;
import io.github.ycspring.internal.EnvironmentFallbacks;
import io.github.ycspring.internal.auth.CachingCredentialsProvider;
import io.github.ycspring.internal.auth.MetadataServiceTokenSource;
import io.github.ycspring.internal.auth.NoCredentials;
import io.github.ycspring.internal.auth.OAuthTokenSource;
import io.github.ycspring.internal.auth.ServiceAccountKey;
import io.github.ycspring.internal.auth.ServiceAccountKeyTokenSource;
import io.github.ycspring.internal.http.ApiTransport;
import io.github.ycspring.internal.http.BearerTokenPolicy;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.Exceptions;

import org.springframework.core.env.Environment;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.util.StringUtils;

/**
 * Chooses where IAM tokens come from, in this order:
 * <ol>
 * <li>the explicit properties: {@code iam-token}, {@code oauth-token}, {@code service-account-key-file},
 * {@code service-account-key} (at most one of them);</li>
 * <li>env {@code YC_SERVICE_ACCOUNT_KEY_FILE};</li>
 * <li>env {@code YC_TOKEN}: an IAM token when it starts with {@code t1.}, otherwise an OAuth token;</li>
 * <li>the VM metadata service: when {@code metadata-service} is {@code enabled}, or {@code auto} and a short probe
 * does not end in a refusal or an error (a slow answer is not an absent one);</li>
 * <li>none: the application starts, and the first call fails saying what to set.</li>
 * </ol>
 * Key files are read and parsed here, at startup, never on an event loop.
 */
final class CredentialsResolver {

	static final Duration METADATA_PROBE_TIMEOUT = Duration.ofSeconds(1);

	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}:]*)[^}]*}");

	private static final Log logger = LogFactory.getLog(CredentialsResolver.class);

	private final YandexCloudProperties.Credentials properties;

	private final Environment environment;

	private final ResourceLoader resources;

	private final Endpoints endpoints;

	private final Supplier<ApiTransport> exchangeTransport;

	private final BooleanSupplier onYandexCloudVm;

	CredentialsResolver(YandexCloudProperties.Credentials properties, Environment environment,
			ResourceLoader resources, Endpoints endpoints, Supplier<ApiTransport> exchangeTransport,
			BooleanSupplier onYandexCloudVm) {
		this.properties = properties;
		this.environment = environment;
		this.resources = resources;
		this.endpoints = endpoints;
		this.exchangeTransport = exchangeTransport;
		this.onYandexCloudVm = onYandexCloudVm;
	}

	CredentialsProvider resolve() {
		rejectUnresolvedPlaceholder("yandex.cloud.credentials.iam-token", this.properties.getIamToken());
		rejectUnresolvedPlaceholder("yandex.cloud.credentials.oauth-token", this.properties.getOauthToken());
		rejectUnresolvedPlaceholder("yandex.cloud.credentials.service-account-key-file",
				this.properties.getServiceAccountKeyFile());
		rejectUnresolvedPlaceholder("yandex.cloud.credentials.service-account-key",
				this.properties.getServiceAccountKey());
		List<String> explicit = new ArrayList<>();
		addIfSet(explicit, "yandex.cloud.credentials.iam-token", this.properties.getIamToken());
		addIfSet(explicit, "yandex.cloud.credentials.oauth-token", this.properties.getOauthToken());
		addIfSet(explicit, "yandex.cloud.credentials.service-account-key-file",
				this.properties.getServiceAccountKeyFile());
		addIfSet(explicit, "yandex.cloud.credentials.service-account-key", this.properties.getServiceAccountKey());
		if (explicit.size() > 1) {
			throw new CredentialsConflictException(explicit);
		}
		if (StringUtils.hasText(this.properties.getIamToken())) {
			return new StaticIamTokenCredentials(this.properties.getIamToken().strip());
		}
		if (StringUtils.hasText(this.properties.getOauthToken())) {
			return oauth(this.properties.getOauthToken());
		}
		if (StringUtils.hasText(this.properties.getServiceAccountKeyFile())) {
			return serviceAccountKey("yandex.cloud.credentials.service-account-key-file",
					readKeyFile("yandex.cloud.credentials.service-account-key-file",
							this.properties.getServiceAccountKeyFile().strip()));
		}
		if (StringUtils.hasText(this.properties.getServiceAccountKey())) {
			return serviceAccountKey("yandex.cloud.credentials.service-account-key",
					this.properties.getServiceAccountKey());
		}
		String keyFile = EnvironmentFallbacks.variable(this.environment, EnvironmentFallbacks.SERVICE_ACCOUNT_KEY_FILE);
		if (keyFile != null) {
			return serviceAccountKey(EnvironmentFallbacks.SERVICE_ACCOUNT_KEY_FILE,
					readKeyFile(EnvironmentFallbacks.SERVICE_ACCOUNT_KEY_FILE, keyFile));
		}
		String envToken = EnvironmentFallbacks.variable(this.environment, EnvironmentFallbacks.TOKEN);
		if (envToken != null) {
			return envToken.startsWith("t1.") ? new StaticIamTokenCredentials(envToken) : oauth(envToken);
		}
		return metadataServiceOrNone();
	}

	private CredentialsProvider oauth(String oauthToken) {
		return new CachingCredentialsProvider("OAuth token",
				new OAuthTokenSource(this.exchangeTransport.get(), this.endpoints.iam(), oauthToken));
	}

	private CredentialsProvider serviceAccountKey(String source, String json) {
		ServiceAccountKey key;
		try {
			key = ServiceAccountKey.parse(json);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidCredentialsException(source, String.valueOf(ex.getMessage()));
		}
		return new CachingCredentialsProvider(
				"service account key " + key.keyId() + " of service account " + key.serviceAccountId(),
				new ServiceAccountKeyTokenSource(this.exchangeTransport.get(), this.endpoints.iam(), key));
	}

	private String readKeyFile(String source, String location) {
		Resource resource = this.resources.getResource(location);
		if (!resource.exists() && !location.contains(":")) {
			// a plain path, as env YC_SERVICE_ACCOUNT_KEY_FILE usually holds
			Path path = Path.of(location);
			try {
				return Files.readString(path, StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new InvalidCredentialsException(source, "cannot read key file " + location + ": " + ex);
			}
		}
		try (InputStream input = resource.getInputStream()) {
			return new String(input.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new InvalidCredentialsException(source, "cannot read key file " + location + ": " + ex);
		}
	}

	private CredentialsProvider metadataServiceOrNone() {
		MetadataServiceMode mode = this.properties.getMetadataService();
		// auto: off a Yandex Cloud VM the link-local metadata address is nobody's; only an emulator on loopback
		// is probed there. Decided before anything is built: most applications end here, with no credentials.
		if (mode == MetadataServiceMode.DISABLED || (mode == MetadataServiceMode.AUTO
				&& !this.onYandexCloudVm.getAsBoolean() && !isLoopback(this.endpoints.metadata()))) {
			return new NoCredentials();
		}
		ApiTransport transport = this.exchangeTransport.get();
		CredentialsProvider metadata = new CachingCredentialsProvider("metadata service",
				new MetadataServiceTokenSource(transport, this.endpoints.metadata()));
		if (mode == MetadataServiceMode.ENABLED) {
			return metadata;
		}
		// the probe waits anyway: the client is built first, here, so that building it does not count against the
		// timeout. Built on the first call instead, a cold start on a slow core used up the second before anything
		// was sent.
		transport.buildNow();
		try {
			metadata.token().timeout(METADATA_PROBE_TIMEOUT).block();
			return metadata;
		}
		catch (RuntimeException ex) {
			Throwable failure = Exceptions.unwrap(ex);
			if (failure instanceof TimeoutException) {
				// slow is not absent: a cold JVM's first connection on a busy machine can take longer than the
				// probe. The exchange goes on without the probe, and its token is cached for the first call.
				logger.warn("The VM metadata service at " + this.endpoints.metadata() + " did not answer within "
						+ METADATA_PROBE_TIMEOUT.toMillis() + " ms; using it anyway (calls wait for it, and fail if it "
						+ "never answers). Set yandex.cloud.credentials.metadata-service to enabled or disabled to "
						+ "decide without a probe.");
				return metadata;
			}
			logger.info("The VM metadata service at " + this.endpoints.metadata() + " gave no token ("
					+ failure.getMessage() + "); going on without credentials");
			return new NoCredentials();
		}
	}

	private static boolean isLoopback(java.net.URI uri) {
		return !"https".equalsIgnoreCase(uri.getScheme()) && BearerTokenPolicy.mayCarryToken(uri);
	}

	/**
	 * Whether DMI names Yandex as the machine's maker, as it does on Yandex Cloud VMs.
	 * @return {@code true} on a Yandex Cloud VM
	 */
	static boolean dmiSaysYandexCloud() {
		for (String file : List.of("sys_vendor", "product_name", "board_vendor", "bios_vendor")) {
			try {
				String value = Files.readString(Path.of("/sys/class/dmi/id", file), StandardCharsets.UTF_8);
				if (value.toLowerCase(Locale.ROOT).contains("yandex")) {
					return true;
				}
			}
			catch (IOException | RuntimeException ex) {
				// not Linux, or no such DMI field: not known to be a Yandex Cloud VM
			}
		}
		return false;
	}

	/**
	 * Fails on a value that still holds a {@code ${...}} placeholder: Spring keeps the text of a placeholder whose
	 * property or variable is not set ({@code iam-token: ${YC_TOKEN}} without {@code YC_TOKEN}), which would
	 * otherwise go out as the token itself and come back as a puzzling 401.
	 */
	private static void rejectUnresolvedPlaceholder(String property, @Nullable String value) {
		if (value == null) {
			return;
		}
		Matcher placeholder = PLACEHOLDER.matcher(value);
		if (placeholder.find()) {
			String name = placeholder.group(1);
			throw new InvalidCredentialsException(property,
					"it holds the placeholder " + placeholder.group() + ", and nothing named " + name + " is set",
					"Set environment variable or property " + name + ", or write the placeholder with an empty "
							+ "default (${" + name + ":}) so that the application starts without credentials when it "
							+ "is not set, or remove " + property + ".");
		}
	}

	private static void addIfSet(List<String> explicit, String name, @Nullable String value) {
		if (StringUtils.hasText(value)) {
			explicit.add(name);
		}
	}

}
