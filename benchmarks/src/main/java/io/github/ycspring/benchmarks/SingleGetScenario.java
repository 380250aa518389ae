package io.github.ycspring.benchmarks;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import io.github.ycspring.benchmarks.baseline.RawWebClientBaseline;
import io.github.ycspring.compute.Image;
import io.github.ycspring.compute.ImageClient;
import org.HdrHistogram.Histogram;
import reactor.core.publisher.Mono;

/**
 * One {@code get} at a time, sequentially: the latency of {@code ImageClient.get} against a plain WebClient doing
 * the same GET and decoding with the same mapper. Blocks of calls alternate between the two.
 */
final class SingleGetScenario {

	private static final int BLOCK = 1000;

	private final int warmupCalls;

	private final int blocks;

	SingleGetScenario(int warmupCalls, int blocks) {
		this.warmupCalls = warmupCalls;
		this.blocks = blocks;
	}

	void run(String baseUrl, List<String> imageIds, Report report) {
		Report.section("Single get: latency, " + this.blocks * BLOCK + " sequential calls each");
		ImageClient images = Bench.clients(baseUrl).images();
		RawWebClientBaseline raw = new RawWebClientBaseline(baseUrl);
		Histogram ours = new Histogram(60_000_000L, 3);
		Histogram theirs = new Histogram(60_000_000L, 3);
		Histogram discard = new Histogram(60_000_000L, 3);
		calls(images::get, imageIds, this.warmupCalls, discard);
		calls(raw::getImage, imageIds, this.warmupCalls, discard);
		for (int block = 0; block < this.blocks; block++) {
			if (block % 2 == 0) {
				calls(images::get, imageIds, BLOCK, ours);
				calls(raw::getImage, imageIds, BLOCK, theirs);
			}
			else {
				calls(raw::getImage, imageIds, BLOCK, theirs);
				calls(images::get, imageIds, BLOCK, ours);
			}
		}
		print("ImageClient.get", ours);
		print("raw WebClient GET + decode", theirs);
		double p50 = ours.getValueAtPercentile(50) / (double) theirs.getValueAtPercentile(50);
		double p99 = ours.getValueAtPercentile(99) / (double) theirs.getValueAtPercentile(99);
		Report.line("p50 ratio %s (target <= 1.05x), p99 ratio %s", Report.ratio(p50, 1.05), Report.ratio(p99));
		report.add(new Report.Row("single get p50", micros(ours, 50), "raw WebClient: " + micros(theirs, 50),
				Report.ratio(p50, 1.05), "<= 1.05x", p50 <= 1.05));
		report.add(new Report.Row("single get p99", micros(ours, 99), "raw WebClient: " + micros(theirs, 99),
				Report.ratio(p99), "-", null));
	}

	private static void calls(Function<String, Mono<Image>> get, List<String> imageIds, int count,
			Histogram histogram) {
		for (int i = 0; i < count; i++) {
			String id = imageIds.get((i * 7919) % imageIds.size());
			long start = System.nanoTime();
			Image image = get.apply(id).block();
			histogram.recordValue((System.nanoTime() - start) / 1000);
			if (image == null || !image.id().equals(id)) {
				throw new IllegalStateException("wrong image for " + id);
			}
		}
	}

	private static void print(String name, Histogram histogram) {
		Report.line("%-28s p50 %,6d us  p90 %,6d us  p99 %,6d us  p99.9 %,6d us  max %,6d us  (n=%d)", name,
				histogram.getValueAtPercentile(50), histogram.getValueAtPercentile(90),
				histogram.getValueAtPercentile(99), histogram.getValueAtPercentile(99.9), histogram.getMaxValue(),
				histogram.getTotalCount());
	}

	private static String micros(Histogram histogram, double percentile) {
		return String.format(Locale.ROOT, "%,d us", histogram.getValueAtPercentile(percentile));
	}

}
