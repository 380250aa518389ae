package io.github.ycspring.emulator;

import java.util.Comparator;
import java.util.Locale;
import java.util.Map;

/** The {@code orderBy} of an image list: {@code <field> [asc|desc]}, {@code id asc} by default. */
final class ImageOrder {

	private static final Comparator<EmulatedImage> BY_ID = Comparator.comparing(EmulatedImage::id);

	private static final Map<String, Comparator<EmulatedImage>> FIELDS = Map.of("id", BY_ID, "name",
			Comparator.comparing(EmulatedImage::name), "createdAt", Comparator.comparing(EmulatedImage::createdAt),
			"created_at", Comparator.comparing(EmulatedImage::createdAt));

	private ImageOrder() {
	}

	/** The order; ties are broken by id so pages are stable. */
	static Comparator<EmulatedImage> parse(String orderBy) {
		if (orderBy.isBlank()) {
			return BY_ID;
		}
		String[] words = orderBy.trim().split("\\s+");
		Comparator<EmulatedImage> field = FIELDS.get(words[0]);
		if (field == null || words.length > 2) {
			throw ApiException.invalidArgument("Invalid order_by \"" + orderBy + "\": expected one of "
					+ FIELDS.keySet() + " followed by asc or desc");
		}
		String direction = (words.length == 2) ? words[1].toLowerCase(Locale.ROOT) : "asc";
		return switch (direction) {
			case "asc" -> field.thenComparing(BY_ID);
			case "desc" -> field.reversed().thenComparing(BY_ID);
			default -> throw ApiException.invalidArgument("Invalid order_by \"" + orderBy
					+ "\": direction must be asc or desc");
		};
	}

}
