package io.github.ycspring.benchmarks.startup;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.condition.ConditionEvaluationReport;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs in a fresh JVM: starts {@link ProbeApplication} and prints one line,
 * {@code STARTUP run=<ms> uptime=<ms> beans=<n> classes=<n> autoConfigurations=<n> appliedAutoConfigurations=<n>
 * imageClient=<bool> type=<web application type> port=<port|none>}, then exits. Classes loaded and
 * auto-configuration classes evaluated are the figures noise does not move: they say what a time difference is
 * made of. Without {@code --web} it runs no web server whatever the classpath holds; with it, Boot deduces the
 * type from the classpath and starts the server on a free loopback port, so the scenario can check that a web
 * application really ran.
 */
public final class StartupProbe {

	private StartupProbe() {
	}

	/**
	 * Starts and stops the application once.
	 * @param args {@code --web} to let Boot deduce the web application type and start its server;
	 * {@code --steps} to also print the slowest startup steps (bean instantiations and the like);
	 * {@code --auto-configurations} to also print every auto-configuration class evaluated and whether it applied
	 */
	public static void main(String[] args) {
		boolean web = Arrays.asList(args).contains("--web");
		boolean steps = Arrays.asList(args).contains("--steps");
		boolean autoConfigurations = Arrays.asList(args).contains("--auto-configurations");
		long start = System.nanoTime();
		SpringApplication application = new SpringApplication(ProbeApplication.class);
		if (!web) {
			application.setWebApplicationType(WebApplicationType.NONE);
		}
		application.setBannerMode(Banner.Mode.OFF);
		application.setLogStartupInfo(false);
		BufferingApplicationStartup recorder = new BufferingApplicationStartup(10_000);
		if (steps) {
			application.setApplicationStartup(recorder);
		}
		List<String> properties = new ArrayList<>(List.of("--logging.level.root=WARN"));
		if (web) {
			properties.addAll(List.of("--server.address=127.0.0.1", "--server.port=0"));
		}
		// returns once the context is refreshed, which for a web application includes starting its server
		ConfigurableApplicationContext context = application.run(properties.toArray(String[]::new));
		double runMillis = (System.nanoTime() - start) / 1e6;
		long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
		long classes = ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount();
		ConditionEvaluationReport conditions = ConditionEvaluationReport.get(context.getBeanFactory());
		boolean imageClient = context.containsBean("imageClient")
				|| context.getBeanNamesForType(classOrNull("io.github.ycspring.compute.ImageClient")).length > 0;
		// set by Boot when the web server has started, absent without one
		String port = context.getEnvironment().getProperty("local.server.port", "none");
		System.out.println("STARTUP run=" + runMillis + " uptime=" + uptime + " beans="
				+ context.getBeanDefinitionCount() + " classes=" + classes + " autoConfigurations="
				+ autoConfigurations(conditions, false) + " appliedAutoConfigurations="
				+ autoConfigurations(conditions, true) + " imageClient=" + imageClient + " type="
				+ application.getWebApplicationType() + " port=" + port);
		if (steps) {
			printSlowestSteps(recorder);
		}
		if (autoConfigurations) {
			conditions.getConditionAndOutcomesBySource()
				.forEach((source, outcomes) -> System.out.println("AUTO-CONFIGURATION " + source + " "
						+ (outcomes.isFullMatch() ? "applied" : "not applied")));
			conditions.getUnconditionalClasses()
				.forEach((source) -> System.out.println("AUTO-CONFIGURATION " + source + " unconditional"));
		}
		context.close();
	}

	/**
	 * Counts the auto-configuration classes whose conditions were evaluated (those the import filter turned down
	 * included: their metadata was read) or, with {@code appliedOnly}, those that matched and were parsed.
	 */
	private static long autoConfigurations(ConditionEvaluationReport conditions, boolean appliedOnly) {
		// sources with '#' are @Bean methods, the others classes; unconditional classes have no outcome at all
		long conditional = conditions.getConditionAndOutcomesBySource()
			.entrySet()
			.stream()
			.filter((source) -> !source.getKey().contains("#") && isAutoConfiguration(source.getKey()))
			.filter((source) -> !appliedOnly || source.getValue().isFullMatch())
			.count();
		return conditional + conditions.getUnconditionalClasses().stream().filter(StartupProbe::isAutoConfiguration)
			.count();
	}

	private static boolean isAutoConfiguration(String className) {
		return !className.startsWith(ProbeApplication.class.getPackageName());
	}

	private static void printSlowestSteps(BufferingApplicationStartup recorder) {
		recorder.getBufferedTimeline()
			.getEvents()
			.stream()
			.sorted(Comparator.comparing(StartupTimeline.TimelineEvent::getDuration).reversed())
			.limit(25)
			.forEach((event) -> {
				StringBuilder tags = new StringBuilder();
				event.getStartupStep().getTags().forEach((tag) -> tags.append(' ').append(tag.getKey()).append('=')
					.append(tag.getValue()));
				System.out.printf("STEP %6d ms %s%s%n", event.getDuration().toMillis(), event.getStartupStep().getName(),
						tags);
			});
	}

	private static Class<?> classOrNull(String name) {
		try {
			return Class.forName(name);
		}
		catch (ClassNotFoundException ex) {
			return Void.class;
		}
	}

}
