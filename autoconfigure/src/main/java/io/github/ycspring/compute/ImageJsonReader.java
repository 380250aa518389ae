package io.github.ycspring.compute;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.github.ycspring.internal.json.Proto3TimestampDeserializer;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads an {@link Image} from proto3 JSON token by token: a {@code switch} on each field name, values read straight
 * from the parser (int64 digits and enum names compared where the parser holds them, no {@code String} made), the
 * usual few labels made directly into the immutable map the record keeps (so its constructor copies nothing).
 * Jackson's generic record binding looks every property up in a map, buffers the values and copies the collections,
 * which made up about a third of the time to decode a page of images.
 * <p>
 * It reads exactly what the generic binding reads (a test holds both to the same answers): unknown fields are
 * skipped, {@code null} is the field's default, int64 may be a string or a number, unknown enum names are
 * {@code UNRECOGNIZED}. What is rare (a nested message, a value of an unexpected type) goes to Jackson's own
 * deserializers, so its errors are Jackson's too.
 */
final class ImageJsonReader extends StdDeserializer<Image> {

	/** Labels up to this many are made into a map without a map in between. */
	private static final int FEW_LABELS = 4;

	// values() makes a new array on every call
	private static final Image.Status[] STATUSES = Image.Status.values();

	private static final Os.Type[] OS_TYPES = Os.Type.values();

	/** Jackson's readers of the nested messages and of unusual values, found once (see {@link #resolve}). */
	private @Nullable Delegates delegates;

	ImageJsonReader() {
		super(Image.class);
	}

	/**
	 * Cached by Jackson, so it is made and resolved once per mapper rather than on every read.
	 * @return {@code true}
	 */
	@Override
	public boolean isCachable() {
		return true;
	}

	@Override
	public void resolve(DeserializationContext context) {
		this.delegates = new Delegates(context);
	}

	@Override
	public Image deserialize(JsonParser parser, DeserializationContext context) {
		String field;
		if (parser.isExpectedStartObjectToken()) {
			field = parser.nextName();
		}
		else if (parser.hasToken(JsonToken.PROPERTY_NAME)) {
			field = parser.currentName();
		}
		else {
			return (Image) context.handleUnexpectedToken(Image.class, parser);
		}
		// proto3 defaults until read; locals, not a holder object, so an image allocates only what it keeps
		String id = "";
		String folderId = "";
		Instant createdAt = null;
		String name = "";
		String description = "";
		Map<String, String> labels = Map.of();
		String family = "";
		long storageSize = 0;
		long minDiskSize = 0;
		List<String> productIds = List.of();
		Image.Status status = Image.Status.STATUS_UNSPECIFIED;
		Os os = null;
		boolean pooled = false;
		HardwareGeneration hardwareGeneration = null;
		KmsKey kmsKey = null;
		Delegates jackson = (this.delegates != null) ? this.delegates : new Delegates(context);
		for (; field != null; field = parser.nextName()) {
			if (parser.nextToken() == JsonToken.VALUE_NULL) {
				continue;
			}
			switch (field) {
				case "id" -> id = string(parser, context);
				case "folderId" -> folderId = string(parser, context);
				case "createdAt" -> createdAt = timestamp(parser, context);
				case "name" -> name = string(parser, context);
				case "description" -> description = string(parser, context);
				case "labels" -> labels = labels(parser, context);
				case "family" -> family = string(parser, context);
				case "storageSize" -> storageSize = int64(parser, context);
				case "minDiskSize" -> minDiskSize = int64(parser, context);
				case "productIds" -> productIds = strings(parser, context);
				case "status" -> status = enumValue(parser, context, STATUSES, Image.Status.UNRECOGNIZED,
						jackson.status);
				case "os" -> os = os(parser, context, jackson);
				case "pooled" -> pooled = bool(parser, context);
				case "hardwareGeneration" -> hardwareGeneration = (HardwareGeneration) jackson.hardwareGeneration
					.deserialize(parser, context);
				case "kmsKey" -> kmsKey = (KmsKey) jackson.kmsKey.deserialize(parser, context);
				default -> parser.skipChildren();
			}
		}
		return new Image(id, folderId, createdAt, name, description, labels, family, storageSize, minDiskSize,
				productIds, status, os, pooled, hardwareGeneration, kmsKey);
	}

