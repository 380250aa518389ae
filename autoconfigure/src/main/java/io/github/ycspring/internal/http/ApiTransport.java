package io.github.ycspring.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import io.github.ycspring.auth.CredentialsProvider;
import io.github.ycspring.auth.IamToken;
import io.github.ycspring.core.Code;
import io.github.ycspring.core.IdempotencyKey;
import io.github.ycspring.core.YandexCloudException;
import io.github.ycspring.internal.json.ProtoJson;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.util.context.ContextView;
import tools.jackson.core.JacksonException;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.util.UriUtils;

/**
 * Sends {@link ApiRequest}s through the pipeline's {@link WebClient} and decodes their proto3 JSON answers.
 * <p>
 * Bodies are read and written with {@link ProtoJson}, never with the application's codecs, and a whole response is
 * held up to the configured size (a page of 1000 images is far more than WebFlux's 256 KB default). An answer that
 * cannot be understood (empty, not JSON, the wrong shape, too large) fails with a {@link YandexCloudException}
 * quoting its start.
 *
 * <h2>Who owns a response body</h2>
 * Each buffer has one owner at a time, and its owner releases it exactly once; handing a buffer on hands on the
 * duty. Along one attempt of a call:
 * <ol>
 * <li>Reactor Netty owns what it reads from the socket. Spring's connector retains each chunk for the subscriber of
 * the response body, who from then on owns it.</li>
 * <li>{@link BodyBufferingFilter} subscribes to a successful (2xx) body and joins its chunks into one buffer, which
 * it owns. A body cut mid-way, too large, or cancelled is released chunk by chunk by the join
 * ({@code DataBufferUtils.join} releases what it collected), and the attempt fails or stops.</li>
 * <li>The joined buffer goes into a {@link HeldBody}, carried by a {@link HeldBodyResponse}, which hands it to its
 * first reader only. If the call is cancelled before anyone took it, the filter releases it.</li>
 * <li>The transport's decoder takes it, parses it where it lies and releases it in a {@code finally}, whether
 * parsing worked or not. WebClient then subscribes to the body once more to release what was not consumed, and gets
 * nothing: the buffer is not released twice.</li>
 * </ol>
 * An error response's body belongs to whoever looks at it: {@link RetryFilter} and {@link AuthenticationFilter}
 * release a body they drop (a 503 to retry, a 401 to refresh the token) before the next attempt;
 * {@link ErrorMappingFilter} copies the last one into an array and releases it. No buffer leaves the transport: what
 * a caller receives is a decoded value.
 */
public final class ApiTransport {

	/** Makes the client, once, on whichever thread asks first. */
	private final SingletonSupplier<WebClient> client;

	/**
	 * Builds the client once, for the calls made before it is built; made on the first call, since even touching
	 * {@code Mono} or a scheduler loads some hundred classes and starts a thread.
	 */
	private final SingletonSupplier<Mono<WebClient>> building;

	/** The client once built: every later call takes it from here, without going through the cached Mono. */
	private volatile @Nullable WebClient built;

	private final int maxResponseBytes;

	/** Source of the bearer token of each call; {@code null} for the calls that obtain tokens. */
	private final @Nullable CredentialsProvider credentials;

	/**
	 * Creates a transport over a built client, for calls without a bearer token.
	 * @param webClient client whose filters are the pipeline of {@link YandexCloudPipeline}
	 * @param maxResponseBytes largest response body accepted
	 */
	public ApiTransport(WebClient webClient, int maxResponseBytes) {
		this(() -> webClient, maxResponseBytes, null);
		this.built = webClient;
	}

	private ApiTransport(Supplier<WebClient> webClient, int maxResponseBytes,
			@Nullable CredentialsProvider credentials) {
		this.client = SingletonSupplier.of(webClient);
		this.building = SingletonSupplier.of(() -> Mono.fromSupplier(this.client::obtain)
			.subscribeOn(Schedulers.boundedElastic())
			.doOnNext((client) -> this.built = client)
			.cache());
		this.maxResponseBytes = maxResponseBytes;
		this.credentials = credentials;
	}

