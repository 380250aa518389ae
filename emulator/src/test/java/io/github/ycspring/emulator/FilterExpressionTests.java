package io.github.ycspring.emulator;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The List filter grammar. */
class FilterExpressionTests {

	@Test
	void filterParsesQuotedBareAndListValues() {
		assertThat(FilterExpression.parse("name = \"a \\\"b\\\"\" AND family IN ('x', \"y\") and done=false"))
			.containsExactly(new FilterExpression.Condition("name", FilterExpression.Op.EQ, List.of("a \"b\"")),
					new FilterExpression.Condition("family", FilterExpression.Op.IN, List.of("x", "y")),
					new FilterExpression.Condition("done", FilterExpression.Op.EQ, List.of("false")));
		assertThat(FilterExpression.parse("status NOT IN (\"ERROR\")").get(0).op())
			.isEqualTo(FilterExpression.Op.NOT_IN);
		assertThat(FilterExpression.parse("  ")).isEmpty();
	}

}
