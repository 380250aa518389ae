package io.github.ycspring.benchmarks.server;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import io.netty.handler.codec.http.QueryStringDecoder;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * ListOperations pages of an API gateway generated on the fly, in the shape of the emulator's
 * {@code seedApiGatewayOperations}: creates, updates, stops and resumes with {@code Any} metadata; three in four
 * done with an {@code ApiGateway} response or a {@code FAILED_PRECONDITION} error, one in four still running. Holding
 * a million of them in the emulator takes gigabytes and each page would scan them all; generating them costs one
 * page of memory.
 */
public final class OperationPages {

	private static final String PACKAGE = "type.googleapis.com/yandex.cloud.serverless.apigateway.v1.";

	private static final String[] KINDS = { "Update", "Stop", "Resume" };

	private static final List<String> ACCOUNTS = List.of("John.Doe", "ajebenchaccount000001", "ajebenchaccount000002");

	private static final Instant FIRST_CREATED = Instant.parse("2024-03-01T09:00:00Z");

	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'")
		.withZone(ZoneOffset.UTC);

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private final String apiGatewayId;

	private final int total;

	/**
	 * Pages of one gateway.
	 * @param apiGatewayId the gateway
	 * @param total how many operations it has
	 */
	public OperationPages(String apiGatewayId, int total) {
		this.apiGatewayId = apiGatewayId;
		this.total = total;
	}

	/**
	 * The page a request asks for: its {@code pageToken} is the offset, {@code pageSize} the count.
	 * @param request path and query
	 * @return the page's JSON, {@code null} for another path
	 */
	public byte @Nullable [] page(QueryStringDecoder request) {
		if (!request.path().equals("/apigateways/v1/apigateways/" + this.apiGatewayId + "/operations")) {
			return null;
		}
		int pageSize = Integer.parseInt(first(request, "pageSize", "100"));
		int from = Integer.parseInt(first(request, "pageToken", "0"));
		int to = Math.min(this.total, from + pageSize);
		ByteArrayOutputStream out = new ByteArrayOutputStream(pageSize * 700);
		try (JsonGenerator json = MAPPER.createGenerator(out)) {
			json.writeStartObject();
			json.writeArrayPropertyStart("operations");
			for (int index = from; index < to; index++) {
				write(json, index);
			}
			json.writeEndArray();
			if (to < this.total) {
				json.writeStringProperty("nextPageToken", Integer.toString(to));
			}
			json.writeEndObject();
		}
		return out.toByteArray();
	}

	private void write(JsonGenerator json, int index) {
		String kind = (index == 0) ? "Create" : KINDS[index % KINDS.length];
		Instant createdAt = FIRST_CREATED.plusSeconds(37L * 60 * index).plusNanos((index * 7_919_351L) % 1_000_000_000);
		json.writeStartObject();
		json.writeStringProperty("id", String.format("d5d%017d", index));
		json.writeStringProperty("description", kind + " API gateway");
		json.writeStringProperty("createdAt", TIMESTAMP.format(createdAt));
		json.writeStringProperty("createdBy", ACCOUNTS.get(index % ACCOUNTS.size()));
		json.writeStringProperty("modifiedAt", TIMESTAMP.format(createdAt.plusMillis(500 + index % 20_000)));
		boolean running = index % 4 == 3;
		if (!running) {
			json.writeBooleanProperty("done", true);
		}
		json.writeObjectPropertyStart("metadata");
		json.writeStringProperty("@type", PACKAGE + kind + "ApiGatewayMetadata");
		json.writeStringProperty("apiGatewayId", this.apiGatewayId);
		json.writeEndObject();
		if (!running && index % 5 == 2) {
			json.writeObjectPropertyStart("error");
			json.writeNumberProperty("code", 9);
			json.writeStringProperty("message",
					"API gateway " + this.apiGatewayId + " is being modified by another operation");
			json.writeEndObject();
		}
		else if (!running) {
			json.writeObjectPropertyStart("response");
			json.writeStringProperty("@type", PACKAGE + "ApiGateway");
			json.writeStringProperty("id", this.apiGatewayId);
			json.writeStringProperty("folderId", "b1gbenchfolder0000001");
			json.writeStringProperty("createdAt", "2024-03-01T09:00:00Z");
			json.writeStringProperty("name", "gateway-" + this.apiGatewayId.substring(this.apiGatewayId.length() - 6));
			json.writeStringProperty("status", kind.equals("Stop") ? "STOPPED" : "ACTIVE");
			json.writeStringProperty("domain", this.apiGatewayId + ".apigw.yandexcloud.net");
			json.writeEndObject();
		}
		json.writeEndObject();
	}

	private static String first(QueryStringDecoder request, String name, String fallback) {
		List<String> values = request.parameters().get(name);
		return (values == null || values.isEmpty() || values.get(0).isEmpty()) ? fallback : values.get(0);
	}

}
