package io.github.ycspring.emulator;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The command line of the emulator run on its own. */
class MainArgumentsTests {

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

}
