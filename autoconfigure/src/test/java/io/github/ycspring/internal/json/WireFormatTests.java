package io.github.ycspring.internal.json;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.google.protobuf.Any;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import com.google.protobuf.Timestamp;
import com.google.protobuf.util.JsonFormat;
import io.github.ycspring.compute.HardwareGeneration;
import io.github.ycspring.compute.Image;
import io.github.ycspring.compute.ImageOperationMetadata;
import io.github.ycspring.compute.Os;
import io.github.ycspring.operation.Operation;
import org.junit.jupiter.api.Test;
import yandex.cloud.api.compute.v1.HardwareGenerationOuterClass;
import yandex.cloud.api.compute.v1.ImageOuterClass;
import yandex.cloud.api.compute.v1.ImageServiceOuterClass;
import yandex.cloud.api.operation.OperationOuterClass;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Our models read what protobuf's own JsonFormat writes for the official messages.
 */
class WireFormatTests {

	private static final JsonFormat.TypeRegistry TYPES = JsonFormat.TypeRegistry.newBuilder()
		.add(ImageOuterClass.Image.getDescriptor())
		.add(ImageServiceOuterClass.CreateImageMetadata.getDescriptor())
		.build();

	private static String print(Message message) throws Exception {
		return JsonFormat.printer().usingTypeRegistry(TYPES).print(message);
	}

	static ImageOuterClass.Image fullImage() {
		return ImageOuterClass.Image.newBuilder()
			.setId("fd8abcdefghijklmnopq")
			.setFolderId("b1gfolder")
			.setCreatedAt(Timestamp.newBuilder().setSeconds(1_700_000_000L).setNanos(123_456_789))
			.setName("ubuntu-2204")
			.setDescription("Ubuntu 22.04 LTS")
			.putLabels("env", "prod")
			.putLabels("team", "core")
			.setFamily("ubuntu-2204-lts")
			.setStorageSize(4_521_459_712L)
			.setMinDiskSize(5_368_709_120L)
			.addProductIds("f2e1")
			.setStatus(ImageOuterClass.Image.Status.READY)
			.setOs(ImageOuterClass.Os.newBuilder().setType(ImageOuterClass.Os.Type.LINUX))
			.setPooled(true)
			.setHardwareGeneration(HardwareGenerationOuterClass.HardwareGeneration.newBuilder()
				.setLegacyFeatures(HardwareGenerationOuterClass.LegacyHardwareFeatures.newBuilder()
					.setPciTopology(HardwareGenerationOuterClass.PCITopology.PCI_TOPOLOGY_V2)))
			.build();
	}

	@Test
	void readsEveryFieldOfAnImageAsJsonFormatPrintsIt() throws Exception {
		String json = print(fullImage());
		assertThat(json).contains("\"storageSize\": \"4521459712\"").contains(".123456789Z");
		Image image = ProtoJson.mapper().readValue(json, Image.class);
		assertThat(image.id()).isEqualTo("fd8abcdefghijklmnopq");
		assertThat(image.folderId()).isEqualTo("b1gfolder");
		assertThat(image.createdAt()).isEqualTo(Instant.ofEpochSecond(1_700_000_000L, 123_456_789));
		assertThat(image.labels()).containsExactlyInAnyOrderEntriesOf(Map.of("env", "prod", "team", "core"));
		assertThat(image.family()).isEqualTo("ubuntu-2204-lts");
		assertThat(image.storageSize()).isEqualTo(4_521_459_712L);
		assertThat(image.minDiskSize()).isEqualTo(5_368_709_120L);
		assertThat(image.productIds()).containsExactly("f2e1");
		assertThat(image.status()).isEqualTo(Image.Status.READY);
		assertThat(image.os()).isEqualTo(Os.of(Os.Type.LINUX));
		assertThat(image.pooled()).isTrue();
		assertThat(image.hardwareGeneration())
			.isEqualTo(HardwareGeneration.legacy(HardwareGeneration.PciTopology.PCI_TOPOLOGY_V2));
	}

	@Test
	void anImageHasExactlyTheFieldsOfTheOfficialMessage() {
		List<String> official = ImageOuterClass.Image.getDescriptor()
			.getFields()
			.stream()
			.map(FieldDescriptor::getJsonName)
			.toList();
		List<String> ours = Arrays.stream(Image.class.getRecordComponents())
			.map(RecordComponent::getName)
			.toList();
		assertThat(ours).containsExactlyInAnyOrderElementsOf(official);
	}

	@Test
	void readsOmittedDefaultsAsProto3Defaults() throws Exception {
		String json = print(ImageOuterClass.Image.newBuilder().setId("fd8x").build());
		assertThat(json).doesNotContain("status").doesNotContain("labels");
		Image image = ProtoJson.mapper().readValue(json, Image.class);
		assertThat(image.name()).isEmpty();
		assertThat(image.description()).isEmpty();
		assertThat(image.labels()).isEmpty();
		assertThat(image.productIds()).isEmpty();
		assertThat(image.storageSize()).isZero();
		assertThat(image.pooled()).isFalse();
		assertThat(image.status()).isEqualTo(Image.Status.STATUS_UNSPECIFIED);
		assertThat(image.createdAt()).isNull();
		assertThat(image.os()).isNull();
		assertThat(image.hardwareGeneration()).isNull();
		assertThat(image.kmsKey()).isNull();
	}

