package io.github.ycspring.internal.json;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.github.ycspring.compute.Image;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.exc.MismatchedInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The items of a page read as Jackson's own list reading reads them, whatever the sizes of the pages before, and a
 * {@code null} item, which proto3 JSON has none of, fails naming where it is.
 */
class PageItemsDeserializerTests {

	@Test
	void readsEveryItemInOrderWhateverTheSizesOfThePagesBefore() {
		// growing, shrinking, empty, and past the largest page the API allows
		for (int size : new int[] { 3, 1000, 7, 0, 1, 1500, 999 }) {
			String json = pageOf(size);
			List<Image> items = ProtoJson.mapper().readValue(json, ImagesPage.class).items();
			assertThat(items).as("page of %d", size)
				.isEqualTo(ProtoJson.mapper().readValue(json, JacksonsPage.class).items())
				.extracting(Image::id)
				.containsExactlyElementsOf(IntStream.range(0, size).mapToObj((i) -> "fd8image" + i).toList());
		}
	}

	@Test
	void anAbsentListIsNullForThePageRecordToDefault() {
		assertThat(ProtoJson.mapper().readValue("{\"nextPageToken\":\"t\"}", ImagesPage.class).items()).isNull();
		assertThat(ProtoJson.mapper().readValue("{\"items\":null}", ImagesPage.class).items()).isNull();
	}

	@Test
	void aNullItemFailsNamingWhereItIs() {
		assertThatExceptionOfType(MismatchedInputException.class)
			.isThrownBy(() -> ProtoJson.mapper().readValue("{\"items\":[{\"id\":\"a\"},null]}", ImagesPage.class))
			.withMessageContaining("null is not an item of a list")
			.withMessageContaining("(item 1)")
			.withMessageContaining("[\"items\"]");
	}

	@Test
	void whatIsNoListFailsAsJacksonsListReadingFails() {
		assertThatExceptionOfType(MismatchedInputException.class)
			.isThrownBy(() -> ProtoJson.mapper().readValue("{\"items\":{\"id\":\"a\"}}", ImagesPage.class))
			.withMessageContaining("List");
	}

	private static String pageOf(int size) {
		return IntStream.range(0, size)
			.mapToObj((i) -> "{\"id\":\"fd8image" + i + "\",\"name\":\"n" + i + "\",\"storageSize\":\"" + i + "\"}")
			.collect(Collectors.joining(",", "{\"items\":[", "],\"nextPageToken\":\"next\"}"));
	}

	record ImagesPage(@JsonDeserialize(using = PageItemsDeserializer.class) @Nullable List<Image> items,
			@Nullable String nextPageToken) {
	}

	record JacksonsPage(@Nullable List<Image> items, @Nullable String nextPageToken) {
	}

}