	/**
	 * Creates a transport whose client is built on the first call, as Spring Boot builds its own HTTP connector
	 * lazily: the first WebClient and Reactor Netty client of a JVM load hundreds of classes, which would otherwise
	 * lengthen startup. The build runs once, on {@code boundedElastic} (class loading reads jars, which must not
	 * happen on an event loop), and calls made meanwhile wait for it without blocking.
	 * @param webClient builds the client whose filters are the pipeline of {@link YandexCloudPipeline}
	 * @param maxResponseBytes largest response body accepted
	 * @param credentials source of each call's bearer token, the same the pipeline refreshes on a 401;
	 * {@code null} for the calls that obtain tokens
	 * @return the transport
	 */
	public static ApiTransport lazy(Supplier<WebClient> webClient, int maxResponseBytes,
			@Nullable CredentialsProvider credentials) {
		return new ApiTransport(webClient, maxResponseBytes, credentials);
	}

	/**
	 * Builds the client now, on the calling thread, unless it is built already. For a caller that is about to wait
	 * for a first call anyway, such as the metadata probe at startup: the build (hundreds of classes, and Spring
	 * Boot's builder and connector beans) then does not count against the call's timeout, and Boot's beans are made
	 * on the thread that is making beans, not on {@code boundedElastic} while that thread holds the singleton lock.
	 * Must not be called on an event loop.
	 */
	public void buildNow() {
		this.built = this.client.obtain();
	}

	/**
	 * Sends a request and decodes its body. Nothing is sent before subscription.
	 * @param request the request
	 * @param type type of the response body
	 * @param <T> type of the response body
	 * @return the decoded body
	 */
	public <T> Mono<T> call(ApiRequest request, Class<T> type) {
		return send(request, type, (body, response) -> body);
	}

	/**
	 * Sends a request and decodes its body, keeping the response headers. Nothing is sent before subscription.
	 * @param request the request
	 * @param type type of the response body
	 * @param <T> type of the response body
	 * @return the decoded body and the headers
	 */
	public <T> Mono<ApiResponse<T>> exchange(ApiRequest request, Class<T> type) {
		return send(request, type, (body, response) -> new ApiResponse<>(body, response.headers().asHttpHeaders()));
	}

	/**
	 * Sends a request once the client is built, and gives what {@code result} makes of the decoded body and the
	 * response: {@link #call} passes the body straight on, with no wrapper, no operator to unwrap it and no view of
	 * the headers made.
	 */
	private <T, R> Mono<R> send(ApiRequest request, Class<T> type, BiFunction<T, ClientResponse, R> result) {
		WebClient ready = this.built;
		if (ready != null) {
			return Mono.deferContextual((context) -> send(ready, request, context, type, result));
		}
		return this.building.obtain()
			.flatMap((client) -> Mono.deferContextual((context) -> send(client, request, context, type, result)));
	}

	/**
	 * Builds and sends one call, on each subscription, complete with its ids and its bearer token. Its ids are made
	 * here, once per call: the retry filter sends this same request again, so every attempt carries them. The token
	 * is set here too, so that no filter copies the request to add it; the pipeline replaces it only when the server
	 * answers 401. It is asked for only once the URL is known to be one a token may travel to.
	 */
	private <T, R> Mono<R> send(WebClient client, ApiRequest request, ContextView context, Class<T> type,
			BiFunction<T, ClientResponse, R> result) {
		URI uri = uri(request);
		CredentialsProvider tokens = this.credentials;
		if (tokens == null) {
			return send(client, request, uri, context, null, type, result);
		}
		if (!BearerTokenPolicy.mayCarryToken(uri)) {
			return Mono.error(new IllegalStateException("refusing to send a bearer token over plain HTTP to "
					+ uri.getHost() + ": use https for every endpoint that is not loopback"));
		}
		return tokens.token().flatMap((token) -> send(client, request, uri, context, token, type, result));
	}

