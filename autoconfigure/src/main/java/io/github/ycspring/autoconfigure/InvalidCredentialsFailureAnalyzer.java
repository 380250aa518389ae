package io.github.ycspring.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains an {@link InvalidCredentialsException} at startup.
 */
final class InvalidCredentialsFailureAnalyzer extends AbstractFailureAnalyzer<InvalidCredentialsException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidCredentialsException cause) {
		return new FailureAnalysis(cause.getMessage() + ".", cause.action(), cause);
	}

}
