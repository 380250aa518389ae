package io.github.ycspring.emulator;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Starting, stopping and configuring an emulator wrongly. */
class EmulatorLifecycleTests {

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
