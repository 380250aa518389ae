package io.github.ycspring.compute;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.github.ycspring.internal.json.DecimalDigits;
import io.github.ycspring.internal.json.Proto3TimestampDeserializer;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.Named;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads an {@link Image} from proto3 JSON token by token: each field name matched against the image's fields where
 * the parser holds it (no {@code String} made, no symbol table), values read straight from the parser (int64 digits,
 * enum names and timestamps read where the parser holds them), the usual few labels made directly into the immutable
 * map the record keeps (so its constructor copies nothing), the operating system and hardware generation read by
 * hand too and their usual values shared. Jackson's generic record binding looks every property up in a map,
 * buffers the values and copies the collections, which made up about a third of the time to decode a page of
 * images, and its binding of the hardware generation's small records another fifth.
 * <p>
 * It reads exactly what the generic binding reads (a test holds both to the same answers): unknown fields are
 * skipped, {@code null} is the field's default, int64 may be a string or a number, unknown enum names are
 * {@code UNRECOGNIZED}. What is rare (a nested message of an unusual shape, a value of an unexpected type) goes to
 * Jackson's own deserializers, so its errors are Jackson's too.
 */
final class ImageJsonReader extends StdDeserializer<Image> {

	/**
	 * The fields of an image, in the order of their numbers in the proto (the order the API writes them), each at the
	 * index its constant below names. The parser matches a name against them where it lies in the input, without
	 * making a {@code String} of it or looking it up in its symbol table.
	 */
	private static final List<String> FIELDS = List.of("id", "folderId", "createdAt", "name", "description", "labels",
			"family", "storageSize", "minDiskSize", "productIds", "status", "os", "pooled", "hardwareGeneration",
			"kmsKey");

	private static final int ID = 0;

	private static final int FOLDER_ID = 1;

	private static final int CREATED_AT = 2;

	private static final int NAME = 3;

	private static final int DESCRIPTION = 4;

	private static final int LABELS = 5;

	private static final int FAMILY = 6;

	private static final int STORAGE_SIZE = 7;

	private static final int MIN_DISK_SIZE = 8;

	private static final int PRODUCT_IDS = 9;

	private static final int STATUS = 10;

	private static final int OS = 11;

	private static final int POOLED = 12;

	private static final int HARDWARE_GENERATION = 13;

	private static final int KMS_KEY = 14;

	/** Labels up to this many are made into a map without a map in between. */
	private static final int FEW_LABELS = 4;

	// values() makes a new array on every call
	private static final Image.Status[] STATUSES = Image.Status.values();

	private static final Os.Type[] OS_TYPES = Os.Type.values();

	private static final HardwareGeneration.PciTopology[] PCI_TOPOLOGIES = HardwareGeneration.PciTopology.values();

	// The small values nearly every image has, one instance each: records are values, so images may share them.

	private static final Os[] OS_WITHOUT_DRIVER = Arrays.stream(OS_TYPES)
		.map((type) -> new Os(type, null))
		.toArray(Os[]::new);

	private static final HardwareGeneration.LegacyFeatures[] LEGACY_FEATURES = Arrays.stream(PCI_TOPOLOGIES)
		.map(HardwareGeneration.LegacyFeatures::new)
		.toArray(HardwareGeneration.LegacyFeatures[]::new);

	private static final HardwareGeneration[] LEGACY = Arrays.stream(LEGACY_FEATURES)
		.map((features) -> new HardwareGeneration(features, null))
		.toArray(HardwareGeneration[]::new);

	private static final HardwareGeneration.Generation2Features GENERATION_2_FEATURES =
			new HardwareGeneration.Generation2Features();

	private static final HardwareGeneration GENERATION_2 = new HardwareGeneration(null, GENERATION_2_FEATURES);

	/**
	 * The folder id last read, by any thread. Not volatile: a {@code String} is safely published through its final
	 * fields, so whatever value a thread sees is a whole string, and a stale one only costs a comparison.
	 */
	private String lastFolderId = "";

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
		Delegates jackson = (this.delegates != null) ? this.delegates : new Delegates(context);
		int field;
		if (parser.isExpectedStartObjectToken()) {
			field = parser.nextNameMatch(jackson.fields);
		}
		else if (parser.hasToken(JsonToken.PROPERTY_NAME)) {
			field = jackson.fields.matchName(parser.currentName());
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
		for (; field != PropertyNameMatcher.MATCH_END_OBJECT; field = parser.nextNameMatch(jackson.fields)) {
			if (field == PropertyNameMatcher.MATCH_ODD_TOKEN) {
				return (Image) context.handleUnexpectedToken(Image.class, parser);
			}
			if (parser.nextToken() == JsonToken.VALUE_NULL) {
				continue;
			}
			switch (field) {
				case ID -> id = string(parser, context);
				case FOLDER_ID -> folderId = folderId(parser, context);
				case CREATED_AT -> createdAt = timestamp(parser, context);
				case NAME -> name = string(parser, context);
				case DESCRIPTION -> description = string(parser, context);
				case LABELS -> labels = labels(parser, context);
				case FAMILY -> family = string(parser, context);
				case STORAGE_SIZE -> storageSize = int64(parser, context);
				case MIN_DISK_SIZE -> minDiskSize = int64(parser, context);
				case PRODUCT_IDS -> productIds = strings(parser, context);
				case STATUS -> status = enumValue(parser, context, STATUSES, Image.Status.UNRECOGNIZED, jackson.status);
				case OS -> os = os(parser, context, jackson);
				case POOLED -> pooled = bool(parser, context);
				case HARDWARE_GENERATION -> hardwareGeneration = hardwareGeneration(parser, context, jackson);
				case KMS_KEY -> kmsKey = kmsKey(parser, context, jackson);
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
				case "nvidia" -> nvidia = nvidia(parser, context, jackson);
				default -> parser.skipChildren();
			}
		}
		return (nvidia == null) ? OS_WITHOUT_DRIVER[type.ordinal()] : new Os(type, nvidia);
	}

