package io.github.ycspring.autoconfigure;

import java.net.URI;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.Assert;
import org.springframework.util.unit.DataSize;

/**
 * Configuration properties of the Yandex Cloud clients.
 */
@ConfigurationProperties("yandex.cloud")
public class YandexCloudProperties {

	/**
	 * Whether to enable the Yandex Cloud clients.
	 */
	private boolean enabled = true;

	/**
	 * Folder used by calls whose request names none. Defaults to the YC_FOLDER_ID environment variable.
	 */
	private @Nullable String folderId;

	/**
	 * Base URLs of the Yandex Cloud services.
	 */
	private final Endpoints endpoints = new Endpoints();

	/**
	 * Credentials the clients authenticate with.
	 */
	private final Credentials credentials = new Credentials();

	/**
	 * HTTP connection settings.
	 */
	private final Http http = new Http();

	/**
	 * Retry of failed calls.
	 */
	private final Retry retry = new Retry();

	/**
	 * Paging of list calls.
	 */
	private final Paging paging = new Paging();

	/**
	 * Waiting for long-running operations.
	 */
	private final Operation operation = new Operation();

	/**
	 * Whether to enable the Yandex Cloud clients.
	 * @return the current value
	 */
	public boolean isEnabled() {
		return this.enabled;
	}

	/**
	 * Sets: whether to enable the Yandex Cloud clients.
	 * @param enabled the new value
	 */
	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	/**
	 * Folder used by calls whose request names none.
	 * @return the current value
	 */
	public @Nullable String getFolderId() {
		return this.folderId;
	}

	/**
	 * Sets: folder used by calls whose request names none.
	 * @param folderId the new value
	 */
	public void setFolderId(@Nullable String folderId) {
		this.folderId = folderId;
	}

	/**
	 * Base URLs of the Yandex Cloud services.
	 * @return the current value
	 */
	public Endpoints getEndpoints() {
		return this.endpoints;
	}

	/**
	 * Credentials the clients authenticate with.
	 * @return the current value
	 */
	public Credentials getCredentials() {
		return this.credentials;
	}

	/**
	 * HTTP connection settings.
	 * @return the current value
	 */
	public Http getHttp() {
		return this.http;
	}

	/**
	 * Retry of failed calls.
	 * @return the current value
	 */
	public Retry getRetry() {
		return this.retry;
	}

	/**
	 * Paging of list calls.
	 * @return the current value
	 */
	public Paging getPaging() {
		return this.paging;
	}

	/**
	 * Base URL of the Operation API.
	 * @return the current value
	 */
	public Operation getOperation() {
		return this.operation;
	}

	/**
	 * Base URLs of the Yandex Cloud services.
	 */
	public static class Endpoints {

		/**
		 * Base URL of the Compute API.
		 */
		private URI compute = URI.create("https://compute.api.cloud.yandex.net");

		/**
		 * Base URL of the Operation API.
		 */
		private URI operation = URI.create("https://operation.api.cloud.yandex.net");

		/**
		 * Base URL of the IAM API, which exchanges credentials for IAM tokens.
		 */
		private URI iam = URI.create("https://iam.api.cloud.yandex.net");

		/**
		 * Base URL of the API Gateway API.
		 */
		private URI apiGateway = URI.create("https://serverless-apigateway.api.cloud.yandex.net");

		/**
		 * Base URL of the VM metadata service. Defaults to the YC_METADATA_ADDR environment variable, if set.
		 */
		private URI metadata = URI.create("http://169.254.169.254");

		/**
		 * Base URL of the Compute API.
		 * @return the current value
		 */
		public URI getCompute() {
			return this.compute;
		}

		/**
		 * Sets: base URL of the Compute API.
		 * @param compute the new value
		 */
		public void setCompute(URI compute) {
			this.compute = compute;
		}

		/**
		 * Base URL of the Operation API.
		 * @return the current value
		 */
		public URI getOperation() {
			return this.operation;
		}

		/**
		 * Sets: base URL of the Operation API.
		 * @param operation the new value
		 */
		public void setOperation(URI operation) {
			this.operation = operation;
		}

