package io.github.ycspring.operation;

import java.time.Instant;

import io.github.ycspring.internal.json.ProtoJson;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * A long-running operation, as {@code yandex.cloud.operation.Operation}.
 * <p>
 * {@code metadata} and {@code response} are kept as the raw JSON of their {@code Any}, {@code @type} included; read
 * them with {@link #metadataAs(Class)} and {@link #responseAs(Class)}. An operation in progress has {@code done}
 * false; once done, exactly one of {@code error} and {@code response} is set. {@code error} may also be set while
 * the operation is still rolling back.
 *
 * @param id id of the operation
 * @param description description, such as {@code "Create image"}
 * @param createdAt creation time; {@code null} when absent
 * @param createdBy id of the account that started the operation
 * @param modifiedAt time of the last change; {@code null} when absent
 * @param done whether the operation has finished
 * @param metadata service-specific metadata, such as {@code CreateImageMetadata}; {@code null} when absent
 * @param error the error the operation ended with; {@code null} when none
 * @param response the result of a successful operation, such as the created {@code Image}; {@code null} when none
 */
public record Operation(String id, String description, @Nullable Instant createdAt, String createdBy,
		@Nullable Instant modifiedAt, boolean done, @Nullable JsonNode metadata, @Nullable Status error,
		@Nullable JsonNode response) {

	/**
	 * Puts proto3 defaults where the JSON had no value.
	 * @param id id of the operation
	 * @param description description, such as {@code "Create image"}
	 * @param createdAt creation time; {@code null} when absent
	 * @param createdBy id of the account that started the operation
	 * @param modifiedAt time of the last change; {@code null} when absent
	 * @param done whether the operation has finished
	 * @param metadata service-specific metadata, such as {@code CreateImageMetadata}; {@code null} when absent
	 * @param error the error the operation ended with; {@code null} when none
	 * @param response the result of a successful operation, such as the created {@code Image}; {@code null} when none
	 */
	public Operation {
		id = (id != null) ? id : "";
		description = (description != null) ? description : "";
		createdBy = (createdBy != null) ? createdBy : "";
	}

	/**
	 * Whether the operation finished with an error.
	 * @return {@code true} when done and {@code error} is set
	 */
	public boolean failed() {
		return this.done && this.error != null;
	}

	/**
	 * Metadata read as a type, such as {@code CreateImageMetadata}.
	 * @param type the type; it should ignore {@code @type}, as records read by the client do
	 * @param <T> the type
	 * @return the metadata, or {@code null} when the operation has none
	 * @throws IllegalArgumentException when the metadata does not fit the type
	 */
	public <T> @Nullable T metadataAs(Class<T> type) {
		return read("metadata", this.metadata, type);
	}

	/**
	 * Response read as a type, such as {@code Image}.
	 * @param type the type
	 * @param <T> the type
	 * @return the response, or {@code null} when the operation has none (not done, or failed)
	 * @throws IllegalArgumentException when the response does not fit the type
	 */
	public <T> @Nullable T responseAs(Class<T> type) {
		return read("response", this.response, type);
	}

	/**
	 * The {@code @type} of the response, such as {@code type.googleapis.com/yandex.cloud.compute.v1.Image}.
	 * @return the type URL, or {@code ""} when there is no response
	 */
	public String responseType() {
		return (this.response != null) ? this.response.path("@type").asString("") : "";
	}

	private static <T> @Nullable T read(String field, @Nullable JsonNode node, Class<T> type) {
		if (node == null || node.isNull()) {
			return null;
		}
		try {
			return ProtoJson.mapper().treeToValue(node, type);
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException(
					field + ": cannot be read as " + type.getSimpleName() + ": " + ex.getOriginalMessage(), ex);
		}
	}

}
