package io.github.ycspring.benchmarks;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Forked JVMs: the same {@code java} as this one.
 */
final class Forks {

	private Forks() {
	}

	/**
	 * Runs scenarios in a JVM of their own (as JMH forks each benchmark), so that what one scenario compiled,
	 * allocated or left running does not shape the next one's figures: a scenario measured after the others
	 * and alone once differed by a quarter. Its output is passed through; its summary rows go into the report.
	 * @param scenarios the scenarios, as {@code --only} takes them
	 * @param quick whether to run the short version
	 * @param report the report that gets the rows
	 */
	static void runScenarios(String scenarios, boolean quick, Report report) {
		List<String> command = new ArrayList<>(List.of(java(), "-cp", System.getProperty("java.class.path"),
				BenchmarkMain.class.getName(), "--only=" + scenarios, BenchmarkMain.IN_THIS_JVM));
		if (quick) {
			command.add("--quick");
		}
		Process fork = Bench.unchecked(() -> new ProcessBuilder(command).redirectErrorStream(true).start());
		try (BufferedReader output = fork.inputReader()) {
			output.lines().filter((line) -> !report.readRow(line)).forEach(System.out::println);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		int exit = Bench.unchecked(fork::waitFor);
		if (exit != 0) {
			throw new IllegalStateException("the JVM of scenario " + scenarios + " exited with " + exit);
		}
	}

	static String java() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	/**
	 * The directory of the jar this class was loaded from, {@code benchmarks/target} after {@code package}.
	 * @return the directory, or {@code null} when running from classes
	 */
	static @Nullable File jarDirectory() {
		File location = Bench.unchecked(
				() -> new File(Forks.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
		return location.isFile() ? location.getParentFile() : null;
	}

}
