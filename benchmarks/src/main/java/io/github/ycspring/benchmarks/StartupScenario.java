package io.github.ycspring.benchmarks;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.github.ycspring.benchmarks.startup.StartupProbe;

/**
 * The same application started in fresh JVMs, in turn with the starter on its classpath, with
 * {@code spring-boot-starter} alone, and with everything the starter brings but its own jars (the WebClient and
 * Jackson starters): {@code SpringApplication.run} time (web application type none), median of N. The classpaths are
 * cut from {@code target/lib}: the baseline keeps exactly the jars of {@code spring-boot-starter}'s dependency tree.
 */
final class StartupScenario {

	/** {@code spring-boot-starter} 4.1.1 and its dependencies, by artifact id ({@code mvn dependency:tree}). */
	static final Set<String> BASELINE_ARTIFACTS = Set.of("spring-boot-starter", "spring-boot-starter-logging",
			"logback-classic", "logback-core", "log4j-to-slf4j", "log4j-api", "jul-to-slf4j", "slf4j-api",
			"spring-boot-autoconfigure", "spring-boot", "spring-context", "spring-aop", "spring-expression",
			"spring-beans", "spring-core", "commons-logging", "jakarta.annotation-api", "snakeyaml",
			"micrometer-observation", "micrometer-commons", "jspecify");

	/** In {@code target/lib} for the benchmarks themselves, not for the application. */
	static final Set<String> BENCHMARK_ONLY_ARTIFACTS = Set.of("yandex-cloud-emulator", "jmh-core", "jopt-simple",
			"commons-math3", "HdrHistogram");

	private static final String WITH = "with the starter";

	private static final String WITHOUT = "spring-boot-starter alone";

	private static final String STACK_ONLY = "WebClient + Jackson starters, no yandex-cloud";

	private static final Pattern JAR_NAME = Pattern.compile("(.+?)-\\d[^-]*(-SNAPSHOT)?(-[a-z].*)?\\.jar");

	private static final Pattern LINE = Pattern.compile("STARTUP run=([0-9.]+) uptime=(\\d+) beans=(\\d+) imageClient=(\\w+)");

	private final int warmups;

	private final int rounds;

	StartupScenario(int warmups, int rounds) {
		this.warmups = warmups;
		this.rounds = rounds;
	}

	void run(Report report) {
		Report.section("Startup: SpringApplication.run, web application type none, fresh JVM each");
		File target = Forks.jarDirectory();
		File probeJar = (target != null) ? new File(target, "benchmarks-startup-probe.jar") : null;
		File lib = (target != null) ? new File(target, "lib") : null;
		if (probeJar == null || !probeJar.isFile() || lib == null || !lib.isDirectory()) {
			Report.line("skipped: run from benchmarks/target/benchmarks.jar after `package`");
			return;
		}
		File[] jars = lib.listFiles((dir, name) -> name.endsWith(".jar"));
		List<File> all = Arrays.asList((jars != null) ? jars : new File[0]);
		List<File> withJars = all.stream().filter((jar) -> !BENCHMARK_ONLY_ARTIFACTS.contains(artifactId(jar))).toList();
		Map<String, List<File>> variants = new LinkedHashMap<>();
		variants.put(WITH, withJars);
		variants.put(WITHOUT, all.stream().filter((jar) -> BASELINE_ARTIFACTS.contains(artifactId(jar))).toList());
		variants.put(STACK_ONLY, withJars.stream().filter((jar) -> !artifactId(jar).startsWith("yandex-cloud-")).toList());
		Map<String, List<double[]>> runs = new LinkedHashMap<>();
		variants.keySet().forEach((variant) -> runs.put(variant, new ArrayList<>()));
		List<String> order = new ArrayList<>(variants.keySet());
		for (int round = 0; round < this.warmups + this.rounds; round++) {
			for (int i = 0; i < order.size(); i++) {
				String variant = order.get((i + round) % order.size());
				double[] figures = fork(classpath(probeJar, variants.get(variant)), variant.equals(WITH));
				if (round >= this.warmups) {
					runs.get(variant).add(figures);
				}
			}
		}
		Map<String, Samples> run = new LinkedHashMap<>();
		runs.forEach((variant, figures) -> {
			run.put(variant, column(figures, 0));
			Report.line("%-44s %2d jars, %3.0f beans: run %s; JVM uptime at ready %s", variant,
					variants.get(variant).size(), figures.get(0)[2], column(figures, 0).describe("%,.0f", "ms"),
					column(figures, 1).describe("%,.0f", "ms"));
		});
		double added = run.get(WITH).medianDifferenceTo(run.get(WITHOUT));
		double stack = run.get(STACK_ONLY).medianDifferenceTo(run.get(WITHOUT));
		double ours = run.get(WITH).medianDifferenceTo(run.get(STACK_ONLY));
		Report.line("the starter adds %+.0f ms to SpringApplication.run (median of the rounds' differences; target"
				+ " +150 ms at most):"
				+ " %+.0f ms for the WebClient and Jackson starters it brings, %+.0f ms for its own auto-configuration",
				added, stack, ours);
		report.add(new Report.Row("startup (SpringApplication.run)", Report.number("%,.0f ms", run.get(WITH).median()),
				"spring-boot-starter alone: " + Report.number("%,.0f ms", run.get(WITHOUT).median()),
				Report.number("%+.0f ms", added), "<= +150 ms", added <= 150));
		report.add(new Report.Row("startup: our auto-configuration alone",
				Report.number("%,.0f ms", run.get(WITH).median()),
				"app that already has the WebClient + Jackson starters: "
						+ Report.number("%,.0f ms", run.get(STACK_ONLY).median()),
				Report.number("%+.0f ms", ours), "-", null));
	}

	private static Samples column(List<double[]> runs, int index) {
		return Samples.of(runs.stream().mapToDouble((figures) -> figures[index]).toArray());
	}

	static String artifactId(File jar) {
		Matcher matcher = JAR_NAME.matcher(jar.getName());
		return matcher.matches() ? matcher.group(1) : jar.getName();
	}

	private static String classpath(File probeJar, List<File> jars) {
		List<String> entries = new ArrayList<>();
		entries.add(probeJar.getAbsolutePath());
		jars.forEach((jar) -> entries.add(jar.getAbsolutePath()));
		return entries.stream().collect(Collectors.joining(File.pathSeparator));
	}

	private static double[] fork(String classpath, boolean withStarter) {
		String variant = withStarter ? "with the starter" : "without the starter";
		List<String> command = List.of(Forks.java(), "-cp", classpath, StartupProbe.class.getName());
		StringBuilder output = new StringBuilder();
		double[] figures = Bench.unchecked(() -> {
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectInput(new File("/dev/null"))
				.start();
			double[] found = null;
			try (BufferedReader reader = new BufferedReader(
					new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
				String line;
				while ((line = reader.readLine()) != null) {
					Matcher matcher = LINE.matcher(line);
					if (matcher.find()) {
						boolean imageClient = Boolean.parseBoolean(matcher.group(4));
						if (imageClient != withStarter) {
							throw new IllegalStateException("startup probe " + variant + ": imageClient=" + imageClient);
						}
						found = new double[] { Double.parseDouble(matcher.group(1)),
								Double.parseDouble(matcher.group(2)), Double.parseDouble(matcher.group(3)) };
					}
					else {
						output.append(line).append('\n');
					}
				}
			}
			int exit = process.waitFor();
			if (exit != 0 || found == null) {
				throw new IllegalStateException("startup probe " + variant + " failed (exit " + exit + "): " + output);
			}
			return found;
		});
		return figures;
	}

}