	private static Os.Nvidia nvidia(JsonParser parser, DeserializationContext context, Delegates jackson) {
		if (!parser.isExpectedStartObjectToken()) {
			return (Os.Nvidia) jackson.nvidia.deserialize(parser, context);
		}
		String driver = "";
		for (String field = parser.nextName(); field != null; field = parser.nextName()) {
			if (parser.nextToken() == JsonToken.VALUE_NULL) {
				continue;
			}
			if (field.equals("driver")) {
				driver = string(parser, context);
			}
			else {
				parser.skipChildren();
			}
		}
		return new Os.Nvidia(driver);
	}

	private static KmsKey kmsKey(JsonParser parser, DeserializationContext context, Delegates jackson) {
		if (!parser.isExpectedStartObjectToken()) {
			return (KmsKey) jackson.kmsKey.deserialize(parser, context);
		}
		String keyId = "";
		String versionId = "";
		for (String field = parser.nextName(); field != null; field = parser.nextName()) {
			if (parser.nextToken() == JsonToken.VALUE_NULL) {
				continue;
			}
			switch (field) {
				case "keyId" -> keyId = string(parser, context);
				case "versionId" -> versionId = string(parser, context);
				default -> parser.skipChildren();
			}
		}
		return new KmsKey(keyId, versionId);
	}

	/**
	 * A hardware generation, read by hand too: Jackson's generic binding of its three small records and their enum
	 * took about a fifth of the time to decode a page of images.
	 */
	private static HardwareGeneration hardwareGeneration(JsonParser parser, DeserializationContext context,
			Delegates jackson) {
		if (!parser.isExpectedStartObjectToken()) {
			return (HardwareGeneration) jackson.hardwareGeneration.deserialize(parser, context);
		}
		HardwareGeneration.LegacyFeatures legacyFeatures = null;
		HardwareGeneration.Generation2Features generation2Features = null;
		for (String field = parser.nextName(); field != null; field = parser.nextName()) {
			if (parser.nextToken() == JsonToken.VALUE_NULL) {
				continue;
			}
			switch (field) {
				case "legacyFeatures" -> legacyFeatures = legacyFeatures(parser, context, jackson);
				case "generation2Features" -> generation2Features = generation2Features(parser, context, jackson);
				default -> parser.skipChildren();
			}
		}
		if (generation2Features == null && legacyFeatures != null) {
			return LEGACY[legacyFeatures.pciTopology().ordinal()];
		}
		if (legacyFeatures == null && generation2Features != null) {
			return GENERATION_2;
		}
		return new HardwareGeneration(legacyFeatures, generation2Features);
	}

	private static HardwareGeneration.LegacyFeatures legacyFeatures(JsonParser parser, DeserializationContext context,
			Delegates jackson) {
		if (!parser.isExpectedStartObjectToken()) {
			return (HardwareGeneration.LegacyFeatures) jackson.legacyFeatures.deserialize(parser, context);
		}
		HardwareGeneration.PciTopology pciTopology = HardwareGeneration.PciTopology.PCI_TOPOLOGY_UNSPECIFIED;
		for (String field = parser.nextName(); field != null; field = parser.nextName()) {
			if (parser.nextToken() == JsonToken.VALUE_NULL) {
				continue;
			}
			if (field.equals("pciTopology")) {
				pciTopology = enumValue(parser, context, PCI_TOPOLOGIES, HardwareGeneration.PciTopology.UNRECOGNIZED,
						jackson.pciTopology);
			}
			else {
				parser.skipChildren();
			}
		}
		return LEGACY_FEATURES[pciTopology.ordinal()];
	}

