package io.github.ycspring.emulator;

import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.resources.LoopResources;

/**
 * An in-memory Yandex Cloud for tests, demos and benchmarks: the Compute ImageService, the
 * OperationService and API Gateway's ListOperations, served over real HTTP on one loopback
 * port and written as the real REST gateway writes them (proto3 JSON, google.rpc.Status
 * errors, {@code x-request-id}).
 *
 * <pre>{@code
 * try (YandexCloudEmulator emulator = YandexCloudEmulator.builder().build().start()) {
 *     emulator.seedImages("my-folder", 2500);
 *     // point a client at emulator.baseUrl()
 * }
 * }</pre>
 *
 * Operations finish {@link Builder#operationDelay(Duration) some time} after they start, or on
 * their n-th poll ({@link #completeOperationsAfterPolls(int)}); every setting can be changed
 * while the emulator runs and applies to the requests and operations that follow. All
 * methods are thread-safe.
 *
 * <h2>Authentication</h2>
 * Every API call needs {@code Authorization: Bearer <IAM token>}. The emulator also issues
 * IAM tokens, on the same port, so credential flows run end to end:
 * <ul>
 * <li>{@code POST /iam/v1/tokens} exchanges an OAuth token ({@link #acceptOAuthTokens}) or a
 * service account JWT signed with a registered key ({@link #registerServiceAccountKey},
 * {@link #createServiceAccountKey}) for {@code {"iamToken", "expiresAt"}};</li>
 * <li>{@code GET /computeMetadata/v1/instance/service-accounts/default/token} with
 * {@code Metadata-Flavor: Google} answers {@code {"access_token", "expires_in",
 * "token_type"}} as a VM's metadata service does ({@link #metadataService(boolean)}).</li>
 * </ul>
 * These two need no bearer token. Which bearer tokens the API accepts:
 * <ul>
 * <li>while no token is registered with {@link #acceptTokens} and none was ever issued, any
 * non-blank one (the default, so simple tests need no setup);</li>
 * <li>once tokens are registered or one has been issued, only the registered ones (which never
 * expire) and the issued ones until they expire ({@link #issuedTokenLifetime(Duration)},
 * {@link #expireIssuedTokens()}); an expired one is UNAUTHENTICATED "IAM token expired".</li>
 * </ul>
 * Token times follow the emulator's {@link Builder#clock(Clock) clock}, which a test may
 * move; operations and latency keep to real time.
 */