		/**
		 * Base URL of the IAM API, which exchanges credentials for IAM tokens.
		 * @return the current value
		 */
		public URI getIam() {
			return this.iam;
		}

		/**
		 * Sets: base URL of the IAM API, which exchanges credentials for IAM tokens.
		 * @param iam the new value
		 */
		public void setIam(URI iam) {
			this.iam = iam;
		}

		/**
		 * Base URL of the API Gateway API.
		 * @return the current value
		 */
		public URI getApiGateway() {
			return this.apiGateway;
		}

		/**
		 * Sets: base URL of the API Gateway API.
		 * @param apiGateway the new value
		 */
		public void setApiGateway(URI apiGateway) {
			this.apiGateway = apiGateway;
		}

		/**
		 * Base URL of the VM metadata service.
		 * @return the current value
		 */
		public URI getMetadata() {
			return this.metadata;
		}

		/**
		 * Sets: base URL of the VM metadata service.
		 * @param metadata the new value
		 */
		public void setMetadata(URI metadata) {
			this.metadata = metadata;
		}

	}

	/**
	 * Credentials. Set at most one of the explicit ones; without any, the environment is consulted.
	 */
	public static class Credentials {

		/**
		 * Static IAM token. Lives at most 12 hours: for tests and short jobs.
		 */
		private @Nullable String iamToken;

		/**
		 * OAuth token of a Yandex account, exchanged for IAM tokens.
		 */
		private @Nullable String oauthToken;

		/**
		 * Location of a service account's authorized key JSON file, as a Spring resource such as
		 * 'file:/etc/yc/key.json'. Defaults to the YC_SERVICE_ACCOUNT_KEY_FILE environment variable.
		 */
		private @Nullable String serviceAccountKeyFile;

		/**
		 * Service account's authorized key JSON, inline.
		 */
		private @Nullable String serviceAccountKey;

		/**
		 * When to get tokens from the metadata service of the Yandex Cloud VM the application runs on, if no other
		 * credentials are set.
		 */
		private MetadataServiceMode metadataService = MetadataServiceMode.AUTO;

		/**
		 * Static IAM token.
		 * @return the current value
		 */
		public @Nullable String getIamToken() {
			return this.iamToken;
		}

		/**
		 * Sets: static IAM token.
		 * @param iamToken the new value
		 */
		public void setIamToken(@Nullable String iamToken) {
			this.iamToken = iamToken;
		}

		/**
		 * OAuth token of a Yandex account, exchanged for IAM tokens.
		 * @return the current value
		 */
		public @Nullable String getOauthToken() {
			return this.oauthToken;
		}

		/**
		 * Sets: oAuth token of a Yandex account, exchanged for IAM tokens.
		 * @param oauthToken the new value
		 */
		public void setOauthToken(@Nullable String oauthToken) {
			this.oauthToken = oauthToken;
		}

		/**
		 * Location of a service account's authorized key JSON file, as a Spring resource such as 'file:/etc/yc/key.json'.
		 * @return the current value
		 */
		public @Nullable String getServiceAccountKeyFile() {
			return this.serviceAccountKeyFile;
		}

		/**
		 * Sets: location of a service account's authorized key JSON file, as a Spring resource such as 'file:/etc/yc/key.json'.
		 * @param serviceAccountKeyFile the new value
		 */
		public void setServiceAccountKeyFile(@Nullable String serviceAccountKeyFile) {
			this.serviceAccountKeyFile = serviceAccountKeyFile;
		}

		/**
		 * Service account's authorized key JSON, inline.
		 * @return the current value
		 */
		public @Nullable String getServiceAccountKey() {
			return this.serviceAccountKey;
		}

		/**
		 * Sets: service account's authorized key JSON, inline.
		 * @param serviceAccountKey the new value
		 */
		public void setServiceAccountKey(@Nullable String serviceAccountKey) {
			this.serviceAccountKey = serviceAccountKey;
		}

		/**
		 * When to get tokens from the metadata service of the Yandex Cloud VM the application runs on, if no other credentials are set.
		 * @return the current value
		 */
		public MetadataServiceMode getMetadataService() {
			return this.metadataService;
		}

