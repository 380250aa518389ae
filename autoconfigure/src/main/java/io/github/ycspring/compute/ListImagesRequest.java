package io.github.ycspring.compute;

import io.github.ycspring.internal.validation.Check;

/**
 * Lists the images of a folder.
 *
 * @param folderId folder to list; {@code ""} uses {@code yandex.cloud.folder-id}
 * @param filter filter such as {@code name="my-image"}; {@code ""} for none
 * @param orderBy order such as {@code createdAt desc}; {@code ""} for the server's default ({@code id asc})
 * @param pageSize page size hint, 0 to 1000; 0 uses {@code yandex.cloud.paging.page-size}
 * @param pageToken token to resume from, {@code ""} for the beginning
 */
public record ListImagesRequest(String folderId, String filter, String orderBy, long pageSize, String pageToken) {

	/**
	 * Checks every argument against the API's limits.
	 * @param folderId folder to list; {@code ""} uses {@code yandex.cloud.folder-id}
	 * @param filter filter such as {@code name="my-image"}; {@code ""} for none
	 * @param orderBy order such as {@code createdAt desc}; {@code ""} for the server's default ({@code id asc})
	 * @param pageSize page size hint, 0 to 1000; 0 uses {@code yandex.cloud.paging.page-size}
	 * @param pageToken token to resume from, {@code ""} for the beginning
	 */
	public ListImagesRequest {
		folderId = Check.optionalId("folderId", folderId);
		filter = Check.maxLength("filter", filter, Check.MAX_FILTER_LENGTH);
		orderBy = Check.maxLength("orderBy", orderBy, 100);
		Check.pageSize(pageSize);
		pageToken = Check.maxLength("pageToken", pageToken, Check.MAX_PAGE_TOKEN_LENGTH);
	}

	/**
	 * A builder.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * A request for every image of a folder.
	 * @param folderId the folder
	 * @return the request
	 */
	public static ListImagesRequest ofFolder(String folderId) {
		return builder().folderId(Check.id("folderId", folderId)).build();
	}

	/**
	 * The same request, resuming from another token.
	 * @param pageToken the token
	 * @return the request
	 */
	public ListImagesRequest withPageToken(String pageToken) {
		return new ListImagesRequest(this.folderId, this.filter, this.orderBy, this.pageSize, pageToken);
	}

	/**
	 * Builds a {@link ListImagesRequest}.
	 */
	public static final class Builder {

		private String folderId = "";

		private String filter = "";

		private String orderBy = "";

		private long pageSize;

		private String pageToken = "";

		private Builder() {
		}

		/**
		 * Folder to list.
		 * @param folderId the folder id
		 * @return this builder
		 */
		public Builder folderId(String folderId) {
			this.folderId = folderId;
			return this;
		}

		/**
		 * Filter: {@code <field> <op> <value>} joined by {@code AND}; ops {@code =}, {@code !=}, {@code IN},
		 * {@code NOT IN}; values in double quotes.
		 * @param filter the filter
		 * @return this builder
		 */
		public Builder filter(String filter) {
			this.filter = filter;
			return this;
		}

		/**
		 * Order of the results, such as {@code createdAt desc}.
		 * @param orderBy the order
		 * @return this builder
		 */
		public Builder orderBy(String orderBy) {
			this.orderBy = orderBy;
			return this;
		}

		/**
		 * Page size hint, 0 to 1000.
		 * @param pageSize the page size
		 * @return this builder
		 */
		public Builder pageSize(long pageSize) {
			this.pageSize = pageSize;
			return this;
		}

		/**
		 * Token to resume from.
		 * @param pageToken the token
		 * @return this builder
		 */
		public Builder pageToken(String pageToken) {
			this.pageToken = pageToken;
			return this;
		}

		/**
		 * Builds the request, checking every argument.
		 * @return the request
		 * @throws IllegalArgumentException naming the field and rule an argument breaks
		 */
		public ListImagesRequest build() {
			return new ListImagesRequest(this.folderId, this.filter, this.orderBy, this.pageSize, this.pageToken);
		}

	}

}