public final class YandexCloudEmulator implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(YandexCloudEmulator.class);

	private static final String SHOW_REQUESTS_PROPERTY = "org.slf4j.simpleLogger.log."
			+ HttpFrontend.REQUEST_LOGGER_NAME;

	private final int requestedPort;

	private final EmulatorSettings settings = new EmulatorSettings();

	private final ImageStore images = new ImageStore();

	private final FailurePlan failures = new FailurePlan();

	private final OperationStore operations = new OperationStore(this.settings, this.failures);

	private final IssuedTokens issuedTokens;

	private final TokenCheck tokens;

	private final ServiceAccountKeys serviceAccountKeys = new ServiceAccountKeys();

	private final IamTokenApi iamTokens;

	private final FaultQueue faultQueue = new FaultQueue();

	private final RequestLog requestLog = new RequestLog();

	private final Idempotency idempotency;

	private final HttpFrontend frontend;

	/** The builder's settings, which {@link #reset()} restores. */
	private final Duration initialLatency;

	private final Duration initialOperationDelay;

	private final Duration initialIssuedTokenLifetime;

	private final String host;

	private @Nullable LoopResources loops;

	private @Nullable DisposableServer server;

	private YandexCloudEmulator(Builder builder) {
		this.requestedPort = builder.port;
		this.host = builder.host;
		this.initialLatency = builder.latency;
		this.initialOperationDelay = builder.operationDelay;
		this.initialIssuedTokenLifetime = builder.issuedTokenLifetime;
		latency(builder.latency);
		operationDelay(builder.operationDelay);
		issuedTokenLifetime(builder.issuedTokenLifetime);
		this.issuedTokens = new IssuedTokens(builder.clock, this.settings);
		this.tokens = new TokenCheck(this.issuedTokens);
		this.iamTokens = new IamTokenApi(this.issuedTokens, this.serviceAccountKeys);
		this.idempotency = new Idempotency(this.operations);
		Api api = new Api(this.tokens, this.operations, new ImageApi(this.images, this.operations, this.idempotency),
				new OperationApi(this.operations, this.settings), new ApiGatewayApi(this.operations), this.iamTokens,
				new MetadataApi(this.issuedTokens, this.settings));
		this.frontend = new HttpFrontend(api, this.requestLog, this.faultQueue, this.settings);
	}

	/**
	 * Starts configuring an emulator.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Binds the host (by default {@code 127.0.0.1}) and starts serving.
	 * @return this emulator
	 * @throws IllegalStateException if it is already started
	 */
	public synchronized YandexCloudEmulator start() {
		if (this.server != null) {
			throw new IllegalStateException("The emulator is already started at " + baseUrl());
		}
		// own event loops, so a client under test that blocks its loops cannot stall the server
		LoopResources loopResources = LoopResources.create("yc-emulator", 1, LoopResources.DEFAULT_IO_WORKER_COUNT,
				true);
		try {
			this.server = HttpServer.create()
				.host(this.host)
				.port(this.requestedPort)
				.runOn(loopResources)
				.handle(this.frontend::handle)
				.bindNow(Duration.ofSeconds(10));
		}
		catch (RuntimeException ex) {
			loopResources.dispose();
			throw ex;
		}
		this.loops = loopResources;
		logger.debug("Yandex Cloud emulator listening at {}", baseUrl());
		return this;
	}

	/**
	 * Stops serving and releases the port; does nothing if not started.
	 */
	@Override
	public synchronized void close() {
		if (this.server != null) {
			this.server.disposeNow(Duration.ofSeconds(5));
			this.server = null;
		}
		if (this.loops != null) {
			this.loops.disposeLater(Duration.ZERO, Duration.ofSeconds(5)).block();
			this.loops = null;
		}
	}

	/**
	 * Returns the base URL of every emulated endpoint (compute, operation, api-gateway, IAM
	 * token exchange, metadata service).
	 * @return {@code http://127.0.0.1:<port>}
	 */
	public String baseUrl() {
		return "http://127.0.0.1:" + port();
	}

	/**
	 * Returns the port the emulator listens on.
	 * @return the bound port
	 * @throws IllegalStateException if it is not started
	 */
	public synchronized int port() {
		if (this.server == null) {
			throw new IllegalStateException("The emulator is not started");
		}
		return this.server.port();
	}

	/**
	 * Puts the emulator back as it was when it started, so that one test's changes cannot reach the next: every
	 * image and operation is forgotten (seed again after this), the request log and queued faults are cleared, and
	 * every setting goes back to the builder's (latency, operation delay, issued token lifetime) or its default. What
	 * was given to the emulator to authenticate callers stays: the accepted IAM and OAuth tokens, the registered
	 * service account keys and the tokens it issued, so clients that hold a token go on working.
	 * @return this emulator
	 */
	public YandexCloudEmulator reset() {
		this.faultQueue.clear();
		this.failures.clear();
		this.idempotency.clear();
		this.operations.clear();
		this.images.clear();
		latency(this.initialLatency);
		operationDelay(this.initialOperationDelay);
		issuedTokenLifetime(this.initialIssuedTokenLifetime);
		completeOperationsAfterPolls(0);
		operationPollIntervalHeader(Duration.ZERO);
		hideNewOperations(0);
		metadataService(true);
		this.requestLog.clear();
		return this;
	}

	/**
	 * Sets a delay added before every response, faults included.
	 * @param latency the delay, zero for none
	 * @return this emulator
	 */
	public YandexCloudEmulator latency(Duration latency) {
		this.settings.latency = EmulatorSettings.nonNegative("latency", latency);
		return this;
	}

	/**
	 * Sets how long operations started from now on take to finish (200 ms by default).
	 * Finishing is evaluated when the emulator is next asked, not by a background task.
	 * @param operationDelay the time from start to done
	 * @return this emulator
	 */
	public YandexCloudEmulator operationDelay(Duration operationDelay) {
		this.settings.operationDelay = EmulatorSettings.nonNegative("operationDelay", operationDelay);
		return this;
	}

	/**
	 * Makes operations started from now on finish on their n-th answered
	 * {@code GET /operations/{id}} instead of after the operation delay.
	 * @param polls the poll that finds the operation done; {@code 0} to go back to time
	 * @return this emulator
	 */
	public YandexCloudEmulator completeOperationsAfterPolls(int polls) {
		this.settings.completeOperationsAfterPolls = EmulatorSettings.nonNegative("polls", polls);
		return this;
	}

	/**
	 * Makes {@code GET /operations/{id}} answers carry {@code x-operation-poll-interval}, in
	 * seconds ({@code "2"}, or {@code "0.05"} for fractions).
	 * @param interval the interval to advertise; zero for no header
	 * @return this emulator
	 */
	public YandexCloudEmulator operationPollIntervalHeader(Duration interval) {
		this.settings.operationPollInterval = EmulatorSettings.nonNegative("interval", interval);
		return this;
	}

	/**
	 * Makes the first {@code gets} {@code GET /operations/{id}} of each operation started from
	 * now on answer NOT_FOUND, as an eventually consistent store does right after a create.
	 * Hidden polls do not count towards {@link #completeOperationsAfterPolls(int)}.
	 * @param gets how many GETs to answer NOT_FOUND
	 * @return this emulator
	 */
	public YandexCloudEmulator hideNewOperations(int gets) {
		this.settings.hideNewOperations = EmulatorSettings.nonNegative("gets", gets);
		return this;
	}

	/**
	 * Makes the next {@code count} operations created end (when they would have finished)
	 * with an error instead of a response; their changes are rolled back (a created image is
	 * removed, a deleted one is READY again).
	 * @param count how many operations
	 * @param grpcCode the error's gRPC code, 1..16
	 * @param message the error message
	 * @return this emulator
	 */
	public YandexCloudEmulator failNextOperations(int count, int grpcCode, String message) {
		this.failures.failNext(count, new RpcStatus(GrpcCode.of(grpcCode).value(), message));
		return this;
	}

	/**
	 * Sets the static IAM tokens the emulator accepts, replacing those set before; they never
	 * expire. With none registered (the default, or after calling this with no tokens) and no
	 * token ever issued, any non-blank bearer token is accepted; once one is issued, only
	 * these and the issued ones are. A missing {@code Authorization} is always
	 * UNAUTHENTICATED (401).
	 * @param iamTokens the tokens {@code Authorization: Bearer} may carry
	 * @return this emulator
	 */
	public YandexCloudEmulator acceptTokens(String... iamTokens) {
		this.tokens.accept(iamTokens);
		return this;
	}

	/**
	 * Sets the OAuth tokens {@code POST /iam/v1/tokens} exchanges for IAM tokens, replacing
	 * those set before. None by default: every OAuth token is UNAUTHENTICATED.
	 * @param oauthTokens the accepted {@code yandexPassportOauthToken} values
	 * @return this emulator
	 */
	public YandexCloudEmulator acceptOAuthTokens(String... oauthTokens) {
		this.iamTokens.acceptOAuthTokens(oauthTokens);
		return this;
	}

	/**
	 * Registers a service account key, so {@code POST /iam/v1/tokens} accepts JWTs with this
	 * {@code kid} and {@code iss}, signed PS256 with the matching private key. A key id
	 * registered again is replaced.
	 * @param keyId the key id, the JWT's {@code kid}
	 * @param serviceAccountId the service account, the JWT's {@code iss}
	 * @param publicKey the RSA public key
	 * @return this emulator
	 * @throws IllegalArgumentException if an id is blank or the key is not RSA
	 */
	public YandexCloudEmulator registerServiceAccountKey(String keyId, String serviceAccountId, PublicKey publicKey) {
		this.serviceAccountKeys.register(keyId, serviceAccountId, publicKey);
		return this;
	}

	/**
	 * Generates an RSA-2048 key for a service account, registers it under a new key id and
	 * returns the authorized key file {@code yc iam key create} would write: JSON with
	 * {@code id}, {@code service_account_id}, {@code created_at}, {@code key_algorithm}
	 * ({@code RSA_2048}), {@code public_key} (PEM) and {@code private_key} (PKCS#8 PEM after
	 * the line {@code PLEASE DO NOT REMOVE THIS LINE! Yandex.Cloud SA Key ID <id>}).
	 * @param serviceAccountId the service account
	 * @return the key file's text
	 */
	public String createServiceAccountKey(String serviceAccountId) {
		return this.serviceAccountKeys.create(serviceAccountId, this.issuedTokens.now());
	}

	/**
	 * Sets how long IAM tokens issued from now on stay valid (12 hours by default, as real
	 * ones); tokens already issued keep their expiry.
	 * @param lifetime the lifetime, positive
	 * @return this emulator
	 */
	public YandexCloudEmulator issuedTokenLifetime(Duration lifetime) {
		this.settings.issuedTokenLifetime = EmulatorSettings.positive("issuedTokenLifetime", lifetime);
		return this;
	}

	/**
	 * Makes every IAM token issued so far expire now, so the next call with one is
	 * UNAUTHENTICATED "IAM token expired"; tokens issued afterwards are valid as usual.
	 * @return this emulator
	 */
	public YandexCloudEmulator expireIssuedTokens() {
		this.issuedTokens.expireAll();
		return this;
	}

	/**
	 * Counts the IAM tokens issued, by the token exchange and the metadata service together.
	 * @return how many tokens were issued since the emulator was built
	 */
	public long issuedTokenCount() {
		return this.issuedTokens.count();
	}

	/**
	 * Turns the metadata service's token endpoint on (the default) or off; off, it answers
	 * 404, as outside a VM.
	 * @param enabled whether {@code GET /computeMetadata/v1/instance/service-accounts/default/token} serves tokens
	 * @return this emulator
	 */
	public YandexCloudEmulator metadataService(boolean enabled) {
		this.settings.metadataService = enabled;
		return this;
	}

	/**
	 * Adds realistic READY images to a folder: every Image field is used across the set
	 * (families, labels, int64 sizes, nanosecond timestamps, KMS keys, hardware
	 * generations). The same folder and count give the same images; seeding again replaces
	 * them.
	 * @param folderId the folder
	 * @param count how many images
	 * @return the images' ids in list order (ascending)
	 */
	public List<String> seedImages(String folderId, int count) {
		List<EmulatedImage> seeded = ImageSeeds.generate(folderId, count);
		seeded.forEach(this.images::put);
		return seeded.stream().map(EmulatedImage::id).sorted().toList();
	}

	/**
	 * Stores an image as it is (no validation beyond a folder id).
	 * @param image the image; an empty id is replaced by a generated one
	 * @return the image's id
	 */
	public String putImage(EmulatedImage image) {
		if (image.folderId().isEmpty()) {
			throw new IllegalArgumentException("An image needs a folderId");
		}
		EmulatedImage stored = image.id().isEmpty() ? image.toBuilder().id(Ids.next("fd8")).build() : image;
		this.images.put(stored);
		return stored.id();
	}

	/**
	 * Makes an API gateway with operations listable at
	 * {@code /apigateways/v1/apigateways/{apiGatewayId}/operations}: done and running ones,
	 * successes and failures, created by {@code John.Doe} and by service accounts. The
	 * running ones never finish on their own. Unseeded gateways are NOT_FOUND.
	 * @param apiGatewayId the gateway id
	 * @param count how many operations (may be 0)
	 */
	public void seedApiGatewayOperations(String apiGatewayId, int count) {
		this.operations.addResource(apiGatewayId);
		ApiGatewaySeeds.generate(apiGatewayId, count).forEach(this.operations::add);
	}

	/**
	 * Returns an image as the API would now show it.
	 * @param id the image id
	 * @return the image, or empty if there is none (or it was deleted)
	 */
	public Optional<EmulatedImage> image(String id) {
		this.operations.settle();
		return this.images.find(id);
	}

	/**
	 * Counts the images of a folder, whatever their status.
	 * @param folderId the folder
	 * @return how many images it has
	 */
	public int imageCount(String folderId) {
		this.operations.settle();
		return this.images.count(folderId);
	}

	/**
	 * Returns the requests received, oldest first (the most recent 100 000).
	 * @return a snapshot of the request log
	 */
	public List<RecordedRequest> requests() {
		return this.requestLog.all();
	}

	/**
	 * Empties the request log.
	 */
	public void clearRequests() {
		this.requestLog.clear();
	}

	/**
	 * Counts logged requests by method and path prefix.
	 * @param method HTTP method, any case
	 * @param pathPrefix path prefix, e.g. {@code /operations/}
	 * @return how many logged requests match
	 */
	public long requestCount(String method, String pathPrefix) {
		return this.requestLog.count(method, pathPrefix);
	}

	/**
	 * Returns fault injection for every path; {@link Faults#forPath(String)} narrows it.
	 * @return the faults of this emulator
	 */
	public Faults faults() {
		return new Faults(this.faultQueue, "");
	}

	/**
	 * Runs the emulator alone until the process is killed, printing its base URL (and nothing
	 * secret).
	 * @param args {@code --host=127.0.0.1 --port=8080 --seed-folder=demo --seed-images=2500
	 * --operation-delay=500ms --latency=0ms --oauth-token=... --issued-token-lifetime=12h}, all
	 * optional; {@code --oauth-token} may be repeated
	 */
	public static void main(String[] args) {
		// run on its own, it shows each request it answers (slf4j-simple, which it then runs with, reads this when
		// the request logger is made; a -D on the command line wins)
		if (System.getProperty(SHOW_REQUESTS_PROPERTY) == null) {
			System.setProperty(SHOW_REQUESTS_PROPERTY, "debug");
		}
		MainArguments arguments;
		try {
			arguments = MainArguments.parse(args);
		}
		catch (RuntimeException ex) {
			System.err.println(ex.getMessage());
			System.err.println(MainArguments.USAGE);
			System.exit(2);
			return;
		}
		YandexCloudEmulator emulator = builder().host(arguments.host())
			.port(arguments.port())
			.operationDelay(arguments.operationDelay())
			.latency(arguments.latency())
			.issuedTokenLifetime(arguments.issuedTokenLifetime())
			.build()
			.start();
		emulator.acceptOAuthTokens(arguments.oauthTokens().toArray(String[]::new));
		if (arguments.seedImages() > 0) {
			emulator.seedImages(arguments.seedFolder(), arguments.seedImages());
		}
		Runtime.getRuntime().addShutdownHook(new Thread(emulator::close, "yc-emulator-shutdown"));
		System.out.println(emulator.baseUrl());
		emulator.awaitClose();
	}

	private void awaitClose() {
		DisposableServer running;
		synchronized (this) {
			running = this.server;
		}
		if (running != null) {
			running.onDispose().block();
		}
	}

	/**
	 * Configures a {@link YandexCloudEmulator}.
	 */
	public static final class Builder {

		private int port;

		private String host = "127.0.0.1";

		private Duration latency = Duration.ZERO;

		private Duration operationDelay = Duration.ofMillis(200);

		private Duration issuedTokenLifetime = Duration.ofHours(12);

		private Clock clock = Clock.systemUTC();

		private Builder() {
		}

		/**
		 * Sets the address to bind: {@code 127.0.0.1} by default, so nothing outside this machine can reach it;
		 * {@code 0.0.0.0} inside a container, where the container's network is the boundary.
		 * @param host the address
		 * @return this builder
		 */
		public Builder host(String host) {
			if (host == null || host.isBlank()) {
				throw new IllegalArgumentException("host must not be blank");
			}
			this.host = host;
			return this;
		}

		/**
		 * Sets the port to bind.
		 * @param port the port; {@code 0} (the default) for any free port
		 * @return this builder
		 */
		public Builder port(int port) {
			if (port < 0 || port > 65535) {
				throw new IllegalArgumentException("port must be 0..65535, was " + port);
			}
			this.port = port;
			return this;
		}

		/**
		 * Sets the delay added before every response (none by default).
		 * @param latency the delay
		 * @return this builder
		 */
		public Builder latency(Duration latency) {
			this.latency = EmulatorSettings.nonNegative("latency", latency);
			return this;
		}

		/**
		 * Sets how long operations take to finish (200 ms by default).
		 * @param operationDelay the time from start to done
		 * @return this builder
		 */
		public Builder operationDelay(Duration operationDelay) {
			this.operationDelay = EmulatorSettings.nonNegative("operationDelay", operationDelay);
			return this;
		}

		/**
		 * Sets how long issued IAM tokens stay valid (12 hours by default).
		 * @param issuedTokenLifetime the lifetime, positive
		 * @return this builder
		 */
		public Builder issuedTokenLifetime(Duration issuedTokenLifetime) {
			this.issuedTokenLifetime = EmulatorSettings.positive("issuedTokenLifetime", issuedTokenLifetime);
			return this;
		}

		/**
		 * Sets the clock of authentication: when tokens are issued and expire, and the time
		 * JWTs' {@code iat} and {@code exp} are checked against (the system clock by default).
		 * A test may pass a clock it moves, to expire tokens without waiting.
		 * @param clock the clock
		 * @return this builder
		 */
		public Builder clock(Clock clock) {
			this.clock = clock;
			return this;
		}

		/**
		 * Creates the emulator, not yet started.
		 * @return a new emulator
		 */
		public YandexCloudEmulator build() {
			return new YandexCloudEmulator(this);
		}

	}

}
