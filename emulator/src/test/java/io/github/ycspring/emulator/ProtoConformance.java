package io.github.ycspring.emulator;

import com.google.protobuf.Empty;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.protobuf.util.JsonFormat;
import com.google.rpc.RequestInfo;
import tools.jackson.databind.JsonNode;
import yandex.cloud.api.compute.v1.ImageOuterClass;
import yandex.cloud.api.compute.v1.ImageServiceOuterClass;
import yandex.cloud.api.serverless.apigateway.v1.Apigateway;
import yandex.cloud.api.serverless.apigateway.v1.ApigatewayService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The oracle: protobuf's own JsonFormat, with the generated Yandex Cloud messages. JSON the
 * emulator wrote must parse strictly (no unknown fields) and print back as the same tree.
 */
final class ProtoConformance {

	private static final JsonFormat.TypeRegistry TYPES = JsonFormat.TypeRegistry.newBuilder()
		.add(ImageOuterClass.Image.getDescriptor())
		.add(ImageServiceOuterClass.CreateImageMetadata.getDescriptor())
		.add(ImageServiceOuterClass.UpdateImageMetadata.getDescriptor())
		.add(ImageServiceOuterClass.DeleteImageMetadata.getDescriptor())
		.add(Empty.getDescriptor())
		.add(RequestInfo.getDescriptor())
		.add(Apigateway.ApiGateway.getDescriptor())
		.add(ApigatewayService.CreateApiGatewayMetadata.getDescriptor())
		.add(ApigatewayService.UpdateApiGatewayMetadata.getDescriptor())
		.add(ApigatewayService.StopApiGatewayMetadata.getDescriptor())
		.add(ApigatewayService.ResumeApiGatewayMetadata.getDescriptor())
		.build();

	private ProtoConformance() {
	}

	/** Prints a message as a client built on the official SDK's messages would send it. */
	static String print(Message message) {
		try {
			return JsonFormat.printer().usingTypeRegistry(TYPES).print(message);
		}
		catch (InvalidProtocolBufferException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Asserts the JSON is exactly what JsonFormat prints for the message it parses into. */
	static <B extends Message.Builder> B assertConforms(String json, B builder) {
		try {
			JsonFormat.parser().usingTypeRegistry(TYPES).merge(json, builder);
			String printed = JsonFormat.printer().usingTypeRegistry(TYPES).print(builder);
			JsonNode expected = EmulatorHttp.JSON.readTree(printed);
			JsonNode actual = EmulatorHttp.JSON.readTree(json);
			assertThat(actual).as("emulator JSON vs JsonFormat of the same message").isEqualTo(expected);
			return builder;
		}
		catch (InvalidProtocolBufferException ex) {
			throw new AssertionError("Not valid proto3 JSON for " + builder.getDescriptorForType().getFullName()
					+ ": " + ex.getMessage() + "\n" + json, ex);
		}
	}

}
