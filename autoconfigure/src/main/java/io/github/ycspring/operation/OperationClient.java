package io.github.ycspring.operation;

import java.time.Duration;

import io.github.ycspring.core.Page;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The Yandex Cloud Operation API: get, cancel and wait for long-running operations, and list the operations of any
 * resource.
 * <p>
 * Every method is lazy: nothing is sent before subscription. Waiting polls with growing, jittered intervals
 * ({@code yandex.cloud.operation.*}), honours the server's {@code x-operation-poll-interval}, and stops when the
 * subscriber cancels. Neither cancelling a wait nor reaching its deadline cancels the operation in Yandex Cloud:
 * use {@link #cancel(String)} for that.
 */
public interface OperationClient {

	/**
	 * Gets an operation's current state.
	 * @param operationId id of the operation
	 * @return the operation
	 */
	Mono<Operation> get(String operationId);

	/**
	 * Asks Yandex Cloud to cancel an operation ({@code GET /operations/{id}:cancel}). An operation that already
	 * finished is returned as it is.
	 * @param operationId id of the operation
	 * @return the operation's state after the request
	 */
	Mono<Operation> cancel(String operationId);

	/**
	 * Waits until an operation is done, at most {@code yandex.cloud.operation.timeout}.
	 * @param operationId id of the operation
	 * @return the done operation, which may have ended in error
	 * @throws OperationTimeoutException (as an error signal) at the deadline; the operation goes on in Yandex Cloud
	 */
	Mono<Operation> await(String operationId);

	/**
	 * Waits until an operation is done, at most the given time in all (not per poll).
	 * @param operationId id of the operation
	 * @param timeout the deadline, counted from subscription
	 * @return the done operation, which may have ended in error
	 * @throws OperationTimeoutException (as an error signal) at the deadline; the operation goes on in Yandex Cloud
	 */
	Mono<Operation> await(String operationId, Duration timeout);

	/**
	 * Waits until an operation, such as one returned by a create, is done. Returns it at once, without a request,
	 * when it is done already.
	 * @param operation the operation's last known state
	 * @return the done operation, which may have ended in error
	 * @throws OperationTimeoutException (as an error signal) at the deadline; the operation goes on in Yandex Cloud
	 */
	Mono<Operation> await(Operation operation);

	/**
	 * Waits until an operation is done and reads its response.
	 * @param operation the operation's last known state
	 * @param responseType type of the response, such as {@code Image.class}
	 * @param <T> type of the response
	 * @return the response; empty when the operation has none
	 * @throws OperationFailedException (as an error signal) when the operation ended in error
	 */
	<T> Mono<T> awaitResponse(Operation operation, Class<T> responseType);

	/**
	 * Each polled state of an operation, completing after the first that is done.
	 * @param operationId id of the operation
	 * @return the states
	 */
	Flux<Operation> watch(String operationId);

	/**
	 * Every operation of a resource, fetched page by page as the subscriber asks for them.
	 * @param request the resource, filter and paging
	 * @return the operations
	 */
	Flux<Operation> list(ListOperationsRequest request);

	/**
	 * The pages of a resource's operations; a page's {@code nextPageToken} given as
	 * {@link ListOperationsRequest#pageToken()} resumes after it.
	 * @param request the resource, filter and paging
	 * @return the pages
	 */
	Flux<Page<Operation>> listPages(ListOperationsRequest request);

}
