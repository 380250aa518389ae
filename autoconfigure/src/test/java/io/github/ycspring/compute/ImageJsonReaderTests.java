package io.github.ycspring.compute;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import com.google.protobuf.Timestamp;
import com.google.protobuf.util.JsonFormat;
import io.github.ycspring.internal.json.ProtoJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.json.JsonMapper;
import yandex.cloud.api.compute.v1.HardwareGenerationOuterClass;
import yandex.cloud.api.compute.v1.ImageOuterClass;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The hand-written reader of {@link Image} reads every input exactly as Jackson's generic record binding (with the
 * same proto3 settings) reads it: images printed by protobuf's own {@code JsonFormat} from random official
 * messages, and the edge cases of proto3 JSON. Where the generic binding fails, the reader fails too, with a
 * Jackson exception.
 */
class ImageJsonReaderTests {

	/** The same mapper with the reader taken off Image: Jackson's own binding of the record. */
	private static final JsonMapper GENERIC = ProtoJson.mapper()
		.rebuild()
		.addMixIn(Image.class, GenericBinding.class)
		.build();

	@Test
	void readsWhatJsonFormatPrintsForRandomOfficialImagesAsTheGenericBindingDoes() throws Exception {
		SplittableRandom random = new SplittableRandom(7);
		for (int i = 0; i < 500; i++) {
			String json = JsonFormat.printer().print(randomImage(random, i));
			Image read = ProtoJson.mapper().readValue(json, Image.class);
			assertThat(read).as(json).isEqualTo(GENERIC.readValue(json, Image.class));
			assertThat(read.id()).isEqualTo("fd8" + i);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "unknown", "id", "labels" })
	void readsFromAFieldNameAsFromTheObjectStartAsTheGenericBindingDoes(String first) {
		// Jackson hands a reader the object at its first field name when it has read the start itself
		String json = "{\"" + first + "\":{},\"name\":\"n\",\"folderId\":\"f\"}".replace("{}",
				first.equals("id") ? "\"fd8x\"" : "{}");
		assertThat(readFromFirstName(ProtoJson.mapper(), json)).isEqualTo(readFromFirstName(GENERIC, json))
			.extracting(Image::name, Image::folderId)
			.containsExactly("n", "f");
	}

	private static Image readFromFirstName(JsonMapper mapper, String json) {
		try (JsonParser parser = mapper.createParser(json)) {
			parser.nextToken();
			assertThat(parser.nextToken()).isEqualTo(JsonToken.PROPERTY_NAME);
			return mapper.readValue(parser, Image.class);
		}
	}

	@Test
	void imagesOfOneFolderShareOneFolderIdStringAndTheUsualSmallValues() {
		Image[] images = ProtoJson.mapper()
			.readValue("[{\"folderId\":\"b1gshared\",\"os\":{\"type\":\"LINUX\"},\"hardwareGeneration\":"
					+ "{\"generation2Features\":{}}},{\"folderId\":\"b1gshared\",\"os\":{\"type\":\"LINUX\"},"
					+ "\"hardwareGeneration\":{\"generation2Features\":{}}},{\"folderId\":\"b1gother\"}]",
					Image[].class);
		assertThat(images[1].folderId()).isEqualTo("b1gshared").isSameAs(images[0].folderId());
		assertThat(images[1].os()).isSameAs(images[0].os());
		assertThat(images[1].hardwareGeneration()).isSameAs(images[0].hardwareGeneration());
		assertThat(images[2].folderId()).isEqualTo("b1gother");
	}

