package io.github.ycspring.autoconfigure;

import java.net.URI;
import java.time.Duration;

import io.github.ycspring.core.Endpoints;
import io.github.ycspring.core.RetrySettings;
import io.github.ycspring.internal.Defaults;
import io.github.ycspring.operation.PollingSettings;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
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
	private final ServiceEndpoints endpoints = new ServiceEndpoints();

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
	private final OperationWaiting operation = new OperationWaiting();

		public boolean isEnabled() {
		return this.enabled;
	}

		public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

		public @Nullable String getFolderId() {
		return this.folderId;
	}

		public void setFolderId(@Nullable String folderId) {
		this.folderId = folderId;
	}

		public ServiceEndpoints getEndpoints() {
		return this.endpoints;
	}

		public Credentials getCredentials() {
		return this.credentials;
	}

		public Http getHttp() {
		return this.http;
	}

		public Retry getRetry() {
		return this.retry;
	}

		public Paging getPaging() {
		return this.paging;
	}

		public OperationWaiting getOperation() {
		return this.operation;
	}

	/**
	 * Base URLs of the Yandex Cloud services.
	 */
	public static class ServiceEndpoints {

		/**
		 * Base URL of the Compute API.
		 */
		private URI compute = Endpoints.defaults().compute();

		/**
		 * Base URL of the Operation API.
		 */
		private URI operation = Endpoints.defaults().operation();

		/**
		 * Base URL of the IAM API, which exchanges credentials for IAM tokens.
		 */
		private URI iam = Endpoints.defaults().iam();

		/**
		 * Base URL of the API Gateway API.
		 */
		private URI apiGateway = Endpoints.defaults().apiGateway();

		/**
		 * Base URL of the VM metadata service. Defaults to the YC_METADATA_ADDR environment variable, if set.
		 */
		private URI metadata = Endpoints.defaults().metadata();

				public URI getCompute() {
			return this.compute;
		}

				public void setCompute(URI compute) {
			this.compute = compute;
		}

				public URI getOperation() {
			return this.operation;
		}

				public void setOperation(URI operation) {
			this.operation = operation;
		}

				public URI getIam() {
			return this.iam;
		}

				public void setIam(URI iam) {
			this.iam = iam;
		}

				public URI getApiGateway() {
			return this.apiGateway;
		}

				public void setApiGateway(URI apiGateway) {
			this.apiGateway = apiGateway;
		}

				public URI getMetadata() {
			return this.metadata;
		}

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

				public @Nullable String getIamToken() {
			return this.iamToken;
		}

				public void setIamToken(@Nullable String iamToken) {
			this.iamToken = iamToken;
		}

				public @Nullable String getOauthToken() {
			return this.oauthToken;
		}

				public void setOauthToken(@Nullable String oauthToken) {
			this.oauthToken = oauthToken;
		}

				public @Nullable String getServiceAccountKeyFile() {
			return this.serviceAccountKeyFile;
		}

				public void setServiceAccountKeyFile(@Nullable String serviceAccountKeyFile) {
			this.serviceAccountKeyFile = serviceAccountKeyFile;
		}

				public @Nullable String getServiceAccountKey() {
			return this.serviceAccountKey;
		}

				public void setServiceAccountKey(@Nullable String serviceAccountKey) {
			this.serviceAccountKey = serviceAccountKey;
		}

				public MetadataServiceMode getMetadataService() {
			return this.metadataService;
		}

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
		 * Use it when no other credentials are set and a short probe at startup does not end in a refusal or an
		 * error (a service too slow for the probe is still used).
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
		private Duration connectTimeout = Defaults.CONNECT_TIMEOUT;

		/**
		 * Longest wait for the next read while a response is awaited, once the request is sent: for the response to
		 * start, and between reads of its body.
		 */
		private Duration responseTimeout = Defaults.RESPONSE_TIMEOUT;

		/**
		 * Largest response body held in memory; a page of 1000 images takes about 1 MB.
		 */
		private DataSize maxInMemorySize = Defaults.MAX_IN_MEMORY_SIZE;

				public Duration getConnectTimeout() {
			return this.connectTimeout;
		}

				public void setConnectTimeout(Duration connectTimeout) {
			this.connectTimeout = connectTimeout;
		}

				public Duration getResponseTimeout() {
			return this.responseTimeout;
		}

				public void setResponseTimeout(Duration responseTimeout) {
			this.responseTimeout = responseTimeout;
		}

				public DataSize getMaxInMemorySize() {
			return this.maxInMemorySize;
		}

				public void setMaxInMemorySize(DataSize maxInMemorySize) {
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
		private int maxAttempts = RetrySettings.defaults().maxAttempts();

		/**
		 * Backoff before the first retry; it doubles with each further retry.
		 */
		private Duration initialBackoff = RetrySettings.defaults().initialBackoff();

		/**
		 * Longest backoff between two attempts.
		 */
		private Duration maxBackoff = RetrySettings.defaults().maxBackoff();

				public int getMaxAttempts() {
			return this.maxAttempts;
		}

				public void setMaxAttempts(int maxAttempts) {
			this.maxAttempts = maxAttempts;
		}

				public Duration getInitialBackoff() {
			return this.initialBackoff;
		}

				public void setInitialBackoff(Duration initialBackoff) {
			this.initialBackoff = initialBackoff;
		}

				public Duration getMaxBackoff() {
			return this.maxBackoff;
		}

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
		private int pageSize = Defaults.PAGE_SIZE;

				public int getPageSize() {
			return this.pageSize;
		}

				public void setPageSize(int pageSize) {
			this.pageSize = pageSize;
		}

	}

	/**
	 * Waiting for long-running operations.
	 */
	public static class OperationWaiting {

		/**
		 * Wait before the first poll of an operation.
		 */
		private Duration initialPollInterval = PollingSettings.defaults().initialInterval();

		/**
		 * Longest wait between two polls.
		 */
		private Duration maxPollInterval = PollingSettings.defaults().maxInterval();

		/**
		 * Growth of the wait from one poll to the next.
		 */
		private double pollMultiplier = PollingSettings.defaults().multiplier();

		/**
		 * Longest wait for an operation in all, unless the call gives its own.
		 */
		private Duration timeout = PollingSettings.defaults().timeout();

				public Duration getInitialPollInterval() {
			return this.initialPollInterval;
		}

				public void setInitialPollInterval(Duration initialPollInterval) {
			this.initialPollInterval = initialPollInterval;
		}

				public Duration getMaxPollInterval() {
			return this.maxPollInterval;
		}

				public void setMaxPollInterval(Duration maxPollInterval) {
			this.maxPollInterval = maxPollInterval;
		}

				public double getPollMultiplier() {
			return this.pollMultiplier;
		}

				public void setPollMultiplier(double pollMultiplier) {
			this.pollMultiplier = pollMultiplier;
		}

				public Duration getTimeout() {
			return this.timeout;
		}

				public void setTimeout(Duration timeout) {
			this.timeout = timeout;
		}

	}

}
