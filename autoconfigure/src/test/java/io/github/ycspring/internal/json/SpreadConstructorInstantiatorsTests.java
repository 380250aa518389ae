package io.github.ycspring.internal.json;

import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.exc.ValueInstantiationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Records are created through the spread constructor handle exactly as Jackson would create them.
 */
class SpreadConstructorInstantiatorsTests {

	@Test
	void createsANonPublicRecordWithProto3DefaultsForAbsentPrimitives() {
		assertThat(ProtoJson.mapper().readValue("{\"name\":\"a\"}", Sample.class))
			.isEqualTo(new Sample("a", 0, false, null));
		assertThat(ProtoJson.mapper()
			.readValue("{\"pooled\":true,\"ids\":[\"x\",\"y\"],\"size\":\"7\",\"name\":\"b\",\"other\":{}}",
					Sample.class))
			.isEqualTo(new Sample("b", 7, true, List.of("x", "y")));
	}

	@Test
	void aConstructorThatRejectsItsArgumentsFailsNamingTheTypeAndTheReason() {
		assertThatExceptionOfType(ValueInstantiationException.class)
			.isThrownBy(() -> ProtoJson.mapper().readValue("{\"value\":\"-1\"}", NonNegative.class))
			.withMessageContaining(NonNegative.class.getSimpleName())
			.withMessageContaining("value must not be negative")
			.withRootCauseInstanceOf(IllegalArgumentException.class);
	}

	record Sample(String name, long size, boolean pooled, List<String> ids) {
	}

	record NonNegative(long value) {

		NonNegative {
			if (value < 0) {
				throw new IllegalArgumentException("value must not be negative");
			}
		}

	}

}