	@Test
	void readsTimestampsWithZeroToNineFractionalDigitsAndOffsets() throws Exception {
		Map<String, Instant> cases = Map.of("2023-11-14T22:13:20Z", Instant.ofEpochSecond(1_700_000_000L),
				"2023-11-14T22:13:20.123Z", Instant.ofEpochSecond(1_700_000_000L, 123_000_000),
				"2023-11-14T22:13:20.123456Z", Instant.ofEpochSecond(1_700_000_000L, 123_456_000),
				"2023-11-14T22:13:20.123456789Z", Instant.ofEpochSecond(1_700_000_000L, 123_456_789),
				"2023-11-15T01:13:20.5+03:00", Instant.ofEpochSecond(1_700_000_000L, 500_000_000));
		for (Map.Entry<String, Instant> entry : cases.entrySet()) {
			Image image = ProtoJson.mapper().readValue("{\"createdAt\":\"" + entry.getKey() + "\"}", Image.class);
			assertThat(image.createdAt()).as(entry.getKey()).isEqualTo(entry.getValue());
		}
	}

	@Test
	void readsInt64AsStringOrNumber() throws Exception {
		assertThat(ProtoJson.mapper().readValue("{\"minDiskSize\":\"4398046511104\"}", Image.class).minDiskSize())
			.isEqualTo(4_398_046_511_104L);
		assertThat(ProtoJson.mapper().readValue("{\"minDiskSize\":4398046511104}", Image.class).minDiskSize())
			.isEqualTo(4_398_046_511_104L);
	}

	@Test
	void toleratesUnknownFieldsAndEnumValues() throws Exception {
		Image image = ProtoJson.mapper()
			.readValue("{\"id\":\"fd8x\",\"status\":\"MIGRATING\",\"os\":{\"type\":\"BSD\",\"arch\":\"riscv\"},"
					+ "\"hardwareGeneration\":{\"generation3Features\":{}},\"newField\":{\"deep\":[1,2]}}", Image.class);
		assertThat(image.status()).isEqualTo(Image.Status.UNRECOGNIZED);
		assertThat(image.os().type()).isEqualTo(Os.Type.UNRECOGNIZED);
		assertThat(image.hardwareGeneration()).isEqualTo(new HardwareGeneration(null, null));
	}

	@Test
	void readsARunningOperationThatHasNoDoneKey() throws Exception {
		OperationOuterClass.Operation running = OperationOuterClass.Operation.newBuilder()
			.setId("fd8op")
			.setDescription("Create image")
			.setCreatedAt(Timestamp.newBuilder().setSeconds(1_700_000_000L))
			.setCreatedBy("ajeuser")
			.setMetadata(Any.pack(ImageServiceOuterClass.CreateImageMetadata.newBuilder().setImageId("fd8img").build()))
			.build();
		String json = print(running);
		assertThat(json).doesNotContain("\"done\"").contains("\"@type\"");
		Operation operation = ProtoJson.mapper().readValue(json, Operation.class);
		assertThat(operation.done()).isFalse();
		assertThat(operation.error()).isNull();
		assertThat(operation.metadataAs(ImageOperationMetadata.class)).isEqualTo(new ImageOperationMetadata("fd8img"));
		assertThat(operation.responseAs(Image.class)).isNull();
	}

	@Test
	void readsTheResponseOfADoneOperationAsItsType() throws Exception {
		OperationOuterClass.Operation done = OperationOuterClass.Operation.newBuilder()
			.setId("fd8op")
			.setDone(true)
			.setResponse(Any.pack(fullImage()))
			.build();
		Operation operation = ProtoJson.mapper().readValue(print(done), Operation.class);
		assertThat(operation.done()).isTrue();
		assertThat(operation.responseType()).isEqualTo("type.googleapis.com/yandex.cloud.compute.v1.Image");
		assertThat(operation.responseAs(Image.class).storageSize()).isEqualTo(4_521_459_712L);
	}

	@Test
	void readsAFailedOperationsStatus() throws Exception {
		OperationOuterClass.Operation failed = OperationOuterClass.Operation.newBuilder()
			.setId("fd8op")
			.setDone(true)
			.setError(com.google.rpc.Status.newBuilder().setCode(9).setMessage("Image source is not ready"))
			.build();
		Operation operation = ProtoJson.mapper().readValue(print(failed), Operation.class);
		assertThat(operation.failed()).isTrue();
		assertThat(operation.error().grpcCode()).isEqualTo(io.github.ycspring.core.Code.FAILED_PRECONDITION);
		assertThat(operation.error().message()).isEqualTo("Image source is not ready");
		assertThat(operation.error().details()).isEqualTo(List.of());
	}

}
