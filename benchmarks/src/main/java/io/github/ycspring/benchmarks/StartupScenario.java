package io.github.ycspring.benchmarks;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.github.ycspring.benchmarks.startup.StartupProbe;

/**
 * Applications started in fresh JVMs with and without the starter: {@code SpringApplication.run} time. Three
 * comparisons, each its own set of interleaved rounds (every variant once per round, the order rotated each round) so
 * that an application and its counterpart run side by side and drift cancels out:
 * <ul>
 * <li>a bare application ({@code spring-boot-starter}, web application type none), the worst case: it has none of
 * what the starter brings;</li>
 * <li>a WebFlux service ({@code spring-boot-starter-webflux}, Reactor Netty on a free loopback port);</li>
 * <li>a Web MVC service ({@code spring-boot-starter-webmvc}, Tomcat on a free loopback port).</li>
 * </ul>
 * Each is split three ways: the jars of the libraries the starter brings (on the class path, with Spring Boot's
 * auto-configurations for them excluded), those auto-configurations, and our own auto-configuration. Which
 * auto-configurations are the libraries' is not written down here: it is what the probe reports evaluated with the
 * libraries and not without them.
 * <p>
 * A time difference is reported as the median of the rounds' differences with a bootstrap 95% interval, and it meets
 * its target only when the whole interval does, so noise cannot decide. Beside it stand two figures noise does not
 * move: classes loaded and auto-configuration classes evaluated (and applied).
 * <p>
 * Each classpath is the closure of the application's roots in {@code target/dependency-tree.txt}
 * ({@link DependencyTree}), cut from {@code target/lib} in the order Maven would list it for an application declaring
 * those roots in that order (the starter after the application's own starter, as when it is added to an existing
 * application), and is written to {@code target/startup/<variant>.classpath} for profiling. The order counts: a
 * class is looked up jar by jar, so the bare application is also measured with the starter declared first. Every
 * run is checked: our {@code ImageClient} exists exactly with the starter, and the application ran as the web
 * application type expected, with its server on a port when it is a web application.
 */
final class StartupScenario {

	private static final String STARTER = "yandex-cloud-spring-boot-starter";

	/** Our own jars, the starter's and the auto-configuration's: the rest of its classpath is its libraries. */
	private static final String OUR_JARS = "yandex-cloud-spring-boot-";

	private static final String PROBE_JAR = "benchmarks-startup-probe.jar";

	private static final double TARGET_MILLIS = 100;

	private static final String TARGET = "<= +100 ms, whole 95% interval";

	private static final String NONE = "NONE";

	private static final String STARTUP = "STARTUP ";

	private static final String AUTO_CONFIGURATION = "AUTO-CONFIGURATION ";

	private final int warmups;

	private final int rounds;

	/**
	 * A scenario.
	 * @param warmups rounds thrown away (the first JVMs read the jars from disk)
	 * @param rounds rounds kept: each gives one paired difference per comparison
	 */
	StartupScenario(int warmups, int rounds) {
		this.warmups = warmups;
		this.rounds = rounds;
	}

	void run(Report report) {
		Report.section("Startup: SpringApplication.run, fresh JVM each, " + this.rounds + " interleaved rounds");
		File target = Forks.jarDirectory();
		File tree = (target != null) ? new File(target, "dependency-tree.txt") : null;
		if (target == null || tree == null || !tree.isFile() || !new File(target, PROBE_JAR).isFile()) {
			Report.line("skipped: run from benchmarks/target/benchmarks.jar after `package`");
			return;
		}
		Libraries libraries = new Libraries(target, Bench.unchecked(() -> DependencyTree.read(tree.toPath())));
		bareApplication(libraries, report);
		webApplication(libraries, report, "WebFlux app", "spring-boot-starter-webflux", "REACTIVE");
		webApplication(libraries, report, "Web MVC app", "spring-boot-starter-webmvc", "SERVLET");
	}

