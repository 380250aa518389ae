package io.github.ycspring.benchmarks;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.ycspring.benchmarks.jmh.PageDecodeBenchmark;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * The JMH microbenchmarks, in a forked JVM each, with short iterations to keep the whole run short.
 */
final class JmhScenario {

	void run(Report report) {
		Report.section("JMH: decoding one page of 1000 records (pages/s, 1 fork, 4x1 s warm-up, 4x1 s measured)");
		Collection<RunResult> results = Bench.unchecked(() -> runJmh());
		Map<String, Double> scores = new LinkedHashMap<>();
		for (RunResult result : results) {
			Result<?> primary = result.getPrimaryResult();
			String name = result.getParams().getBenchmark();
			name = name.substring(name.lastIndexOf('.') + 1);
			scores.put(name, primary.getScore());
			Report.line("%-36s %,10.1f +- %,8.1f %s  (%,.0f records/s)", name, primary.getScore(),
					primary.getScoreError(), primary.getScoreUnit(), primary.getScore() * 1000);
			report.add(new Report.Row("JMH " + name, Report.number("%,.0f pages/s", primary.getScore()), "-", "-", "-",
					null));
		}
		Double ours = scores.get("imagePageFromByteArray");
		Double generic = scores.get("imagePageWithGenericRecordBinding");
		if (ours != null && generic != null) {
			Report.line("the hand-written image reader decodes a page %s as fast as Jackson's generic record binding"
					+ " with the same settings", Report.ratio(ours / generic));
			report.add(new Report.Row("JMH decode, image page: hand-written reader", Report.number("%,.0f pages/s", ours),
					"Jackson's generic record binding: " + Report.number("%,.0f", generic), Report.ratio(ours / generic),
					"-", null));
		}
		Double defaults = scores.get("imagePageWithJacksonDefaults");
		if (ours != null && defaults != null) {
			Report.line("the client's mapper decodes a page of images %s as fast as Jackson's default mapper",
					Report.ratio(ours / defaults));
			report.add(new Report.Row("JMH decode, image page", Report.number("%,.0f pages/s", ours),
					"Jackson's default mapper: " + Report.number("%,.0f", defaults), Report.ratio(ours / defaults), "-",
					null));
		}
	}

	private static Collection<RunResult> runJmh() throws RunnerException {
		return new Runner(new OptionsBuilder().include(PageDecodeBenchmark.class.getName())
			.forks(1)
			.warmupIterations(4)
			.warmupTime(TimeValue.seconds(1))
			.measurementIterations(4)
			.measurementTime(TimeValue.seconds(1))
			.jvmArgs("-Xmx1g")
			.shouldFailOnError(true)
			.verbosity(VerboseMode.SILENT)
			.build()).run();
	}

}
