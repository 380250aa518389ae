package io.github.ycspring.host;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample as a user runs its jar: {@code java -jar}, and {@code java -Dspring.aot.enabled=true -jar} with the
 * ahead-of-time code the build put in the same jar. Each starts on a free port and serves its listing.
 */
class SampleJarTests {

	private static final Pattern PORT = Pattern.compile("Netty started on port (\\d+)");

	@ParameterizedTest(name = "AOT mode: {0}")
	@ValueSource(booleans = { false, true })
	void theSampleJarStartsAndServesItsListing(boolean aot) throws Exception {
		Path jar = sampleJar().orElse(null);
		Assumptions.assumeTrue(jar != null, "the sample's jar is built by the reactor build before this module");
		List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java")));
		if (aot) {
			command.add("-Dspring.aot.enabled=true");
		}
		command.addAll(List.of("-jar", jar.toString(), "--server.port=0", "--sample.emulator.latency=0ms",
				"--spring.main.banner-mode=off"));
		Process sample = new ProcessBuilder(command).redirectErrorStream(true).start();
		List<String> output = new ArrayList<>();
		try {
			int port = portOnceStarted(sample, output).get(120, TimeUnit.SECONDS);
			HostHttp.Answer listing = new HostHttp(port).get("/api/images?limit=5");
			assertThat(listing.status()).isEqualTo(200);
			assertThat(listing.body().lines()).hasSize(5).allSatisfy((line) -> assertThat(line).contains("\"folderId\""));
			synchronized (output) {
				assertThat(String.join("\n", output)).contains(aot ? "Starting AOT-processed SampleApplication"
						: "Starting SampleApplication");
			}
		}
		finally {
			sample.destroy();
			if (!sample.waitFor(30, TimeUnit.SECONDS)) {
				sample.destroyForcibly();
			}
		}
	}

	/** Reads the sample's log as it starts: the port it bound is the signal that it serves. */
	private static CompletableFuture<Integer> portOnceStarted(Process sample, List<String> output) {
		CompletableFuture<Integer> port = new CompletableFuture<>();
		Thread reader = new Thread(() -> {
			try (BufferedReader lines = new BufferedReader(
					new InputStreamReader(sample.getInputStream(), StandardCharsets.UTF_8))) {
				String line;
				while ((line = lines.readLine()) != null) {
					synchronized (output) {
						output.add(line);
					}
					Matcher started = PORT.matcher(line);
					if (started.find()) {
						port.complete(Integer.parseInt(started.group(1)));
					}
				}
				port.completeExceptionally(new IllegalStateException("the sample stopped before it served:\n"
						+ String.join("\n", output)));
			}
			catch (IOException ex) {
				port.completeExceptionally(ex);
			}
		}, "sample-jar-log");
		reader.setDaemon(true);
		reader.start();
		return port;
	}

	private static Optional<Path> sampleJar() throws IOException {
		Path target = Path.of("..", "sample-app", "target");
		if (!Files.isDirectory(target)) {
			return Optional.empty();
		}
		try (Stream<Path> files = Files.list(target)) {
			return files.filter((file) -> file.getFileName().toString().matches("yandex-cloud-sample-app-.*\\.jar"))
				.filter((file) -> !file.getFileName().toString().endsWith("-sources.jar"))
				.findFirst();
		}
	}

}
