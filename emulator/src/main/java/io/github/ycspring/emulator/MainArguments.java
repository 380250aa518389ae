package io.github.ycspring.emulator;

import java.time.Duration;
import java.util.Locale;

/** Command-line options of {@link YandexCloudEmulator#main(String[])}. */
record MainArguments(int port, String seedFolder, int seedImages, Duration operationDelay, Duration latency) {

	static final String USAGE = "usage: YandexCloudEmulator [--port=8080] [--seed-folder=demo] [--seed-images=2500]"
			+ " [--operation-delay=500ms] [--latency=0ms]";

	static MainArguments parse(String... args) {
		MainArguments parsed = new MainArguments(0, "demo", 0, Duration.ofMillis(200), Duration.ZERO);
		for (String arg : args) {
			int equals = arg.indexOf('=');
			if (!arg.startsWith("--") || equals < 0) {
				throw new IllegalArgumentException("Unknown argument " + arg);
			}
			String value = arg.substring(equals + 1);
			parsed = switch (arg.substring(2, equals)) {
				case "port" -> new MainArguments(Integer.parseInt(value), parsed.seedFolder, parsed.seedImages,
						parsed.operationDelay, parsed.latency);
				case "seed-folder" -> new MainArguments(parsed.port, value, parsed.seedImages, parsed.operationDelay,
						parsed.latency);
				case "seed-images" -> new MainArguments(parsed.port, parsed.seedFolder, Integer.parseInt(value),
						parsed.operationDelay, parsed.latency);
				case "operation-delay" -> new MainArguments(parsed.port, parsed.seedFolder, parsed.seedImages,
						duration(value), parsed.latency);
				case "latency" -> new MainArguments(parsed.port, parsed.seedFolder, parsed.seedImages,
						parsed.operationDelay, duration(value));
				default -> throw new IllegalArgumentException("Unknown argument " + arg);
			};
		}
		return parsed;
	}

	/** {@code 500ms}, {@code 2s}, {@code 1m} or ISO-8601 ({@code PT0.5S}); a bare number is milliseconds. */
	static Duration duration(String text) {
		String value = text.trim().toLowerCase(Locale.ROOT);
		if (value.startsWith("pt")) {
			return Duration.parse(text.trim());
		}
		if (value.endsWith("ms")) {
			return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
		}
		if (value.endsWith("s")) {
			return Duration.ofSeconds(Long.parseLong(value.substring(0, value.length() - 1)));
		}
		if (value.endsWith("m")) {
			return Duration.ofMinutes(Long.parseLong(value.substring(0, value.length() - 1)));
		}
		return Duration.ofMillis(Long.parseLong(value));
	}

}