	@ParameterizedTest
	@ValueSource(strings = { "{}", "{\"id\":null,\"labels\":null,\"productIds\":null,\"status\":null,\"pooled\":null}",
			"{\"storageSize\":\"4398046511104\",\"minDiskSize\":4398046511104}",
			"{\"status\":\"MIGRATING\",\"os\":{\"type\":\"BSD\"},\"hardwareGeneration\":{\"generation3Features\":{}}}",
			"{\"status\":2,\"os\":{\"type\":1}}", "{\"labels\":{\"a\":\"1\",\"b\":\"2\",\"a\":\"3\"}}",
			"{\"labels\":{\"a\":\"1\",\"b\":\"2\",\"c\":\"3\",\"d\":\"4\",\"e\":\"5\",\"f\":\"6\"}}",
			"{\"labels\":{}}", "{\"labels\":{\"\":\"e\",\"a\":\"1\"}}", "{\"labels\":{\"a\":\"1\",\"\":\"2\"}}",
			"{\"labels\":{\"a\":\"1\",\"b\":\"2\",\"c\":\"3\",\"d\":\"4\"}}", "{\"productIds\":[]}", "{\"productIds\":[\"a\",\"b\",\"c\"]}",
			"{\"unknown\":{\"deep\":[1,{\"x\":null}]},\"id\":\"fd8x\",\"more\":[[]],\"last\":true}",
			"{\"createdAt\":\"2023-11-15T01:13:20.5+03:00\",\"pooled\":true}", "{\"pooled\":false}",
			"{\"name\":42,\"description\":true}", "{\"kmsKey\":{\"keyId\":\"k\",\"versionId\":\"v\"}}",
			"{\"os\":{\"type\":\"LINUX\",\"nvidia\":{\"driver\":\"535\"}}}",
			"{\"os\":{\"nvidia\":{\"driver\":null,\"other\":{\"a\":[1]}}}}", "{\"os\":{\"nvidia\":{}}}",
			"{\"kmsKey\":{\"keyId\":null,\"more\":[{}],\"versionId\":7}}", "{\"kmsKey\":{}}",
			"{\"hardwareGeneration\":{\"legacyFeatures\":{\"pciTopology\":\"PCI_TOPOLOGY_V2\"}}}",
			"{\"hardwareGeneration\":{\"legacyFeatures\":{\"pciTopology\":1,\"extra\":[1]},\"more\":{}}}",
			"{\"hardwareGeneration\":{\"legacyFeatures\":{\"pciTopology\":\"PCI_TOPOLOGY_V9\"}}}",
			"{\"hardwareGeneration\":{\"legacyFeatures\":{},\"generation2Features\":{\"x\":{\"y\":1}}}}",
			"{\"hardwareGeneration\":{\"legacyFeatures\":null,\"generation2Features\":null}}",
			"{\"hardwareGeneration\":{\"legacyFeatures\":{\"pciTopology\":null}}}", "{\"hardwareGeneration\":{}}" })
	void readsEdgeCasesAsTheGenericBindingDoes(String json) throws Exception {
		assertThat(ProtoJson.mapper().readValue(json, Image.class)).isEqualTo(GENERIC.readValue(json, Image.class));
	}

	@ParameterizedTest
	@ValueSource(strings = { "[]", "{\"storageSize\":\"big\"}", "{\"createdAt\":\"yesterday\"}", "{\"labels\":[1]}",
			"{\"labels\":{\"a\":null}}", "{\"productIds\":[null]}", "{\"productIds\":\"a\"}", "{\"id\":{}}",
			"{\"pooled\":\"maybe\"}", "{\"storageSize\":1.5e400}", "{\"hardwareGeneration\":[]}",
			"{\"hardwareGeneration\":{\"legacyFeatures\":\"x\"}}",
			"{\"hardwareGeneration\":{\"legacyFeatures\":{\"pciTopology\":{}}}}", "{\"kmsKey\":\"k\"}",
			"{\"kmsKey\":{\"keyId\":{}}}", "{\"os\":{\"nvidia\":[]}}", "{\"os\":{\"nvidia\":{\"driver\":[]}}}" })
	void failsWithAJacksonExceptionWhereTheGenericBindingFails(String json) {
		assertThatExceptionOfType(JacksonException.class).isThrownBy(() -> GENERIC.readValue(json, Image.class));
		assertThatExceptionOfType(JacksonException.class)
			.isThrownBy(() -> ProtoJson.mapper().readValue(json, Image.class));
	}

	private static ImageOuterClass.Image randomImage(SplittableRandom random, int index) {
		ImageOuterClass.Image.Builder image = ImageOuterClass.Image.newBuilder().setId("fd8" + index);
		if (random.nextBoolean()) {
			image.setFolderId("b1g" + random.nextInt(1000)).setName("image-" + index).setFamily("family-" + index % 7);
		}
		if (random.nextBoolean()) {
			image.setCreatedAt(Timestamp.newBuilder()
				.setSeconds(random.nextLong(0, 4_000_000_000L))
				.setNanos((random.nextInt(3) == 0) ? 0 : random.nextInt(1_000_000_000)));
		}
		if (random.nextBoolean()) {
			image.setDescription("a \"quoted\" description\nwith ünïcode " + random.nextInt());
		}
		for (int i = random.nextInt(7); i > 0; i--) {
			image.putLabels("key" + random.nextInt(10), "value" + random.nextInt(100));
		}
		image.setStorageSize(random.nextLong(0, Long.MAX_VALUE)).setMinDiskSize(random.nextInt(3) * (1L << 40));
		List<String> products = new ArrayList<>();
		for (int i = random.nextInt(3); i > 0; i--) {
			products.add("f2e" + random.nextInt(100));
		}
		image.addAllProductIds(products);
		image.setStatusValue(random.nextInt(5));
		if (random.nextBoolean()) {
			image.setOs(ImageOuterClass.Os.newBuilder().setTypeValue(random.nextInt(3)));
		}
		image.setPooled(random.nextBoolean());
		if (random.nextBoolean()) {
			image.setHardwareGeneration(HardwareGenerationOuterClass.HardwareGeneration.newBuilder()
				.setLegacyFeatures(HardwareGenerationOuterClass.LegacyHardwareFeatures.newBuilder()
					.setPciTopologyValue(random.nextInt(3))));
		}
		return image.build();
	}

	@JsonDeserialize(using = ValueDeserializer.None.class)
	private interface GenericBinding {

	}

}
