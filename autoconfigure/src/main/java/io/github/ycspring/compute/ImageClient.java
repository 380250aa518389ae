package io.github.ycspring.compute;

import io.github.ycspring.core.Page;
import io.github.ycspring.operation.Operation;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The Compute ImageService of Yandex Cloud.
 * <p>
 * Every method is lazy: nothing is sent before subscription, and arguments are checked before any request, failing
 * with an {@link IllegalArgumentException} that names the field and the rule. Lists are fetched page by page as the
 * subscriber asks for items: {@code list(folder).take(5)} costs one request, and at most one page is fetched ahead.
 * Create, update and delete return the {@link Operation} at once; wait for it with
 * {@link io.github.ycspring.operation.OperationClient#await(Operation)}.
 */
public interface ImageClient {

	/**
	 * Gets an image.
	 * @param imageId id of the image
	 * @return the image
	 */
	Mono<Image> get(String imageId);

	/**
	 * Gets the newest image of a family.
	 * @param folderId folder of the family; {@code ""} uses {@code yandex.cloud.folder-id}
	 * @param family the family
	 * @return the image
	 */
	Mono<Image> getLatestByFamily(String folderId, String family);

	/**
	 * Every image of a folder, fetched page by page as the subscriber asks for them.
	 * @param folderId the folder
	 * @return the images
	 */
	Flux<Image> list(String folderId);

	/**
	 * Every image a request selects, fetched page by page as the subscriber asks for them.
	 * @param request folder, filter, order and paging
	 * @return the images
	 */
	Flux<Image> list(ListImagesRequest request);

	/**
	 * The pages a request selects; a page's {@code nextPageToken} given as {@link ListImagesRequest#pageToken()}
	 * resumes after it.
	 * @param request folder, filter, order and paging
	 * @return the pages
	 */
	Flux<Page<Image>> listPages(ListImagesRequest request);

	/**
	 * Starts creating an image.
	 * @param request what to create
	 * @return the operation, with {@link ImageOperationMetadata} and, once done, the {@link Image} as response
	 */
	Mono<Operation> create(CreateImageRequest request);

	/**
	 * Starts updating an image: exactly the fields set on the request change.
	 * @param request what to change
	 * @return the operation, with {@link ImageOperationMetadata} and, once done, the {@link Image} as response
	 */
	Mono<Operation> update(UpdateImageRequest request);

	/**
	 * Starts deleting an image.
	 * @param imageId id of the image
	 * @return the operation, with {@link ImageOperationMetadata}
	 */
	Mono<Operation> delete(String imageId);

	/**
	 * Every operation of an image, newest first as the server orders them, fetched page by page.
	 * @param imageId id of the image
	 * @return the operations
	 */
	Flux<Operation> listOperations(String imageId);

}
