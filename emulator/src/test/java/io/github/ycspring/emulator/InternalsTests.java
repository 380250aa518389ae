package io.github.ycspring.emulator;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The small pure parts: timestamps, filters, durations, command line, lifecycle misuse. */
class InternalsTests {

	@Test
	void timestampsUseZeroThreeSixOrNineFractionDigits() {
		assertThat(ProtoJson.timestamp(Instant.parse("2023-11-14T22:13:20Z"))).isEqualTo("2023-11-14T22:13:20Z");
		assertThat(ProtoJson.timestamp(Instant.parse("2023-11-14T22:13:20.100Z")))
			.isEqualTo("2023-11-14T22:13:20.100Z");
		assertThat(ProtoJson.timestamp(Instant.parse("2023-11-14T22:13:20.123400Z")))
			.isEqualTo("2023-11-14T22:13:20.123400Z");
		assertThat(ProtoJson.timestamp(Instant.parse("2023-11-14T22:13:20.123456789Z")))
			.isEqualTo("2023-11-14T22:13:20.123456789Z");
	}

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

	@Test
	void pollIntervalIsWholeOrDecimalSeconds() {
		assertThat(OperationApi.seconds(Duration.ofSeconds(3))).isEqualTo("3");
		assertThat(OperationApi.seconds(Duration.ofMillis(1500))).isEqualTo("1.5");
		assertThat(OperationApi.seconds(Duration.ofMillis(50))).isEqualTo("0.05");
	}

	@Test
	void commandLineReadsEveryOption() {
		MainArguments arguments = MainArguments.parse("--host=0.0.0.0", "--port=8080", "--seed-folder=demo", "--seed-images=2500",
				"--operation-delay=500ms", "--latency=PT0.01S", "--oauth-token=y0_first", "--oauth-token=y0_second",
				"--issued-token-lifetime=1h");
		assertThat(arguments).isEqualTo(new MainArguments("0.0.0.0", 8080, "demo", 2500, Duration.ofMillis(500),
				Duration.ofMillis(10), List.of("y0_first", "y0_second"), Duration.ofHours(1)));
		assertThat(arguments.toString()).doesNotContain("y0_first");
		assertThat(MainArguments.parse().host()).as("loopback unless asked").isEqualTo("127.0.0.1");
		assertThat(MainArguments.duration("2s")).isEqualTo(Duration.ofSeconds(2));
		assertThat(MainArguments.duration("1m")).isEqualTo(Duration.ofMinutes(1));
		assertThat(MainArguments.duration("12h")).isEqualTo(Duration.ofHours(12));
		assertThat(MainArguments.duration("250")).isEqualTo(Duration.ofMillis(250));
		assertThatIllegalArgumentException().isThrownBy(() -> MainArguments.parse("--colour=blue"))
			.withMessageNotContaining("blue");
	}

	@Test
	void portIsKnownOnlyWhileStartedAndStartingTwiceFails() {
		YandexCloudEmulator emulator = YandexCloudEmulator.builder().build();
		assertThatExceptionOfType(IllegalStateException.class).isThrownBy(emulator::port);
		try (YandexCloudEmulator started = emulator.start()) {
			assertThat(started.baseUrl()).isEqualTo("http://127.0.0.1:" + started.port());
			assertThatExceptionOfType(IllegalStateException.class).isThrownBy(started::start);
		}
		assertThatExceptionOfType(IllegalStateException.class).isThrownBy(emulator::port);
	}

	@Test
	void settingsRejectNonsense() {
		YandexCloudEmulator emulator = YandexCloudEmulator.builder().build();
		assertThatIllegalArgumentException().isThrownBy(() -> emulator.latency(Duration.ofMillis(-1)));
		assertThatIllegalArgumentException().isThrownBy(() -> emulator.failNextOperations(1, 42, "no such code"));
		assertThatIllegalArgumentException().isThrownBy(() -> emulator.faults().status(1, 0));
		assertThatIllegalArgumentException().isThrownBy(() -> emulator.faults().dropConnection(0));
		assertThatIllegalArgumentException().isThrownBy(() -> emulator.putImage(EmulatedImage.builder().build()));
		assertThatIllegalArgumentException().isThrownBy(() -> emulator.issuedTokenLifetime(Duration.ZERO));
	}

}
