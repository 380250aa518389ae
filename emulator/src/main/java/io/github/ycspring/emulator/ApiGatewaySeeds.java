package io.github.ycspring.emulator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import tools.jackson.databind.node.ObjectNode;

/**
 * Operations of an API gateway: a create, then updates, stops and resumes; some still
 * running (they never finish on their own), some failed; started by a user
 * ({@code John.Doe}) or by service accounts.
 */
final class ApiGatewaySeeds {

	private static final String PACKAGE = "yandex.cloud.serverless.apigateway.v1.";

	private static final Instant FIRST_CREATED = Instant.parse("2024-03-01T09:00:00Z");

	private static final String[] LATER_KINDS = { "Update", "Stop", "Resume" };

	private ApiGatewaySeeds() {
	}

	static List<EmulatedOperation> generate(String apiGatewayId, int count) {
		Random random = new Random(apiGatewayId.hashCode());
		String folderId = Ids.next("b1g", random);
		List<String> accounts = List.of("John.Doe", Ids.next("aje", random), Ids.next("aje", random));
		List<EmulatedOperation> operations = new ArrayList<>(count);
		for (int index = 0; index < count; index++) {
			String kind = (index == 0) ? "Create" : LATER_KINDS[index % LATER_KINDS.length];
			Instant createdAt = FIRST_CREATED.plus(Duration.ofMinutes(37L * index)).plusNanos(random.nextInt(1_000_000_000));
			String createdBy = accounts.get(index % accounts.size());
			ObjectNode metadata = ProtoJson.any(PACKAGE + kind + "ApiGatewayMetadata", "apiGatewayId", apiGatewayId);
			String id = Ids.next("d5d", random);
			String description = kind + " API gateway";
			Instant modifiedAt = createdAt.plusMillis(500 + random.nextInt(20_000));
			if (index % 4 == 3) {
				operations.add(new EmulatedOperation(id, description, createdAt, createdBy, apiGatewayId, metadata,
						new EmulatedOperation.Completion.Never(), Outcome.NONE, null, 0));
			}
			else if (index % 5 == 2) {
				operations.add(EmulatedOperation.finished(id, description, createdAt, createdBy, apiGatewayId,
						metadata, modifiedAt, new RpcStatus(GrpcCode.FAILED_PRECONDITION.value(),
								"API gateway " + apiGatewayId + " is being modified by another operation"),
						null));
			}
			else {
				operations.add(EmulatedOperation.finished(id, description, createdAt, createdBy, apiGatewayId,
						metadata, modifiedAt, null, gateway(apiGatewayId, folderId, kind)));
			}
		}
		return operations;
	}

	private static ObjectNode gateway(String apiGatewayId, String folderId, String kind) {
		ObjectNode gateway = ProtoJson.object();
		gateway.put("id", apiGatewayId);
		gateway.put("folderId", folderId);
		gateway.put("createdAt", ProtoJson.timestamp(FIRST_CREATED));
		gateway.put("name", "gateway-" + apiGatewayId.substring(Math.max(0, apiGatewayId.length() - 6)));
		gateway.put("status", kind.equals("Stop") ? "STOPPED" : "ACTIVE");
		gateway.put("domain", apiGatewayId + ".apigw.yandexcloud.net");
		return ProtoJson.any(PACKAGE + "ApiGateway", gateway);
	}

}