		/**
		 * Sets: when to get tokens from the metadata service of the Yandex Cloud VM the application runs on, if no other credentials are set.
		 * @param metadataService the new value
		 */
		public void setMetadataService(MetadataServiceMode metadataService) {
			this.metadataService = metadataService;
		}

		@Override
		public String toString() {
			// never the secrets themselves
			return "Credentials[iamToken=" + mask(this.iamToken) + ", oauthToken=" + mask(this.oauthToken)
					+ ", serviceAccountKeyFile=" + this.serviceAccountKeyFile + ", serviceAccountKey="
					+ mask(this.serviceAccountKey) + ", metadataService=" + this.metadataService + "]";
		}

		private static String mask(@Nullable String secret) {
			return (secret != null) ? "******" : "null";
		}

	}

	/**
	 * Whether to use the VM metadata service for tokens.
	 */
	public enum MetadataServiceMode {

		/**
		 * Use it when no other credentials are set and it answers a short probe.
		 */
		AUTO,

		/**
		 * Use it when no other credentials are set.
		 */
		ENABLED,

		/**
		 * Never use it.
		 */
		DISABLED

	}

	/**
	 * HTTP connection settings.
	 */
	public static class Http {

		/**
		 * Longest wait for a connection to be established.
		 */
		private Duration connectTimeout = Duration.ofSeconds(5);

		/**
		 * Longest wait for a response after the request was sent.
		 */
		private Duration responseTimeout = Duration.ofSeconds(30);

		/**
		 * Largest response body held in memory; a page of 1000 images takes about 1 MB.
		 */
		private DataSize maxInMemorySize = DataSize.ofMegabytes(16);

		/**
		 * Longest wait for a connection to be established.
		 * @return the current value
		 */
		public Duration getConnectTimeout() {
			return this.connectTimeout;
		}

		/**
		 * Sets: longest wait for a connection to be established.
		 * @param connectTimeout the new value
		 */
		public void setConnectTimeout(Duration connectTimeout) {
			this.connectTimeout = connectTimeout;
		}

		/**
		 * Longest wait for a response after the request was sent.
		 * @return the current value
		 */
		public Duration getResponseTimeout() {
			return this.responseTimeout;
		}

		/**
		 * Sets: longest wait for a response after the request was sent.
		 * @param responseTimeout the new value
		 */
		public void setResponseTimeout(Duration responseTimeout) {
			this.responseTimeout = responseTimeout;
		}

		/**
		 * Largest response body held in memory; a page of 1000 images takes about 1 MB.
		 * @return the current value
		 */
		public DataSize getMaxInMemorySize() {
			return this.maxInMemorySize;
		}

		/**
		 * Sets: largest response body held in memory; a page of 1000 images takes about 1 MB.
		 * @param maxInMemorySize the new value
		 */
		public void setMaxInMemorySize(DataSize maxInMemorySize) {
			Assert.isTrue(maxInMemorySize.toBytes() > 0 && maxInMemorySize.toBytes() <= Integer.MAX_VALUE,
					() -> "must be between 1B and " + Integer.MAX_VALUE + "B, was " + maxInMemorySize);
			this.maxInMemorySize = maxInMemorySize;
		}

	}

	/**
	 * Retry of calls that failed with 429, 502, 503, 504 or a connection failure.
	 */
	public static class Retry {

		/**
		 * Most attempts of one call, the first included; 1 disables retries.
		 */
		private int maxAttempts = 4;

		/**
		 * Backoff before the first retry; it doubles with each further retry.
		 */
		private Duration initialBackoff = Duration.ofMillis(100);

		/**
		 * Longest backoff between two attempts.
		 */
		private Duration maxBackoff = Duration.ofSeconds(20);

		/**
		 * Most attempts of one call, the first included; 1 disables retries.
		 * @return the current value
		 */
		public int getMaxAttempts() {
			return this.maxAttempts;
		}

