package io.github.ycspring.emulator;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * One moment's state of an operation; metadata and response are Any JSON that is never
 * modified after it is built.
 */
record OperationView(String id, String description, Instant createdAt, String createdBy, Instant modifiedAt,
		boolean done, ObjectNode metadata, @Nullable RpcStatus error, @Nullable ObjectNode response) {

	/** yandex.cloud.operation.Operation JSON, fields in proto field order. */
	ObjectNode toJson() {
		ObjectNode json = ProtoJson.object();
		ProtoJson.putString(json, "id", this.id);
		ProtoJson.putString(json, "description", this.description);
		ProtoJson.putTimestamp(json, "createdAt", this.createdAt);
		ProtoJson.putString(json, "createdBy", this.createdBy);
		ProtoJson.putTimestamp(json, "modifiedAt", this.modifiedAt);
		ProtoJson.putBool(json, "done", this.done);
		ProtoJson.putMessage(json, "metadata", this.metadata);
		if (this.error != null) {
			json.set("error", ProtoJson.status(this.error.code(), this.error.message(), List.of()));
		}
		else {
			ProtoJson.putMessage(json, "response", this.response);
		}
		return json;
	}

}
