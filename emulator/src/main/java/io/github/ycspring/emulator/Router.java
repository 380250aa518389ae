package io.github.ycspring.emulator;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps method and path to an endpoint. Path variables are {@code {name}} segments that stop
 * at {@code /} and {@code :}, so {@code images:latestByFamily} and {@code {id}:cancel} route
 * apart from {@code images/{id}}.
 */
final class Router {

	private final List<Route> routes = new ArrayList<>();

	Router route(String method, String template, Function<Call, Reply> endpoint) {
		return add(method, template, endpoint, false);
	}

	/** A route that needs no bearer token: the ones that issue tokens. */
	Router openRoute(String method, String template, Function<Call, Reply> endpoint) {
		return add(method, template, endpoint, true);
	}

	private Router add(String method, String template, Function<Call, Reply> endpoint, boolean open) {
		String regex = Pattern.quote(template).replaceAll("\\{[a-zA-Z]+}", "\\\\E([^/:]+)\\\\Q");
		this.routes.add(new Route(method, Pattern.compile(regex), endpoint, open));
		return this;
	}

	/** Whether the request's path is one of an open route, whatever its method. */
	boolean isOpen(RecordedRequest request) {
		return this.routes.stream()
			.anyMatch((route) -> route.open() && route.pattern().matcher(request.path()).matches());
	}

	/**
	 * Dispatches a request; an unknown path is NOT_FOUND and a known path with another
	 * method UNIMPLEMENTED, as grpc-gateway answers.
	 */
	Reply dispatch(RecordedRequest request) {
		boolean pathKnown = false;
		for (Route route : this.routes) {
			Matcher matcher = route.pattern().matcher(request.path());
			if (matcher.matches()) {
				pathKnown = true;
				if (route.method().equals(request.method())) {
					List<String> params = new ArrayList<>();
					for (int group = 1; group <= matcher.groupCount(); group++) {
						params.add(matcher.group(group));
					}
					return route.endpoint().apply(new Call(request, params));
				}
			}
		}
		if (pathKnown) {
			throw new ApiException(GrpcCode.UNIMPLEMENTED, "Method Not Allowed");
		}
		throw ApiException.notFound("Not Found");
	}

	private record Route(String method, Pattern pattern, Function<Call, Reply> endpoint, boolean open) {
	}

}