	private <T, R> Mono<R> send(WebClient client, ApiRequest request, URI uri, ContextView context,
			@Nullable IamToken token, Class<T> type, BiFunction<T, ClientResponse, R> result) {
		WebClient.RequestBodySpec spec = client.method(request.method())
			.uri(uri)
			.attribute(RequestAttributes.API_METHOD, request.apiMethod())
			.headers((headers) -> {
				// a constant: accept(MediaType) would format the media type on every call
				headers.set(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE);
				Map<String, String> given = request.headers();
				given.forEach(headers::set);
				setIfAbsent(headers, given, Headers.CLIENT_REQUEST_ID, UuidGenerator.next());
				setIfAbsent(headers, given, Headers.CLIENT_TRACE_ID, UuidGenerator.next());
				if (request.mutating()) {
					// the caller's key, so a create repeated after a crash makes nothing twice; else a new one
					setIfAbsent(headers, given, Headers.IDEMPOTENCY_KEY,
							IdempotencyKey.in(context).orElseGet(UuidGenerator::next));
				}
				if (token != null) {
					headers.setBearerAuth(token.value());
				}
			});
		if (token != null) {
			spec.attribute(RequestAttributes.TOKEN, token);
		}
		if (request.body() != null) {
			spec.contentType(MediaType.APPLICATION_JSON).bodyValue(ProtoJson.mapper().writeValueAsBytes(request.body()));
		}
		return spec.exchangeToMono((response) -> decode(request, response, type, result));
	}

	/** Sets a header the request does not give itself; asks the request's own small map, not the headers. */
	private static void setIfAbsent(HttpHeaders headers, Map<String, String> given, String name, String value) {
		if (!given.containsKey(name)) {
			headers.set(name, value);
		}
	}

	private <T, R> Mono<R> decode(ApiRequest request, ClientResponse response, Class<T> type,
			BiFunction<T, ClientResponse, R> result) {
		return ResponseBodies.join(response, this.maxResponseBytes).map((body) -> {
			try {
				return result.apply(parse(request, response, body, type), response);
			}
			finally {
				DataBufferUtils.release(body);
			}
		})
			.switchIfEmpty(Mono.error(() -> malformed(request, response, "",
					"response has an empty body, expected " + type.getSimpleName(), null)));
	}

	/** Parses the body where it lies: no copy into an array first. */
	private <T> T parse(ApiRequest request, ClientResponse response, DataBuffer body, Class<T> type) {
		int start = body.readPosition();
		MediaType contentType = response.headers().contentType().orElse(null);
		if (body.readableByteCount() == 0) {
			throw malformed(request, response, "", "response has an empty body, expected " + type.getSimpleName(),
					null);
		}
		if (contentType != null && !contentType.isCompatibleWith(MediaType.APPLICATION_JSON)) {
			throw malformed(request, response, ResponseBodies.excerpt(body, start),
					"response has content type " + contentType + ", expected " + MediaType.APPLICATION_JSON, null);
		}
		try (InputStream json = body.asInputStream()) {
			T value = ProtoJson.mapper().readValue(json, type);
			if (value == null) {
				throw malformed(request, response, ResponseBodies.excerpt(body, start),
						"response body is null, expected " + type.getSimpleName(), null);
			}
			return value;
		}
		catch (JacksonException | IOException ex) {
			String problem = (ex instanceof JacksonException jackson) ? jackson.getOriginalMessage() : ex.toString();
			throw malformed(request, response, ResponseBodies.excerpt(body, start),
					"response body is not a valid " + type.getSimpleName() + " (" + problem + ")", ex);
		}
	}

	private static YandexCloudException malformed(ApiRequest request, ClientResponse response, String excerpt,
			String problem, @Nullable Throwable cause) {
		String detail = excerpt.isEmpty() ? problem : problem + ": " + excerpt;
		return CallIds.of(response)
			.failure(Code.UNKNOWN, response.statusCode().value(), request.apiMethod() + ": " + detail, cause);
	}

	static URI uri(ApiRequest request) {
		String base = request.endpoint().toString();
		StringBuilder uri = new StringBuilder(base.length() + request.path().length() + 64);
		uri.append(base, 0, base.endsWith("/") ? base.length() - 1 : base.length()).append(request.path());
		char separator = '?';
		for (Map.Entry<String, String> parameter : request.query().entrySet()) {
			if (!parameter.getValue().isEmpty()) {
				// '+' is legal in a query but decoded as a space by many servers, so it is escaped too
				uri.append(separator)
					.append(parameter.getKey())
					.append('=')
					.append(UriUtils.encodeQueryParam(parameter.getValue(), StandardCharsets.UTF_8).replace("+", "%2B"));
				separator = '&';
			}
		}
		return URI.create(uri.toString());
	}

}
