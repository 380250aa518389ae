package io.github.ycspring.emulator;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The emulated API as a function from request to reply: authentication, routing, errors.
 * Every route needs a bearer token except the open ones that issue tokens.
 */
final class Api {

	private static final Logger logger = LoggerFactory.getLogger(Api.class);

	private final Router router = new Router();

	private final TokenCheck tokens;

	private final OperationStore operations;

	Api(TokenCheck tokens, OperationStore operations, ImageApi images, OperationApi operationApi,
			ApiGatewayApi apiGateways, IamTokenApi iamTokens, MetadataApi metadata) {
		this.tokens = tokens;
		this.operations = operations;
		images.addRoutes(this.router);
		operationApi.addRoutes(this.router);
		apiGateways.addRoutes(this.router);
		iamTokens.addRoutes(this.router);
		metadata.addRoutes(this.router);
	}

	Reply handle(RecordedRequest request, String requestId) {
		try {
			if (!this.router.isOpen(request)) {
				this.tokens.check(request.header("Authorization"));
			}
			this.operations.settle();
			return this.router.dispatch(request);
		}
		catch (ApiException ex) {
			return Reply.error(ex.code(), ex.message(), requestId, Map.of());
		}
		catch (RuntimeException ex) {
			logger.warn("Emulator failed on {} {}", request.method(), request.path(), ex);
			return Reply.error(GrpcCode.INTERNAL, "Internal error", requestId, Map.of());
		}
	}

}
