package io.github.ycspring.support;

import java.net.URI;
import java.time.Duration;

import io.github.ycspring.YandexCloudClients;
import io.github.ycspring.auth.StaticIamTokenCredentials;
import io.github.ycspring.compute.ImageClient;
import io.github.ycspring.core.Endpoints;
import io.github.ycspring.core.RetrySettings;
import io.github.ycspring.emulator.YandexCloudEmulator;
import io.github.ycspring.operation.OperationClient;
import io.github.ycspring.operation.PollingSettings;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One emulator per test class, on a free loopback port, with clients pointed at it that poll every few
 * milliseconds. Before each test the request log, faults and operation settings are reset.
 */
public final class EmulatorExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {

	/** The IAM token the emulator accepts and the clients send. */
	public static final String TOKEN = "t1.emulator-test-token";

	/** Fast polling, so that waiting tests take milliseconds. */
	public static final PollingSettings FAST_POLLING = new PollingSettings(Duration.ofMillis(5),
			Duration.ofMillis(20), 1.5, Duration.ofSeconds(10));

	/** Quick retries, so that fault tests take milliseconds; the backoff itself is tested in virtual time. */
	public static final RetrySettings FAST_RETRY = new RetrySettings(4, Duration.ofMillis(1), Duration.ofMillis(5));

	private YandexCloudEmulator emulator;

	private YandexCloudClients clients;

	@Override
	public void beforeAll(ExtensionContext context) {
		this.emulator = YandexCloudEmulator.builder().operationDelay(Duration.ofMillis(30)).build().start();
		this.emulator.acceptTokens(TOKEN);
		this.clients = clientsBuilder().build();
	}

	/**
	 * A builder of clients pointed at this emulator, for tests that need other settings.
	 * @return the builder
	 */
	public YandexCloudClients.Builder clientsBuilder() {
		return YandexCloudClients.builder()
			.endpoints(Endpoints.allAt(URI.create(this.emulator.baseUrl())))
			.credentials(new StaticIamTokenCredentials(TOKEN))
			.polling(FAST_POLLING)
			.retry(FAST_RETRY);
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		this.emulator.faults().clear();
		this.emulator.operationDelay(Duration.ofMillis(30));
		this.emulator.completeOperationsAfterPolls(0);
		this.emulator.hideNewOperations(0);
		this.emulator.latency(Duration.ZERO);
		this.emulator.clearRequests();
	}

	@Override
	public void afterAll(ExtensionContext context) {
		this.emulator.close();
	}

	public YandexCloudEmulator emulator() {
		return this.emulator;
	}

	public ImageClient images() {
		return this.clients.images();
	}

	public OperationClient operations() {
		return this.clients.operations();
	}

}
