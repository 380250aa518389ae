package io.github.ycspring.operation;

import io.github.ycspring.internal.validation.Check;
import org.jspecify.annotations.Nullable;

/**
 * Lists the operations of one resource.
 *
 * @param resource whose operations to list
 * @param filter filter expression where the service has one, such as {@code done=false}; {@code ""} for none
 * @param pageSize page size hint, 0 to 1000; 0 uses {@code yandex.cloud.paging.page-size}
 * @param pageToken token to resume from, {@code ""} for the beginning
 */
public record ListOperationsRequest(OperationResource resource, String filter, long pageSize, String pageToken) {

	/**
	 * Checks every argument against the API's limits.
	 * @param resource whose operations to list
	 * @param filter filter expression where the service has one, such as {@code done=false}; {@code ""} for none
	 * @param pageSize page size hint, 0 to 1000; 0 uses {@code yandex.cloud.paging.page-size}
	 * @param pageToken token to resume from, {@code ""} for the beginning
	 */
	public ListOperationsRequest {
		Check.notNull("resource", resource);
		filter = Check.maxLength("filter", filter, Check.MAX_FILTER_LENGTH);
		if (!filter.isEmpty() && !resource.filterable()) {
			throw Check.fail("filter", "is not supported by the ListOperations of " + resource);
		}
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
	 * Builds a {@link ListOperationsRequest}.
	 */
	public static final class Builder {

		private @Nullable OperationResource resource;

		private String filter = "";

		private long pageSize;

		private String pageToken = "";

		private Builder() {
		}

		/**
		 * Whose operations to list.
		 * @param resource the resource
		 * @return this builder
		 */
		public Builder resource(OperationResource resource) {
			this.resource = resource;
			return this;
		}

		/**
		 * Filter expression, where the service has one.
		 * @param filter the filter
		 * @return this builder
		 */
		public Builder filter(String filter) {
			this.filter = filter;
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
		public ListOperationsRequest build() {
			return new ListOperationsRequest(Check.notNull("resource", this.resource), this.filter, this.pageSize,
					this.pageToken);
		}

	}

}
