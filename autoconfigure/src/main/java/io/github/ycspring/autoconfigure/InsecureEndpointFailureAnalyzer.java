package io.github.ycspring.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains an {@link InsecureEndpointException} at startup.
 */
final class InsecureEndpointFailureAnalyzer extends AbstractFailureAnalyzer<InsecureEndpointException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InsecureEndpointException cause) {
		StringBuilder description = new StringBuilder(
				"Yandex Cloud bearer tokens would be sent over plain HTTP to a host that is not loopback:\n");
		cause.endpoints().forEach((property, uri) -> description.append("    ").append(property).append(" = ")
			.append(uri).append('\n'));
		return new FailureAnalysis(description.toString(),
				"Use https:// for these endpoints. Plain http:// is accepted only for loopback hosts such as "
						+ "localhost or 127.0.0.1, where an emulator runs.",
				cause);
	}

}
