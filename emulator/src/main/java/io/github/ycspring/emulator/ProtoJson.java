package io.github.ycspring.emulator;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes JSON the way protobuf's proto3 JSON mapping does: fields at their default value are
 * omitted, int64 is a string, timestamps are RFC 3339 UTC with 0, 3, 6 or 9 fractional
 * digits, Any carries {@code @type} with the message's fields inline.
 */
final class ProtoJson {

	static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static final String TYPE_URL_PREFIX = "type.googleapis.com/";

	private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss")
		.withZone(ZoneOffset.UTC);

	private ProtoJson() {
	}

	static ObjectNode object() {
		return MAPPER.createObjectNode();
	}

	static byte[] bytes(JsonNode node) {
		return MAPPER.writeValueAsBytes(node);
	}

	static String timestamp(Instant instant) {
		String seconds = SECONDS.format(instant);
		int nanos = instant.getNano();
		if (nanos == 0) {
			return seconds + "Z";
		}
		String fraction = String.format("%09d", nanos);
		if (nanos % 1_000_000 == 0) {
			fraction = fraction.substring(0, 3);
		}
		else if (nanos % 1_000 == 0) {
			fraction = fraction.substring(0, 6);
		}
		return seconds + "." + fraction + "Z";
	}

	/** A google.protobuf.Any holding a message of this type with these fields. */
	static ObjectNode any(String typeName, ObjectNode fields) {
		ObjectNode any = object();
		any.put("@type", TYPE_URL_PREFIX + typeName);
		any.setAll(fields);
		return any;
	}

	/** The Any metadata of an operation on a single resource, e.g. CreateImageMetadata. */
	static ObjectNode any(String typeName, String idField, String id) {
		ObjectNode fields = object();
		putString(fields, idField, id);
		return any(typeName, fields);
	}

	/** A list response: the items under {@code field}, then {@code nextPageToken}. */
	static ObjectNode list(String field, List<? extends JsonNode> items, String nextPageToken) {
		ObjectNode list = object();
		if (!items.isEmpty()) {
			list.putArray(field).addAll(items);
		}
		putString(list, "nextPageToken", nextPageToken);
		return list;
	}

	/** A google.rpc.Status. */
	static ObjectNode status(int code, String message, List<ObjectNode> details) {
		ObjectNode status = object();
		if (code != 0) {
			status.put("code", code);
		}
		putString(status, "message", message);
		if (!details.isEmpty()) {
			status.putArray("details").addAll(details);
		}
		return status;
	}

	static void putString(ObjectNode node, String field, String value) {
		if (!value.isEmpty()) {
			node.put(field, value);
		}
	}

	static void putInt64(ObjectNode node, String field, long value) {
		if (value != 0) {
			node.put(field, Long.toString(value));
		}
	}

	static void putBool(ObjectNode node, String field, boolean value) {
		if (value) {
			node.put(field, true);
		}
	}

	static void putEnum(ObjectNode node, String field, String name) {
		if (!name.isEmpty() && !name.endsWith("_UNSPECIFIED")) {
			node.put(field, name);
		}
	}

	static void putTimestamp(ObjectNode node, String field, @Nullable Instant value) {
		if (value != null) {
			node.put(field, timestamp(value));
		}
	}

	static void putMap(ObjectNode node, String field, Map<String, String> map) {
		if (!map.isEmpty()) {
			ObjectNode object = node.putObject(field);
			map.forEach(object::put);
		}
	}

	static void putList(ObjectNode node, String field, List<String> values) {
		if (!values.isEmpty()) {
			ArrayNode array = node.putArray(field);
			values.forEach(array::add);
		}
	}

	/** A message field: present (even when empty) whenever it is set. */
	static void putMessage(ObjectNode node, String field, @Nullable JsonNode message) {
		if (message != null) {
			node.set(field, message);
		}
	}

}
