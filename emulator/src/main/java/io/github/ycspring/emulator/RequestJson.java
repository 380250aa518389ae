package io.github.ycspring.emulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * A request message read as the proto3 JSON parser of the REST gateway reads it: fields by
 * their lowerCamel or proto (snake_case) name, unknown fields rejected, {@code null} meaning
 * "not set", int64 as a string or a number, enums by name or number.
 */
final class RequestJson {

	private final Map<String, JsonNode> fields = new LinkedHashMap<>();

	private RequestJson(JsonNode node, Set<String> knownFields) {
		if (!node.isObject()) {
			throw ApiException.invalidArgument("invalid JSON: expected an object, got " + node);
		}
		for (Map.Entry<String, JsonNode> entry : node.properties()) {
			String name = knownFields.contains(entry.getKey()) ? entry.getKey() : lowerCamel(entry.getKey());
			if (!knownFields.contains(name)) {
				throw ApiException.invalidArgument("invalid JSON: unknown field \"" + entry.getKey() + "\"");
			}
			if (!entry.getValue().isNull()) {
				this.fields.put(name, entry.getValue());
			}
		}
	}

	static RequestJson parse(String body, Set<String> knownFields) {
		if (body.isBlank()) {
			return new RequestJson(ProtoJson.object(), knownFields);
		}
		try {
			return new RequestJson(ProtoJson.MAPPER.readTree(body), knownFields);
		}
		catch (JacksonException ex) {
			throw ApiException.invalidArgument("invalid JSON: " + ex.getOriginalMessage());
		}
	}

	static String lowerCamel(String snake) {
		StringBuilder camel = new StringBuilder(snake.length());
		boolean upper = false;
		for (char c : snake.toCharArray()) {
			if (c == '_') {
				upper = true;
			}
			else {
				camel.append(upper ? Character.toUpperCase(c) : c);
				upper = false;
			}
		}
		return camel.toString();
	}

	boolean has(String field) {
		return this.fields.containsKey(field);
	}

	String string(String field) {
		JsonNode value = this.fields.get(field);
		if (value == null) {
			return "";
		}
		if (!value.isString()) {
			throw invalidValue(field, value);
		}
		return value.stringValue();
	}

	long int64(String field) {
		JsonNode value = this.fields.get(field);
		if (value == null) {
			return 0;
		}
		if (value.isIntegralNumber() && value.canConvertToLong()) {
			return value.longValue();
		}
		if (value.isString()) {
			try {
				return Long.parseLong(value.stringValue());
			}
			catch (NumberFormatException ex) {
				throw invalidValue(field, value);
			}
		}
		throw invalidValue(field, value);
	}

	boolean bool(String field) {
		JsonNode value = this.fields.get(field);
		if (value == null) {
			return false;
		}
		if (!value.isBoolean()) {
			throw invalidValue(field, value);
		}
		return value.booleanValue();
	}

	/** An enum value by name or number; {@code names} are in number order. */
	String enumName(String field, List<String> names) {
		JsonNode value = this.fields.get(field);
		if (value == null) {
			return names.get(0);
		}
		if (value.isString() && names.contains(value.stringValue())) {
			return value.stringValue();
		}
		if (value.isIntegralNumber() && value.canConvertToInt() && value.intValue() >= 0
				&& value.intValue() < names.size()) {
			return names.get(value.intValue());
		}
		throw invalidValue(field, value);
	}

	Map<String, String> stringMap(String field) {
		JsonNode value = this.fields.get(field);
		if (value == null) {
			return Map.of();
		}
		if (!value.isObject()) {
			throw invalidValue(field, value);
		}
		Map<String, String> map = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> entry : value.properties()) {
			if (!entry.getValue().isString()) {
				throw invalidValue(field + "." + entry.getKey(), entry.getValue());
			}
			map.put(entry.getKey(), entry.getValue().stringValue());
		}
		return map;
	}

	List<String> stringList(String field) {
		JsonNode value = this.fields.get(field);
		if (value == null) {
			return List.of();
		}
		if (!value.isArray()) {
			throw invalidValue(field, value);
		}
		List<String> list = new ArrayList<>();
		for (JsonNode element : value.values()) {
			if (!element.isString()) {
				throw invalidValue(field, element);
			}
			list.add(element.stringValue());
		}
		return list;
	}

	/** A nested message, or {@code null} when it is not set. */
	@Nullable RequestJson message(String field, Set<String> knownFields) {
		JsonNode value = this.fields.get(field);
		return (value != null) ? new RequestJson(value, knownFields) : null;
	}

	private static ApiException invalidValue(String field, JsonNode value) {
		return ApiException.invalidArgument("invalid JSON: invalid value for field \"" + field + "\": " + value);
	}

}
