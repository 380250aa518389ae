package io.github.ycspring.internal.operation;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import io.github.ycspring.core.Endpoints;
import io.github.ycspring.core.Page;
import io.github.ycspring.internal.http.ApiRequest;
import io.github.ycspring.internal.http.ApiResponse;
import io.github.ycspring.internal.http.ApiTransport;
import io.github.ycspring.internal.json.PageItemsDeserializer;
import io.github.ycspring.internal.paging.FetchedPage;
import io.github.ycspring.internal.paging.TokenPagination;
import io.github.ycspring.internal.validation.Check;
import io.github.ycspring.operation.ListOperationsRequest;
import io.github.ycspring.operation.Operation;
import io.github.ycspring.operation.OperationClient;
import io.github.ycspring.operation.OperationFailedException;
import io.github.ycspring.operation.PollingSettings;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.annotation.JsonDeserialize;

import org.springframework.http.HttpMethod;

/**
 * {@link OperationClient} over the REST API.
 */
public final class DefaultOperationClient implements OperationClient {

	private final ApiTransport transport;

	private final Endpoints endpoints;

	private final long defaultPageSize;

	private final OperationPoller poller;

	private final Duration defaultTimeout;

	/**
	 * Creates a client.
	 * @param transport sends requests through the pipeline
	 * @param endpoints base URLs of the services
	 * @param polling how operations are waited for
	 * @param defaultPageSize page size of list calls whose request leaves it 0
	 */
	public DefaultOperationClient(ApiTransport transport, Endpoints endpoints, PollingSettings polling,
			long defaultPageSize) {
		this.transport = transport;
		this.endpoints = endpoints;
		this.defaultPageSize = Check.pageSize(defaultPageSize);
		this.defaultTimeout = polling.timeout();
		this.poller = new OperationPoller(this::fetch, polling, () -> ThreadLocalRandom.current().nextDouble());
	}

	@Override
	public Mono<Operation> get(String operationId) {
		return fetch(Check.id("operationId", operationId)).map(ApiResponse::body);
	}

	private Mono<ApiResponse<Operation>> fetch(String operationId) {
		return this.transport.exchange(ApiRequest.get("OperationService.Get", this.endpoints.operation(),
				"/operations/" + ApiRequest.segment(operationId), Map.of()), Operation.class);
	}

	@Override
	public Mono<Operation> cancel(String operationId) {
		String path = "/operations/" + ApiRequest.segment(Check.id("operationId", operationId)) + ":cancel";
		// GET in the API definition; it changes state, so it still carries an Idempotency-Key
		return this.transport.call(ApiRequest.mutation("OperationService.Cancel", HttpMethod.GET,
				this.endpoints.operation(), path, null), Operation.class);
	}

	@Override
	public Mono<Operation> await(String operationId) {
		return await(operationId, this.defaultTimeout);
	}

	@Override
	public Mono<Operation> await(String operationId, Duration timeout) {
		Check.id("operationId", operationId);
		Check.positive("timeout", timeout);
		return Mono.defer(() -> this.poller.await(operationId, null, timeout));
	}

	@Override
	public Mono<Operation> await(Operation operation) {
		Check.notNull("operation", operation);
		Check.id("operation.id", operation.id());
		return Mono.defer(() -> this.poller.await(operation.id(), operation, this.defaultTimeout));
	}

	@Override
	public <T> Mono<T> awaitResponse(Operation operation, Class<T> responseType) {
		Check.notNull("responseType", responseType);
		return await(operation).flatMap((done) -> (done.error() != null)
				? Mono.error(new OperationFailedException(done)) : Mono.justOrEmpty(done.responseAs(responseType)));
	}

	@Override
	public Flux<Operation> watch(String operationId) {
		Check.id("operationId", operationId);
		return Flux.defer(() -> this.poller.watch(operationId, null));
	}

	@Override
	public Flux<Operation> list(ListOperationsRequest request) {
		Check.notNull("request", request);
		return TokenPagination.items((token) -> fetchPage(request, token), request.pageToken());
	}

	@Override
	public Flux<Page<Operation>> listPages(ListOperationsRequest request) {
		Check.notNull("request", request);
		return TokenPagination.pages((token) -> fetchPage(request, token), request.pageToken());
	}

	private Mono<FetchedPage<Operation>> fetchPage(ListOperationsRequest request, String pageToken) {
		Map<String, String> query = new LinkedHashMap<>();
		query.put("pageSize", Long.toString((request.pageSize() != 0) ? request.pageSize() : this.defaultPageSize));
		query.put("pageToken", pageToken);
		query.put("filter", request.filter());
		ApiRequest call = ApiRequest.get("ListOperations", this.endpoints.resolve(request.resource().endpointKey()),
				request.resource().path(), query);
		return this.transport.call(call, OperationPage.class).map(OperationPage::fetched);
	}

	/** The JSON of a ListOperations response. */
	record OperationPage(@JsonDeserialize(using = PageItemsDeserializer.class) @Nullable List<Operation> operations,
			@Nullable String nextPageToken) {

		FetchedPage<Operation> fetched() {
			return FetchedPage.of(this.operations, this.nextPageToken);
		}

	}

}