	private void bareApplication(Libraries libraries, Report report) {
		Report.line("bare application: spring-boot-starter, web application type none (the worst case)");
		Variant with = libraries.variant("with the starter", "bare-with-starter", NONE, "spring-boot-starter",
				STARTER);
		Variant without = libraries.variant("spring-boot-starter alone", "bare", NONE, "spring-boot-starter");
		Variant libs = libraries.withoutOurJars(with, "the starter's libraries, no yandex-cloud",
				"bare-starter-libraries");
		// the same jars, but ours ahead of Boot's starter on the classpath: Maven lists them as they are declared
		Variant first = libraries.variant("with the starter declared first", "bare-with-starter-first", NONE,
				STARTER, "spring-boot-starter");
		Variant jars = libs.excluding(librariesAutoConfigurations(libs, without), "the starter's libraries' jars");
		Map<Variant, List<Map<String, String>>> run = measure(List.of(with, without, libs, first, jars));
		compareAndSplit(run, new Split(with, without, libs, jars), "bare application", report);
		Report.line("and with the starter declared ahead of spring-boot-starter:");
		Report.Row declaredFirst = compare(run, first, without, "");
		report.add(new Report.Row("startup, bare application, the starter declared first", declaredFirst.ours(),
				declaredFirst.baseline(), declaredFirst.ratio(), "-", null));
	}

	private void webApplication(Libraries libraries, Report report, String name, String starter, String type) {
		Report.line("%s: %s, %s web server on a free loopback port", name, starter, type.toLowerCase(Locale.ROOT));
		String slug = starter.substring("spring-boot-starter-".length());
		Variant with = libraries.variant(name + " with the starter", slug + "-with-starter", type, starter, STARTER);
		Variant without = libraries.variant(name + " alone", slug, type, starter);
		Variant libs = libraries.withoutOurJars(with, name + " + the starter's libraries", slug + "-starter-libraries");
		Variant jars = libs.excluding(librariesAutoConfigurations(libs, without), name + " + the libraries' jars");
		compareAndSplit(measure(List.of(with, without, libs, jars)), new Split(with, without, libs, jars), name,
				report);
	}

	/**
	 * The starter's whole cost against its target, then split into the jars of the libraries it brings, Spring
	 * Boot's auto-configurations for them, and our own auto-configuration.
	 */
	private static void compareAndSplit(Map<Variant, List<Map<String, String>>> run, Split split, String name,
			Report report) {
		Report.Row added = compare(run, split.with(), split.without(), "startup, " + name);
		Report.line("of which the libraries the starter brings:");
		compare(run, split.libraries(), split.without(), "");
		Report.line("  their jars alone:");
		compare(run, split.jars(), split.without(), "");
		Report.line("  Spring Boot's auto-configurations for them:");
		Report.Row boot = compare(run, split.libraries(), split.jars(), "");
		Report.line("and our own auto-configuration:");
		Report.Row ours = compare(run, split.with(), split.libraries(), "");
		report.add(added);
		report.add(new Report.Row("startup, " + name + ": Boot's auto-configurations for the libraries", boot.ours(),
				boot.baseline(), boot.ratio(), "-", null));
		report.add(new Report.Row("startup, " + name + ": our auto-configuration alone", ours.ours(),
				ours.baseline(), ours.ratio(), "-", null));
	}

	/**
	 * The auto-configuration classes Spring Boot evaluates for the starter's libraries: those the probe reports with
	 * them and not without them (top-level classes only: nested ones go with their class).
	 */
	private static List<String> librariesAutoConfigurations(Variant libraries, Variant without) {
		List<String> added = new ArrayList<>(autoConfigurationsOf(libraries));
		added.removeAll(autoConfigurationsOf(without));
		Report.line("Spring Boot's auto-configurations for the starter's libraries (%d): %s", added.size(),
				String.join(", ", added));
		return added;
	}

	private static List<String> autoConfigurationsOf(Variant variant) {
		return probe(variant, "--auto-configurations").stream()
			.filter((line) -> line.startsWith(AUTO_CONFIGURATION))
			.map((line) -> line.substring(AUTO_CONFIGURATION.length()).split(" ")[0])
			.filter((name) -> !name.contains("#") && !name.contains("$"))
			.distinct()
			.sorted()
			.toList();
	}

