package io.github.ycspring.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains an {@link InvalidSettingException} at startup: which key, which value, which rule, and what to set.
 */
final class InvalidSettingFailureAnalyzer extends AbstractFailureAnalyzer<InvalidSettingException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidSettingException cause) {
		String value = (cause.value() != null) ? " is '" + cause.value() + "'" : "";
		return new FailureAnalysis(
				"Yandex Cloud setting " + cause.key() + value + ", which is not allowed: the value " + cause.rule() + ".",
				"Change " + cause.key() + " (it " + cause.rule().replaceFirst(",? was .*$", "") + "), for example to "
						+ cause.example() + ", or remove it to use the default.",
				cause);
	}

}
