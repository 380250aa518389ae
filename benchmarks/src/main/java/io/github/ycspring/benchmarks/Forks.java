package io.github.ycspring.benchmarks;

import java.io.File;
import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

/**
 * Forked JVMs: the same {@code java} as this one.
 */
final class Forks {

	private Forks() {
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
