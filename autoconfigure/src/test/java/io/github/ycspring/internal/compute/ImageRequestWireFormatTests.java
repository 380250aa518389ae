package io.github.ycspring.internal.compute;

import java.util.List;
import java.util.Map;

import com.google.protobuf.Message;
import com.google.protobuf.util.JsonFormat;
import io.github.ycspring.compute.CreateImageRequest;
import io.github.ycspring.compute.HardwareGeneration;
import io.github.ycspring.compute.Os;
import io.github.ycspring.compute.UpdateImageRequest;
import io.github.ycspring.internal.json.ProtoJson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import yandex.cloud.api.compute.v1.ImageServiceOuterClass;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bodies we send are exactly what protobuf's JsonFormat makes of the official request messages: the strict
 * parser accepts every field, and printing the parsed message gives back the same JSON.
 */
class ImageRequestWireFormatTests {

	private static JsonNode roundTrip(Object body, Message.Builder official) throws Exception {
		String ours = ProtoJson.mapper().writeValueAsString(body);
		JsonFormat.parser().merge(ours, official);
		JsonNode printed = ProtoJson.mapper().readTree(JsonFormat.printer().print(official.build()));
		JsonNode sent = ProtoJson.mapper().readTree(ours);
		assertThat(sent).isEqualTo(printed);
		return sent;
	}

	@Test
	void createBodyIsTheOfficialCreateImageRequest() throws Exception {
		CreateImageRequest request = CreateImageRequest.builder()
			.folderId("b1gfolder")
			.name("web-2024")
			.description("web server")
			.labels(Map.of("env", "prod"))
			.family("web")
			.minDiskSize(10_737_418_240L)
			.productIds(List.of("f2e1"))
			.sourceUri("https://storage.yandexcloud.net/bucket/web.qcow2")
			.os(Os.Type.LINUX)
			.pooled(true)
			.hardwareGeneration(HardwareGeneration.generation2())
			.build();
		ImageServiceOuterClass.CreateImageRequest.Builder official = ImageServiceOuterClass.CreateImageRequest
			.newBuilder();
		JsonNode sent = roundTrip(ImageRequestBodies.create(request, request.folderId()), official);
		assertThat(sent.get("minDiskSize").isString()).isTrue();
		assertThat(official.getUri()).isEqualTo("https://storage.yandexcloud.net/bucket/web.qcow2");
		assertThat(official.getSourceCase().name()).isEqualTo("URI");
		assertThat(official.getHardwareGeneration().hasGeneration2Features()).isTrue();
	}

	@Test
	void createBodyLeavesOutWhatWasNotSet() throws Exception {
		CreateImageRequest request = CreateImageRequest.builder().folderId("b1g").sourceImageId("fd8src").build();
		JsonNode sent = roundTrip(ImageRequestBodies.create(request, request.folderId()), ImageServiceOuterClass.CreateImageRequest.newBuilder());
		assertThat(sent.propertyNames()).containsExactlyInAnyOrder("folderId", "imageId");
	}

	@Test
	void updateBodyNamesExactlyTheFieldsThatWereSet() throws Exception {
		UpdateImageRequest request = UpdateImageRequest.builder("fd8img").description("").minDiskSize(8_589_934_592L)
			.build();
		ImageServiceOuterClass.UpdateImageRequest.Builder official = ImageServiceOuterClass.UpdateImageRequest
			.newBuilder();
		JsonNode sent = roundTrip(ImageRequestBodies.update(request), official);
		assertThat(official.getUpdateMask().getPathsList()).containsExactly("description", "min_disk_size");
		assertThat(sent.get("updateMask").asString()).isEqualTo("description,minDiskSize");
		// a description cleared to "" is a proto3 default: named in the mask, absent from the body
		assertThat(sent.has("description")).isFalse();
	}

	@Test
	void updateOfLabelsReplacesThemWhole() throws Exception {
		UpdateImageRequest request = UpdateImageRequest.builder("fd8img").labels(Map.of("a", "1", "b", "2")).build();
		ImageServiceOuterClass.UpdateImageRequest.Builder official = ImageServiceOuterClass.UpdateImageRequest
			.newBuilder();
		roundTrip(ImageRequestBodies.update(request), official);
		assertThat(official.getUpdateMask().getPathsList()).containsExactly("labels");
		assertThat(official.getLabelsMap()).containsExactlyInAnyOrderEntriesOf(Map.of("a", "1", "b", "2"));
	}

}
