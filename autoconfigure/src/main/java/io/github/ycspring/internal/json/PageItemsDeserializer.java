package io.github.ycspring.internal.json;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads the items of a List answer's page into a list made large enough for the largest page this property has read
 * (up to the API's largest page, 1000), instead of Jackson's list that starts at 10 and grows by half: for a page of
 * 1000 that was 13 arrays holding 3.7 times the references, the largest part of what a page cost beyond its items.
 * Named by {@code @JsonDeserialize(using = ...)} on the items of a page record; the list it returns is the page's
 * own, handed on item by item, never changed.
 * <p>
 * It reads what Jackson's list reading reads, but for {@code null} items, which proto3 JSON has none of and which
 * are refused here, naming where.
 */
public final class PageItemsDeserializer extends StdDeserializer<List<Object>> {

	/** The largest page size the API allows; a larger answer still reads, into a list that grows. */
	private static final int LARGEST_PAGE = 1000;

	private final @Nullable ValueDeserializer<Object> items;

	/**
	 * The largest page read so far: pages of one list are all of its page size but the last. Read and written
	 * without synchronization: a stale value only sizes one list less well.
	 */
	private int largestPage = 10;

	/**
	 * The reader as {@code @JsonDeserialize} makes it; Jackson then makes one for the property it is on.
	 */
	public PageItemsDeserializer() {
		this(null);
	}

	private PageItemsDeserializer(@Nullable ValueDeserializer<Object> items) {
		super(List.class);
		this.items = items;
	}

	@Override
	public ValueDeserializer<?> createContextual(DeserializationContext context, @Nullable BeanProperty property) {
		JavaType itemType = (property != null) ? property.getType().getContentType() : null;
		if (itemType == null) {
			return context.reportBadDefinition(List.class,
					PageItemsDeserializer.class.getSimpleName() + " reads only a property of a List type");
		}
		return new PageItemsDeserializer(context.findContextualValueDeserializer(itemType, property));
	}

	@Override
	@SuppressWarnings("unchecked")
	public List<Object> deserialize(JsonParser parser, DeserializationContext context) {
		ValueDeserializer<Object> reader = this.items;
		if (reader == null) {
			return context.reportBadDefinition(List.class, "not made contextual");
		}
		if (!parser.isExpectedStartArrayToken()) {
			return (List<Object>) context.handleUnexpectedToken(List.class, parser);
		}
		List<Object> page = new ArrayList<>(this.largestPage);
		while (parser.nextToken() != JsonToken.END_ARRAY) {
			if (parser.hasToken(JsonToken.VALUE_NULL)) {
				return context.reportInputMismatch(this, "null is not an item of a list in proto3 JSON (item %d)",
						page.size());
			}
			page.add(reader.deserialize(parser, context));
		}
		if (page.size() > this.largestPage && page.size() <= LARGEST_PAGE) {
			this.largestPage = page.size();
		}
		return page;
	}

}