	/** Generation 2 features: a message without fields, whose unknown fields are skipped. */
	private static HardwareGeneration.Generation2Features generation2Features(JsonParser parser,
			DeserializationContext context, Delegates jackson) {
		if (!parser.isExpectedStartObjectToken()) {
			return (HardwareGeneration.Generation2Features) jackson.generation2Features.deserialize(parser, context);
		}
		parser.skipChildren();
		return GENERATION_2_FEATURES;
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

	/**
	 * A folder id, shared with the image read before when it is the same: a list is of one folder's images, so one
	 * {@code String} serves the whole list (and a caller that keeps its images keeps one copy).
	 */
	private String folderId(JsonParser parser, DeserializationContext context) {
		String last = this.lastFolderId;
		if (parser.hasToken(JsonToken.VALUE_STRING)
				&& matches(last, parser.getStringCharacters(), parser.getStringOffset(), parser.getStringLength())) {
			return last;
		}
		String folderId = string(parser, context);
		this.lastFolderId = folderId;
		return folderId;
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
			long value = DecimalDigits.value(parser.getStringCharacters(), parser.getStringOffset(),
					parser.getStringLength());
			if (value >= 0) {
				return value;
			}
		}
		// a negative, signed, out of range or not decimal value: Jackson's reading of a long decides, and names any
		// problem
		return context.readValue(parser, Long.TYPE);
	}

	/** Jackson's own readers, for what this one leaves to Jackson, and the matcher of the image's field names. */
	private static final class Delegates {

		final PropertyNameMatcher fields;

		final ValueDeserializer<Object> os;

		final ValueDeserializer<Object> osType;

		final ValueDeserializer<Object> nvidia;

		final ValueDeserializer<Object> status;

		final ValueDeserializer<Object> hardwareGeneration;

		final ValueDeserializer<Object> legacyFeatures;

		final ValueDeserializer<Object> generation2Features;

		final ValueDeserializer<Object> pciTopology;

		final ValueDeserializer<Object> kmsKey;

		Delegates(DeserializationContext context) {
			this.fields = context.tokenStreamFactory()
				.constructNameMatcher(FIELDS.stream().map(Named::fromString).toList(), true);
			this.os = context.findRootValueDeserializer(context.constructType(Os.class));
			this.osType = context.findRootValueDeserializer(context.constructType(Os.Type.class));
			this.nvidia = context.findRootValueDeserializer(context.constructType(Os.Nvidia.class));
			this.status = context.findRootValueDeserializer(context.constructType(Image.Status.class));
			this.hardwareGeneration = context.findRootValueDeserializer(context.constructType(HardwareGeneration.class));
			this.legacyFeatures = context
				.findRootValueDeserializer(context.constructType(HardwareGeneration.LegacyFeatures.class));
			this.generation2Features = context
				.findRootValueDeserializer(context.constructType(HardwareGeneration.Generation2Features.class));
			this.pciTopology = context
				.findRootValueDeserializer(context.constructType(HardwareGeneration.PciTopology.class));
			this.kmsKey = context.findRootValueDeserializer(context.constructType(KmsKey.class));
		}

	}

	private static @Nullable Instant timestamp(JsonParser parser, DeserializationContext context) {
		if (parser.hasToken(JsonToken.VALUE_STRING)) {
			Instant instant = Proto3TimestampDeserializer.parse(parser);
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
		// the entries in locals rather than an array, so that the JIT keeps them in registers: an array here was
		// 48 bytes of every image; an unset entry is "", which can only send an empty key the general way
		String k0 = "";
		String v0 = "";
		String k1 = "";
		String v1 = "";
		String k2 = "";
		String v2 = "";
		String k3 = "";
		String v3 = "";
		int count = 0;
		for (String key = parser.nextName(); key != null; key = parser.nextName()) {
			parser.nextToken();
			String value = string(parser, context);
			if (count == FEW_LABELS || key.equals(k0) || key.equals(k1) || key.equals(k2) || key.equals(k3)) {
				return manyLabels(new String[] { k0, v0, k1, v1, k2, v2, k3, v3 }, count, key, value, parser,
						context);
			}
			switch (count++) {
				case 0 -> {
					k0 = key;
					v0 = value;
				}
				case 1 -> {
					k1 = key;
					v1 = value;
				}
				case 2 -> {
					k2 = key;
					v2 = value;
				}
				default -> {
					k3 = key;
					v3 = value;
				}
			}
		}
		return switch (count) {
			case 0 -> Map.of();
			case 1 -> Map.of(k0, v0);
			case 2 -> Map.of(k0, v0, k1, v1);
			case 3 -> Map.of(k0, v0, k1, v1, k2, v2);
			default -> Map.of(k0, v0, k1, v1, k2, v2, k3, v3);
		};
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

	/** A JSON array of strings as an immutable list; the usual one string (a product id) without a list between. */
	@SuppressWarnings("unchecked")
	private static List<String> strings(JsonParser parser, DeserializationContext context) {
		if (!parser.isExpectedStartArrayToken()) {
			return (List<String>) context.handleUnexpectedToken(List.class, parser);
		}
		if (parser.nextToken() == JsonToken.END_ARRAY) {
			return List.of();
		}
		String first = string(parser, context);
		if (parser.nextToken() == JsonToken.END_ARRAY) {
			return List.of(first);
		}
		List<String> strings = new ArrayList<>(4);
		strings.add(first);
		do {
			strings.add(string(parser, context));
		}
		while (parser.nextToken() != JsonToken.END_ARRAY);
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