	/** An operating system, read by hand too: nearly every image has one. */
	private static Os os(JsonParser parser, DeserializationContext context, Delegates jackson) {
		if (!parser.isExpectedStartObjectToken()) {
			return (Os) jackson.os.deserialize(parser, context);
		}
		Os.Type type = Os.Type.TYPE_UNSPECIFIED;
		Os.Nvidia nvidia = null;
		for (String field = parser.nextName(); field != null; field = parser.nextName()) {
			if (parser.nextToken() == JsonToken.VALUE_NULL) {
				continue;
			}
			switch (field) {
				case "type" -> type = enumValue(parser, context, OS_TYPES, Os.Type.UNRECOGNIZED, jackson.osType);
				case "nvidia" -> nvidia = (Os.Nvidia) jackson.nvidia.deserialize(parser, context);
				default -> parser.skipChildren();
			}
		}
		return new Os(type, nvidia);
	}

	/**
	 * An enum value by its name, compared where the parser holds it (no String made); a name this version does not
	 * know is {@code unrecognized}, as proto3 wants. A number goes to Jackson, which reads it as the ordinal.
	 */
	@SuppressWarnings("unchecked")
	private static <E extends Enum<E>> E enumValue(JsonParser parser, DeserializationContext context, E[] values,
			E unrecognized, ValueDeserializer<Object> jackson) {
		if (!parser.hasToken(JsonToken.VALUE_STRING)) {
			return (E) jackson.deserialize(parser, context);
		}
		char[] text = parser.getStringCharacters();
		int offset = parser.getStringOffset();
		int length = parser.getStringLength();
		for (E value : values) {
			if (matches(value.name(), text, offset, length)) {
				return value;
			}
		}
		return unrecognized;
	}

	private static boolean matches(String name, char[] text, int offset, int length) {
		if (name.length() != length) {
			return false;
		}
		for (int i = 0; i < length; i++) {
			if (name.charAt(i) != text[offset + i]) {
				return false;
			}
		}
		return true;
	}

	private static boolean bool(JsonParser parser, DeserializationContext context) {
		return parser.hasToken(JsonToken.VALUE_TRUE)
				|| (!parser.hasToken(JsonToken.VALUE_FALSE) && context.readValue(parser, Boolean.TYPE));
	}

	private static String string(JsonParser parser, DeserializationContext context) {
		return parser.hasToken(JsonToken.VALUE_STRING) ? parser.getString() : notNull(
				context.readValue(parser, String.class), parser, context);
	}

	private static long int64(JsonParser parser, DeserializationContext context) {
		if (parser.hasToken(JsonToken.VALUE_NUMBER_INT)) {
			return parser.getLongValue();
		}
		if (parser.hasToken(JsonToken.VALUE_STRING)) {
			// proto3 JSON writes int64 as a string: its digits are read where the parser holds them, no String made
			long value = decimal(parser.getStringCharacters(), parser.getStringOffset(), parser.getStringLength());
			if (value >= 0) {
				return value;
			}
		}
		// a negative, signed, out of range or not decimal value: Jackson's reading of a long decides, and names any
		// problem
		return context.readValue(parser, Long.TYPE);
	}

	/** Jackson's own readers, for what this one leaves to Jackson. */
	private static final class Delegates {

		final ValueDeserializer<Object> os;

		final ValueDeserializer<Object> osType;

		final ValueDeserializer<Object> nvidia;

		final ValueDeserializer<Object> status;

		final ValueDeserializer<Object> hardwareGeneration;

		final ValueDeserializer<Object> kmsKey;

		Delegates(DeserializationContext context) {
			this.os = context.findRootValueDeserializer(context.constructType(Os.class));
			this.osType = context.findRootValueDeserializer(context.constructType(Os.Type.class));
			this.nvidia = context.findRootValueDeserializer(context.constructType(Os.Nvidia.class));
			this.status = context.findRootValueDeserializer(context.constructType(Image.Status.class));
			this.hardwareGeneration = context.findRootValueDeserializer(context.constructType(HardwareGeneration.class));
			this.kmsKey = context.findRootValueDeserializer(context.constructType(KmsKey.class));
		}

	}

