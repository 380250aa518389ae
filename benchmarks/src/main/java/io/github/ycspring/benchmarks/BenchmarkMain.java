package io.github.ycspring.benchmarks;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.github.ycspring.emulator.YandexCloudEmulator;

/**
 * Runs every scenario, our client and its baselines side by side in one run, and prints each figure, each ratio and
 * whether it meets its target. Each scenario runs in a JVM of its own, started by this one.
 * <p>
 * {@code java -jar benchmarks/target/benchmarks.jar [--only=replay,stream,get,concurrency,latency,memory,startup,jmh]
 * [--quick]}
 */
public final class BenchmarkMain {

	static final List<String> SCENARIOS = List.of("replay", "stream", "get", "concurrency", "latency", "memory",
			"startup", "jmh");

	/** Runs the scenarios in this JVM; without it, each runs in a JVM of its own. */
	static final String IN_THIS_JVM = "--in-this-jvm";

	private BenchmarkMain() {
	}

	/**
	 * Runs the benchmarks.
	 * @param args {@code --only=a,b} to run some scenarios; {@code --quick} for fewer rounds (a smoke test);
	 * {@code --in-this-jvm} to run them all in this JVM rather than each in one of its own
	 */
	public static void main(String[] args) {
		Set<String> only = new LinkedHashSet<>(SCENARIOS);
		boolean quick = false;
		boolean inThisJvm = false;
		for (String arg : args) {
			if (arg.startsWith("--only=")) {
				only = new LinkedHashSet<>(Arrays.asList(arg.substring(7).split(",")));
				if (!SCENARIOS.containsAll(only)) {
					throw new IllegalArgumentException("unknown scenario in " + arg + "; known: " + SCENARIOS);
				}
			}
			else if (arg.equals("--quick")) {
				quick = true;
			}
			else if (arg.equals(IN_THIS_JVM)) {
				inThisJvm = true;
			}
			else {
				throw new IllegalArgumentException("unknown argument " + arg + "; usage: [--only="
						+ String.join(",", SCENARIOS) + "] [--quick] [" + IN_THIS_JVM + "]");
			}
		}
		Instant started = Instant.now();
		Report report = new Report();
		if (inThisJvm) {
			run(only, quick, report);
			report.printRowsForParent();
			System.exit(0);
		}
		printMachine();
		for (String scenario : only) {
			Forks.runScenarios(scenario, quick, report);
		}
		int notYet = report.printSummary();
		System.out.printf("%n%d target(s) not met yet; run took %s%n", notYet,
				Duration.between(started, Instant.now()).withNanos(0).toString().substring(2).toLowerCase());
		System.exit(0);
	}

	private static void run(Set<String> only, boolean quick, Report report) {
		int rounds = quick ? 1 : 5;
		int warmups = quick ? 1 : 2;
		if (only.contains("stream") || only.contains("replay") || only.contains("get")
				|| only.contains("concurrency")) {
			try (YandexCloudEmulator emulator = YandexCloudEmulator.builder().build().start()) {
				emulator.acceptTokens(Bench.TOKEN);
				long seedStart = System.nanoTime();
				List<String> ids = emulator.seedImages(Bench.BIG_FOLDER, StreamScenario.IMAGES);
				System.out.printf("%nemulator at %s, seeded %,d images in %,d ms%n", emulator.baseUrl(), ids.size(),
						(System.nanoTime() - seedStart) / 1_000_000);
				StreamScenario stream = quick ? new StreamScenario(1, 1, 0, 1) : new StreamScenario(8, 21, 0, 4);
				if (only.contains("replay")) {
					stream.againstReplay(emulator, report);
				}
				if (only.contains("stream")) {
					stream.againstEmulator(emulator, report);
				}
				if (only.contains("get")) {
					// a fresh JVM: the client's longer path needs more calls than a raw WebClient's to be compiled
					new SingleGetScenario(quick ? 1000 : 20_000, quick ? 2 : 10).run(emulator.baseUrl(), ids, report);
				}
				if (only.contains("concurrency")) {
					new ConcurrencyScenario(quick ? 1 : 20, quick ? 1 : 15).run(emulator.baseUrl(), ids, report);
				}
			}
		}
		if (only.contains("latency")) {
			new LatencyHidingScenario(warmups, rounds).run(report);
		}
		if (only.contains("memory")) {
			new MemoryScenario().run(report);
		}
		if (only.contains("startup")) {
			new StartupScenario(1, quick ? 3 : 20).run(report);
		}
		if (only.contains("jmh")) {
			new JmhScenario().run(report);
		}
	}

	private static void printMachine() {
		Runtime runtime = Runtime.getRuntime();
		long memory = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getTotalMemorySize();
		System.out.println("== Machine ==");
		System.out.printf("  %d cores, %.1f GB memory, %s %s (%s), %s %s%n", runtime.availableProcessors(),
				memory / 1e9, System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"),
				System.getProperty("java.vm.vendor"), System.getProperty("os.name"), System.getProperty("os.arch"));
		System.out.printf("  benchmark JVM: max heap %,d MB, GC %s, args %s%n", runtime.maxMemory() >> 20,
				String.join("+", ManagementFactory.getGarbageCollectorMXBeans().stream().map((gc) -> gc.getName())
					.toList()),
				ManagementFactory.getRuntimeMXBean().getInputArguments());
	}

}
