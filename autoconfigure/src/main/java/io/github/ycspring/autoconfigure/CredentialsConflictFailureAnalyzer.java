package io.github.ycspring.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a {@link CredentialsConflictException} at startup.
 */
final class CredentialsConflictFailureAnalyzer extends AbstractFailureAnalyzer<CredentialsConflictException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, CredentialsConflictException cause) {
		return new FailureAnalysis(
				"More than one Yandex Cloud credentials source is set: " + String.join(", ", cause.properties()) + ".",
				"Keep exactly one of them, or define a CredentialsProvider bean of your own.", cause);
	}

}
