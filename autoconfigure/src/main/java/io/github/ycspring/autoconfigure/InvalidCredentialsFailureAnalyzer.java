package io.github.ycspring.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains an {@link InvalidCredentialsException} at startup.
 */
final class InvalidCredentialsFailureAnalyzer extends AbstractFailureAnalyzer<InvalidCredentialsException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidCredentialsException cause) {
		return new FailureAnalysis(cause.getMessage() + ".",
				"Check " + cause.source() + ": it must name (or hold) an authorized key JSON as `yc iam key create "
						+ "--output key.json` writes it, with id, service_account_id and private_key.",
				cause);
	}

}