	/**
	 * Prints and returns one comparison: the median time difference with its interval, and the differences in
	 * classes loaded and auto-configuration classes evaluated and applied.
	 */
	private static Report.Row compare(Map<Variant, List<Map<String, String>>> run, Variant with, Variant without,
			String scenario) {
		Samples.Difference time = column(run.get(with), "run").differenceTo(column(run.get(without), "run"));
		String counts = String.format(Locale.ROOT, "%+.0f classes, %+.0f auto-configurations evaluated (%+.0f applied)",
				difference(run, with, without, "classes"), difference(run, with, without, "autoConfigurations"),
				difference(run, with, without, "appliedAutoConfigurations"));
		boolean pass = time.high() <= TARGET_MILLIS;
		Report.line("  %s over %s: %s (median of the rounds' differences, bootstrap 95%% interval), %s", with.name(),
				without.name(), time.describe("ms"), counts);
		return new Report.Row(scenario, Report.number("%,.0f ms", column(run.get(with), "run").median()),
				without.name() + ": " + Report.number("%,.0f ms", column(run.get(without), "run").median()),
				time.describe("ms") + "; " + counts, TARGET, pass);
	}

	/** The median difference of a figure noise does not move (it is the same in every run of a variant). */
	private static double difference(Map<Variant, List<Map<String, String>>> run, Variant with, Variant without,
			String key) {
		return column(run.get(with), key).median() - column(run.get(without), key).median();
	}

	/**
	 * Forks every variant {@code warmups + rounds} times, round-robin with the order rotated every round, and prints
	 * each one's figures.
	 * @return each variant's figures, in the order of the rounds
	 */
	private Map<Variant, List<Map<String, String>>> measure(List<Variant> variants) {
		Map<Variant, List<Map<String, String>>> runs = new LinkedHashMap<>();
		variants.forEach((variant) -> runs.put(variant, new ArrayList<>()));
		for (int round = 0; round < this.warmups + this.rounds; round++) {
			for (int i = 0; i < variants.size(); i++) {
				Variant variant = variants.get((i + round) % variants.size());
				Map<String, String> figures = fork(variant);
				if (round >= this.warmups) {
					runs.get(variant).add(figures);
				}
			}
		}
		runs.forEach((variant, figures) -> {
			Map<String, String> last = figures.get(figures.size() - 1);
			String server = variant.type().equals(NONE) ? "no server"
					: last.get("type").toLowerCase(Locale.ROOT) + " on :" + last.get("port");
			Report.line("%-45s %2d jars, %3s beans, %5s classes, %3s/%3s auto-configurations applied/evaluated, %-19s"
					+ " run %s; JVM uptime at ready %s", variant.name(), variant.jars(), last.get("beans"),
					last.get("classes"), last.get("appliedAutoConfigurations"), last.get("autoConfigurations"),
					server + ":", column(figures, "run").describe("%,.0f", "ms"),
					column(figures, "uptime").describe("%,.0f", "ms"));
		});
		return runs;
	}

	private static Samples column(List<Map<String, String>> runs, String key) {
		return Samples.of(runs.stream().mapToDouble((figures) -> Double.parseDouble(figures.get(key))).toArray());
	}

	/**
	 * Runs the probe once.
	 * @return the figures of its {@code STARTUP} line, by key
	 */
	private static Map<String, String> fork(Variant variant) {
		String startup = probe(variant).stream()
			.filter((line) -> line.startsWith(STARTUP))
			.findFirst()
			.orElseThrow();
		Map<String, String> found = new HashMap<>();
		for (String pair : startup.substring(STARTUP.length()).split(" ")) {
			String[] keyValue = pair.split("=", 2);
			found.put(keyValue[0], keyValue[1]);
		}
		check(variant, found);
		return found;
	}