	/** The value of 1 to 18 decimal digits, or -1 for anything else. */
	private static long decimal(char[] text, int offset, int length) {
		if (length < 1 || length > 18) {
			return -1;
		}
		long value = 0;
		for (int i = offset; i < offset + length; i++) {
			char c = text[i];
			if (c < '0' || c > '9') {
				return -1;
			}
			value = value * 10 + (c - '0');
		}
		return value;
	}

	private static @Nullable Instant timestamp(JsonParser parser, DeserializationContext context) {
		if (parser.hasToken(JsonToken.VALUE_STRING)) {
			Instant instant = Proto3TimestampDeserializer.parse(parser.getString());
			if (instant != null) {
				return instant;
			}
		}
		return context.readValue(parser, Instant.class);
	}

	/**
	 * A JSON object of strings as an immutable map, made directly for the usual few labels; a key given twice keeps
	 * its last value, as a map does.
	 */
	@SuppressWarnings("unchecked")
	private static Map<String, String> labels(JsonParser parser, DeserializationContext context) {
		if (!parser.isExpectedStartObjectToken()) {
			return (Map<String, String>) context.handleUnexpectedToken(Map.class, parser);
		}
		String[] entries = new String[2 * FEW_LABELS];
		int count = 0;
		for (String key = parser.nextName(); key != null; key = parser.nextName()) {
			parser.nextToken();
			String value = string(parser, context);
			if (count == FEW_LABELS || contains(entries, count, key)) {
				return manyLabels(entries, count, key, value, parser, context);
			}
			entries[2 * count] = key;
			entries[2 * count + 1] = value;
			count++;
		}
		return switch (count) {
			case 0 -> Map.of();
			case 1 -> Map.of(entries[0], entries[1]);
			case 2 -> Map.of(entries[0], entries[1], entries[2], entries[3]);
			case 3 -> Map.of(entries[0], entries[1], entries[2], entries[3], entries[4], entries[5]);
			default -> Map.of(entries[0], entries[1], entries[2], entries[3], entries[4], entries[5], entries[6],
					entries[7]);
		};
	}

	private static boolean contains(String[] entries, int count, String key) {
		for (int i = 0; i < count; i++) {
			if (entries[2 * i].equals(key)) {
				return true;
			}
		}
		return false;
	}

	/** The rest of a labels object with more than a few entries, or a key given twice, through a map. */
	private static Map<String, String> manyLabels(String[] entries, int count, String key, String value,
			JsonParser parser, DeserializationContext context) {
		Map<String, String> labels = new HashMap<>();
		for (int i = 0; i < count; i++) {
			labels.put(entries[2 * i], entries[2 * i + 1]);
		}
		labels.put(key, value);
		for (String next = parser.nextName(); next != null; next = parser.nextName()) {
			parser.nextToken();
			labels.put(next, string(parser, context));
		}
		return Map.copyOf(labels);
	}

	/** A JSON array of strings as an immutable list. */
	@SuppressWarnings("unchecked")
	private static List<String> strings(JsonParser parser, DeserializationContext context) {
		if (!parser.isExpectedStartArrayToken()) {
			return (List<String>) context.handleUnexpectedToken(List.class, parser);
		}
		List<String> strings = new ArrayList<>(2);
		while (parser.nextToken() != JsonToken.END_ARRAY) {
			strings.add(string(parser, context));
		}
		return List.copyOf(strings);
	}

	/** A null inside a map or list: proto3 has no null elements, and the record's collections take none. */
	private static String notNull(@Nullable String value, JsonParser parser, DeserializationContext context) {
		if (value == null) {
			return (String) context.reportInputMismatch(String.class, "null is not a value of a map or list entry"
					+ " in proto3 JSON (at %s)", parser.currentTokenLocation());
		}
		return value;
	}

}
