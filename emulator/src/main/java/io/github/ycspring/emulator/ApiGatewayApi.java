package io.github.ycspring.emulator;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** API Gateway's ListOperations, the example of another service's operation list. */
final class ApiGatewayApi {

	/** Filterable fields: {@code done} and {@code createdBy}, by JSON or proto name. */
	private static final Map<String, Function<OperationView, String>> FILTER_FIELDS = Map.of("done",
			(operation) -> Boolean.toString(operation.done()), "createdBy", OperationView::createdBy, "created_by",
			OperationView::createdBy);

	private final OperationStore operations;

	ApiGatewayApi(OperationStore operations) {
		this.operations = operations;
	}

	void addRoutes(Router router) {
		router.route("GET", "/apigateways/v1/apigateways/{apiGatewayId}/operations", this::listOperations);
	}

	private Reply listOperations(Call call) {
		String apiGatewayId = call.id(0, "api_gateway_id");
		String filter = call.query("filter");
		List<OperationView> matching = this.operations.ofResource(apiGatewayId)
			.orElseThrow(() -> ApiException.notFound("ApiGateway " + apiGatewayId + " not found"))
			.stream()
			.filter(FilterExpression.predicate(filter, FILTER_FIELDS, Set.of(FilterExpression.Op.EQ)))
			.toList();
		var page = Pagination.page(matching, call, "apigateway-operations\n" + apiGatewayId + "\n" + filter);
		return Reply.json(ProtoJson.list("operations", page.items().stream().map(OperationView::toJson).toList(),
				page.nextPageToken()));
	}

}
