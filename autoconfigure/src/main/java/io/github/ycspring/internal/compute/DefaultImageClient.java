package io.github.ycspring.internal.compute;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.ycspring.compute.CreateImageRequest;
import io.github.ycspring.compute.Image;
import io.github.ycspring.compute.ImageClient;
import io.github.ycspring.compute.ListImagesRequest;
import io.github.ycspring.compute.UpdateImageRequest;
import io.github.ycspring.core.Page;
import io.github.ycspring.internal.http.ApiRequest;
import io.github.ycspring.internal.http.ApiTransport;
import io.github.ycspring.internal.json.PageItemsDeserializer;
import io.github.ycspring.internal.paging.FetchedPage;
import io.github.ycspring.internal.paging.TokenPagination;
import io.github.ycspring.internal.validation.Check;
import io.github.ycspring.internal.validation.ImagePatterns;
import io.github.ycspring.operation.ListOperationsRequest;
import io.github.ycspring.operation.Operation;
import io.github.ycspring.operation.OperationClient;
import io.github.ycspring.operation.OperationResource;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.annotation.JsonDeserialize;

import org.springframework.http.HttpMethod;

/**
 * {@link ImageClient} over the REST API.
 */
public final class DefaultImageClient implements ImageClient {

	private static final String IMAGES = "/compute/v1/images";

	private final ApiTransport transport;

	private final URI endpoint;

	private final OperationClient operations;

	private final String defaultFolderId;

	private final long defaultPageSize;

	/**
	 * Creates a client.
	 * @param transport sends requests through the pipeline
	 * @param computeEndpoint base URL of the Compute API
	 * @param operations lists an image's operations
	 * @param defaultFolderId folder used where a request names none; {@code ""} for none
	 * @param defaultPageSize page size of list calls whose request leaves it 0
	 */
	public DefaultImageClient(ApiTransport transport, URI computeEndpoint, OperationClient operations,
			String defaultFolderId, long defaultPageSize) {
		this.transport = transport;
		this.endpoint = computeEndpoint;
		this.operations = operations;
		this.defaultFolderId = Check.optionalId("yandex.cloud.folder-id", defaultFolderId);
		this.defaultPageSize = Check.pageSize(defaultPageSize);
	}

	@Override
	public Mono<Image> get(String imageId) {
		String path = IMAGES + "/" + ApiRequest.segment(Check.id("imageId", imageId));
		return this.transport.call(ApiRequest.get("ImageService.Get", this.endpoint, path, Map.of()), Image.class);
	}

	@Override
	public Mono<Image> getLatestByFamily(String folderId, String family) {
		String folder = folderOrDefault(folderId);
		Check.matches("family", family, ImagePatterns.FAMILY);
		if (family.isEmpty()) {
			throw Check.fail("family", "is required");
		}
		return this.transport.call(ApiRequest.get("ImageService.GetLatestByFamily", this.endpoint,
				IMAGES + ":latestByFamily", Map.of("folderId", folder, "family", family)), Image.class);
	}

	@Override
	public Flux<Image> list(String folderId) {
		return list(ListImagesRequest.ofFolder(folderId));
	}

	@Override
	public Flux<Image> list(ListImagesRequest request) {
		Map<String, String> query = listQuery(request);
		return TokenPagination.items((token) -> fetchPage(query, token), request.pageToken());
	}

	@Override
	public Flux<Page<Image>> listPages(ListImagesRequest request) {
		Map<String, String> query = listQuery(request);
		return TokenPagination.pages((token) -> fetchPage(query, token), request.pageToken());
	}

	private Map<String, String> listQuery(ListImagesRequest request) {
		Check.notNull("request", request);
		Map<String, String> query = new LinkedHashMap<>();
		query.put("folderId", folderOrDefault(request.folderId()));
		query.put("pageSize", Long.toString((request.pageSize() != 0) ? request.pageSize() : this.defaultPageSize));
		query.put("filter", request.filter());
		query.put("orderBy", request.orderBy());
		return query;
	}

	private Mono<FetchedPage<Image>> fetchPage(Map<String, String> query, String pageToken) {
		Map<String, String> pageQuery = new LinkedHashMap<>(query);
		pageQuery.put("pageToken", pageToken);
		return this.transport.call(ApiRequest.get("ImageService.List", this.endpoint, IMAGES, pageQuery),
				ImagePage.class)
			.map(ImagePage::fetched);
	}

	@Override
	public Mono<Operation> create(CreateImageRequest request) {
		Check.notNull("request", request);
		ImageRequestBodies.Create body = ImageRequestBodies.create(request, folderOrDefault(request.folderId()));
		return this.transport.call(ApiRequest.mutation("ImageService.Create", HttpMethod.POST, this.endpoint, IMAGES,
				body), Operation.class);
	}

	@Override
	public Mono<Operation> update(UpdateImageRequest request) {
		Check.notNull("request", request);
		String path = IMAGES + "/" + ApiRequest.segment(request.imageId());
		return this.transport.call(ApiRequest.mutation("ImageService.Update", HttpMethod.PATCH, this.endpoint, path,
				ImageRequestBodies.update(request)), Operation.class);
	}

	@Override
	public Mono<Operation> delete(String imageId) {
		String path = IMAGES + "/" + ApiRequest.segment(Check.id("imageId", imageId));
		return this.transport.call(ApiRequest.mutation("ImageService.Delete", HttpMethod.DELETE, this.endpoint, path,
				null), Operation.class);
	}

	@Override
	public Flux<Operation> listOperations(String imageId) {
		return this.operations.list(ListOperationsRequest.builder().resource(OperationResource.image(imageId)).build());
	}

	private String folderOrDefault(String folderId) {
		String folder = (folderId == null || folderId.isEmpty()) ? this.defaultFolderId : folderId;
		if (folder.isEmpty()) {
			throw Check.fail("folderId", "is required: set it on the request or set yandex.cloud.folder-id");
		}
		return Check.id("folderId", folder);
	}

	/** The JSON of a List response. */
	record ImagePage(@JsonDeserialize(using = PageItemsDeserializer.class) @Nullable List<Image> images,
			@Nullable String nextPageToken) {

		FetchedPage<Image> fetched() {
			return FetchedPage.of(this.images, this.nextPageToken);
		}

	}

}