		/**
		 * Sets: most attempts of one call, the first included; 1 disables retries.
		 * @param maxAttempts the new value
		 */
		public void setMaxAttempts(int maxAttempts) {
			Assert.isTrue(maxAttempts >= 1 && maxAttempts <= 100, () -> "must be between 1 and 100, was " + maxAttempts);
			this.maxAttempts = maxAttempts;
		}

		/**
		 * Backoff before the first retry; it doubles with each further retry.
		 * @return the current value
		 */
		public Duration getInitialBackoff() {
			return this.initialBackoff;
		}

		/**
		 * Sets: backoff before the first retry; it doubles with each further retry.
		 * @param initialBackoff the new value
		 */
		public void setInitialBackoff(Duration initialBackoff) {
			this.initialBackoff = initialBackoff;
		}

		/**
		 * Longest backoff between two attempts.
		 * @return the current value
		 */
		public Duration getMaxBackoff() {
			return this.maxBackoff;
		}

		/**
		 * Sets: longest backoff between two attempts.
		 * @param maxBackoff the new value
		 */
		public void setMaxBackoff(Duration maxBackoff) {
			this.maxBackoff = maxBackoff;
		}

	}

	/**
	 * Paging of list calls.
	 */
	public static class Paging {

		/**
		 * Page size of list calls whose request sets none, 1 to 1000.
		 */
		private int pageSize = 1000;

		/**
		 * Page size of list calls whose request sets none, 1 to 1000.
		 * @return the current value
		 */
		public int getPageSize() {
			return this.pageSize;
		}

		/**
		 * Sets: page size of list calls whose request sets none, 1 to 1000.
		 * @param pageSize the new value
		 */
		public void setPageSize(int pageSize) {
			Assert.isTrue(pageSize >= 1 && pageSize <= 1000, () -> "must be between 1 and 1000, was " + pageSize);
			this.pageSize = pageSize;
		}

	}

	/**
	 * Waiting for long-running operations.
	 */
	public static class Operation {

		/**
		 * Wait before the first poll of an operation.
		 */
		private Duration initialPollInterval = Duration.ofMillis(500);

		/**
		 * Longest wait between two polls.
		 */
		private Duration maxPollInterval = Duration.ofSeconds(10);

		/**
		 * Growth of the wait from one poll to the next.
		 */
		private double pollMultiplier = 1.5;

		/**
		 * Longest wait for an operation in all, unless the call gives its own.
		 */
		private Duration timeout = Duration.ofMinutes(30);

		/**
		 * Wait before the first poll of an operation.
		 * @return the current value
		 */
		public Duration getInitialPollInterval() {
			return this.initialPollInterval;
		}

		/**
		 * Sets: wait before the first poll of an operation.
		 * @param initialPollInterval the new value
		 */
		public void setInitialPollInterval(Duration initialPollInterval) {
			this.initialPollInterval = initialPollInterval;
		}

		/**
		 * Longest wait between two polls.
		 * @return the current value
		 */
		public Duration getMaxPollInterval() {
			return this.maxPollInterval;
		}

		/**
		 * Sets: longest wait between two polls.
		 * @param maxPollInterval the new value
		 */
		public void setMaxPollInterval(Duration maxPollInterval) {
			this.maxPollInterval = maxPollInterval;
		}

		/**
		 * Growth of the wait from one poll to the next.
		 * @return the current value
		 */
		public double getPollMultiplier() {
			return this.pollMultiplier;
		}

		/**
		 * Sets: growth of the wait from one poll to the next.
		 * @param pollMultiplier the new value
		 */
		public void setPollMultiplier(double pollMultiplier) {
			Assert.isTrue(pollMultiplier >= 1.0, () -> "must be at least 1.0, was " + pollMultiplier);
			this.pollMultiplier = pollMultiplier;
		}

		/**
		 * Longest wait for an operation in all, unless the call gives its own.
		 * @return the current value
		 */
		public Duration getTimeout() {
			return this.timeout;
		}

		/**
		 * Sets: longest wait for an operation in all, unless the call gives its own.
		 * @param timeout the new value
		 */
		public void setTimeout(Duration timeout) {
			this.timeout = timeout;
		}

	}

}
