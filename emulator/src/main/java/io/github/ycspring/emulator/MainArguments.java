package io.github.ycspring.emulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Command-line options of {@link YandexCloudEmulator#main(String[])}.
 *
 * @param oauthTokens the OAuth tokens the IAM token exchange accepts; never printed
 */
record MainArguments(String host, int port, String seedFolder, int seedImages, Duration operationDelay, Duration latency,
		List<String> oauthTokens, Duration issuedTokenLifetime) {

	static final String USAGE = "usage: YandexCloudEmulator [--host=127.0.0.1] [--port=8080] [--seed-folder=demo] [--seed-images=2500]"
			+ " [--operation-delay=500ms] [--latency=0ms] [--oauth-token=<token>]... [--issued-token-lifetime=12h]";

	MainArguments {
		oauthTokens = List.copyOf(oauthTokens);
	}

	static MainArguments parse(String... args) {
		String host = "127.0.0.1";
		int port = 0;
		String seedFolder = "demo";
		int seedImages = 0;
		Duration operationDelay = Duration.ofMillis(200);
		Duration latency = Duration.ZERO;
		List<String> oauthTokens = new ArrayList<>();
		Duration issuedTokenLifetime = Duration.ofHours(12);
		for (String arg : args) {
			int equals = arg.indexOf('=');
			if (!arg.startsWith("--") || equals < 0) {
				throw new IllegalArgumentException("Unknown argument " + name(arg));
			}
			String value = arg.substring(equals + 1);
			switch (arg.substring(2, equals)) {
				case "host" -> host = value;
				case "port" -> port = Integer.parseInt(value);
				case "seed-folder" -> seedFolder = value;
				case "seed-images" -> seedImages = Integer.parseInt(value);
				case "operation-delay" -> operationDelay = duration(value);
				case "latency" -> latency = duration(value);
				case "oauth-token" -> oauthTokens.add(value);
				case "issued-token-lifetime" -> issuedTokenLifetime = duration(value);
				default -> throw new IllegalArgumentException("Unknown argument " + name(arg));
			}
		}
		return new MainArguments(host, port, seedFolder, seedImages, operationDelay, latency, oauthTokens,
				issuedTokenLifetime);
	}

	/** An argument as far as its {@code =}: what follows may be a secret. */
	private static String name(String arg) {
		int equals = arg.indexOf('=');
		return (equals < 0) ? arg : arg.substring(0, equals + 1) + "...";
	}

	/**
	 * {@code 500ms}, {@code 2s}, {@code 1m}, {@code 12h} or ISO-8601 ({@code PT0.5S}); a bare
	 * number is milliseconds.
	 */
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
		if (value.endsWith("h")) {
			return Duration.ofHours(Long.parseLong(value.substring(0, value.length() - 1)));
		}
		return Duration.ofMillis(Long.parseLong(value));
	}

	@Override
	public String toString() {
		return "MainArguments[host=" + this.host + ", port=" + this.port + ", seedFolder=" + this.seedFolder + ", seedImages="
				+ this.seedImages + ", operationDelay=" + this.operationDelay + ", latency=" + this.latency
				+ ", oauthTokens=" + this.oauthTokens.size() + " (redacted), issuedTokenLifetime="
				+ this.issuedTokenLifetime + "]";
	}

}