	/**
	 * Runs the probe once in a fresh JVM.
	 * @return the lines it printed; it failed loudly unless it exited normally with its {@code STARTUP} line
	 */
	private static List<String> probe(Variant variant, String... options) {
		List<String> command = new ArrayList<>(List.of(Forks.java()));
		command.addAll(variant.jvmArguments());
		command.addAll(List.of("-cp", variant.classpath(), StartupProbe.class.getName()));
		if (!variant.type().equals(NONE)) {
			command.add("--web");
		}
		command.addAll(Arrays.asList(options));
		return Bench.unchecked(() -> {
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectInput(new File("/dev/null"))
				.start();
			List<String> lines;
			try (BufferedReader reader = new BufferedReader(
					new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
				lines = reader.lines().toList();
			}
			int exit = process.waitFor();
			if (exit != 0 || lines.stream().noneMatch((line) -> line.startsWith(STARTUP))) {
				throw new IllegalStateException("startup probe " + variant.name() + " failed (exit " + exit + "): "
						+ String.join("\n", lines));
			}
			return lines;
		});
	}

	/**
	 * Fails loudly when a classpath was cut wrong, rather than measure an application other than the one named.
	 */
	private static void check(Variant variant, Map<String, String> figures) {
		boolean imageClient = Boolean.parseBoolean(figures.get("imageClient"));
		String port = figures.get("port");
		boolean server = !"none".equals(port);
		if (imageClient != variant.starter() || !variant.type().equals(figures.get("type"))
				|| server == variant.type().equals(NONE) || (server && Integer.parseInt(port) <= 0)) {
			throw new IllegalStateException("startup probe " + variant.name() + ": expected imageClient="
					+ variant.starter() + " type=" + variant.type() + ", got " + figures);
		}
	}

	/**
	 * One application's classpath.
	 *
	 * @param name for the report
	 * @param type the web application type it must run as, {@code NONE} for no web server
	 * @param starter whether it has the starter
	 * @param jars how many jars it has, besides the probe
	 * @param classpath the probe and the jars
	 * @param jvmArguments given to its JVM before the class path
	 */
	private record Variant(String name, String type, boolean starter, int jars, String classpath,
			List<String> jvmArguments) {

		/** The same application with these auto-configurations excluded. */
		Variant excluding(List<String> autoConfigurations, String name) {
			return new Variant(name, this.type, this.starter, this.jars, this.classpath,
					List.of("-Dspring.autoconfigure.exclude=" + String.join(",", autoConfigurations)));
		}

	}

	/**
	 * The four applications a comparison is split by.
	 * @param with the application with the starter
	 * @param without the application alone
	 * @param libraries the application with the starter's libraries but without our jars
	 * @param jars those libraries with Spring Boot's auto-configurations for them excluded
	 */
	private record Split(Variant with, Variant without, Variant libraries, Variant jars) {
	}

	/**
	 * Cuts classpaths out of {@code target/lib}.
	 *
	 * @param target {@code benchmarks/target}
	 * @param tree this module's dependency tree
	 */
	private record Libraries(File target, DependencyTree tree) {

		/**
		 * An application with the given starters, and everything they depend on.
		 * @param slug names the classpath file in {@code target/startup}
		 * @param roots the starters, by artifact id
		 */
		Variant variant(String name, String slug, String type, String... roots) {
			List<File> jars = this.tree.jarsOf(roots)
				.stream()
				.map((jar) -> new File(this.target, "lib/" + jar))
				.toList();
			List<File> missing = jars.stream().filter((jar) -> !jar.isFile()).toList();
			if (!missing.isEmpty()) {
				throw new IllegalStateException("not in target/lib, run `package` again: " + missing);
			}
			return write(name, slug, type, Arrays.asList(roots).contains(STARTER), jars);
		}

		/**
		 * An application with the starter, but without our own jars: the same libraries in the same order, so that
		 * the difference is our auto-configuration alone.
		 */
		Variant withoutOurJars(Variant withStarter, String name, String slug) {
			List<File> jars = Arrays.stream(withStarter.classpath().split(File.pathSeparator))
				.map(File::new)
				.filter((jar) -> !jar.getName().equals(PROBE_JAR) && !jar.getName().startsWith(OUR_JARS))
				.toList();
			return write(name, slug, withStarter.type(), false, jars);
		}

		private Variant write(String name, String slug, String type, boolean starter, List<File> jars) {
			String classpath = Stream.concat(Stream.of(new File(this.target, PROBE_JAR)), jars.stream())
				.map(File::getAbsolutePath)
				.collect(Collectors.joining(File.pathSeparator));
			File classpathFile = new File(this.target, "startup/" + slug + ".classpath");
			Bench.unchecked(() -> {
				Files.createDirectories(classpathFile.getParentFile().toPath());
				return Files.writeString(classpathFile.toPath(), classpath);
			});
			return new Variant(name, type, starter, jars.size(), classpath, List.of());
		}

	}

}
