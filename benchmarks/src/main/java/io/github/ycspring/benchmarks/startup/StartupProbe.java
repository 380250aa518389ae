package io.github.ycspring.benchmarks.startup;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Comparator;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs in a fresh JVM: starts {@link ProbeApplication} (no web server) and prints one line,
 * {@code STARTUP run=<ms> uptime=<ms> beans=<n> imageClient=<bool>}, then exits.
 */
public final class StartupProbe {

	private StartupProbe() {
	}

	/**
	 * Starts and stops the application once.
	 * @param args {@code --steps} to also print the slowest startup steps (bean instantiations and the like)
	 */
	public static void main(String[] args) {
		boolean steps = Arrays.asList(args).contains("--steps");
		long start = System.nanoTime();
		SpringApplication application = new SpringApplication(ProbeApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		application.setBannerMode(Banner.Mode.OFF);
		application.setLogStartupInfo(false);
		BufferingApplicationStartup recorder = new BufferingApplicationStartup(10_000);
		if (steps) {
			application.setApplicationStartup(recorder);
		}
		ConfigurableApplicationContext context = application.run("--logging.level.root=WARN");
		double runMillis = (System.nanoTime() - start) / 1e6;
		long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
		boolean imageClient = context.containsBean("imageClient")
				|| context.getBeanNamesForType(classOrNull("io.github.ycspring.compute.ImageClient")).length > 0;
		System.out.println("STARTUP run=" + runMillis + " uptime=" + uptime + " beans="
				+ context.getBeanDefinitionCount() + " imageClient=" + imageClient);
		if (steps) {
			printSlowestSteps(recorder);
		}
		context.close();
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
