package io.github.ycspring.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import io.github.ycspring.benchmarks.baseline.RawWebClientBaseline;
import io.github.ycspring.compute.Image;
import io.github.ycspring.compute.ImageClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * 1,000 {@code get} calls in flight at once ({@code flatMap} with concurrency 1000): throughput and errors, ours
 * against a plain WebClient. Each round uses the shared default connection pool, as an application does, and makes
 * several bursts, so that one round is long enough (about a second) for a pause of the machine not to decide it.
 */
final class ConcurrencyScenario {

	static final int CONCURRENT = 1000;

	private static final int BURSTS_PER_ROUND = 10;

	private static final double TARGET = 0.95;

	private static final String OURS = "ImageClient.get x1000";

	private static final String RAW = "raw WebClient x1000";

	private static final String RAW_WITH_IDS = "raw WebClient + request ids x1000";

	private final int warmups;

	private final int rounds;

	ConcurrencyScenario(int warmups, int rounds) {
		this.warmups = warmups;
		this.rounds = rounds;
	}

	void run(String baseUrl, List<String> imageIds, Report report) {
		Report.section("Concurrency: 1,000 concurrent get calls");
		ImageClient images = Bench.clients(baseUrl).images();
		RawWebClientBaseline raw = new RawWebClientBaseline(baseUrl);
		AtomicLong ourErrors = new AtomicLong();
		AtomicLong rawErrors = new AtomicLong();
		AtomicLong rawWithIdsErrors = new AtomicLong();
		AtomicReference<Throwable> firstError = new AtomicReference<>();
		List<Bench.Contender> contenders = new ArrayList<>();
		contenders.add(new Bench.Contender(OURS, () -> burst(images::get, imageIds, ourErrors, firstError)));
		contenders.add(new Bench.Contender(RAW, () -> burst(raw::getImage, imageIds, rawErrors, firstError)));
		contenders.add(new Bench.Contender(RAW_WITH_IDS,
				() -> burst(raw::getImageWithRequestIds, imageIds, rawWithIdsErrors, firstError)));
		Map<String, Samples> results = Runs.roundRobin(contenders, this.warmups, this.rounds);
		results.forEach((name, samples) -> Report.line("%-34s %s; rounds: %s", name, samples.describe("%,.0f", "calls/s"),
				samples.all("%.0f")));
		Report.line("errors over all %d rounds: ours %d, raw WebClient %d, with request ids %d%s",
				this.warmups + this.rounds, ourErrors.get(), rawErrors.get(), rawWithIdsErrors.get(),
				(firstError.get() != null) ? " (first: " + firstError.get() + ")" : "");
		double ratio = results.get(OURS).medianRatioTo(results.get(RAW));
		Report.line("throughput, ours to raw WebClient: %s (median of the rounds' ratios; target >= %.2fx)",
				Report.ratio(ratio, TARGET), TARGET);
		double withIds = results.get(OURS).medianRatioTo(results.get(RAW_WITH_IDS));
		Report.line("throughput, ours to a raw WebClient that sends the same two request ids: %s", Report.ratio(withIds));
		report.add(new Report.Row("1,000 concurrent gets: errors", Long.toString(ourErrors.get()),
				"raw WebClient: " + rawErrors.get(), "-", "0 errors", ourErrors.get() == 0));
		report.add(new Report.Row("1,000 concurrent gets: throughput",
				Report.number("%,.0f calls/s", results.get(OURS).median()),
				"raw WebClient: " + Report.number("%,.0f", results.get(RAW).median()), Report.ratio(ratio, TARGET),
				">= " + TARGET + "x", ratio >= TARGET));
		report.add(new Report.Row("1,000 concurrent gets: throughput, same request ids",
				Report.number("%,.0f calls/s", results.get(OURS).median()),
				"raw WebClient + request ids: " + Report.number("%,.0f", results.get(RAW_WITH_IDS).median()),
				Report.ratio(withIds), "-", null));
	}

	private static double burst(Function<String, Mono<Image>> get, List<String> imageIds, AtomicLong errors,
			AtomicReference<Throwable> firstError) {
		long start = System.nanoTime();
		long ok = 0;
		for (int burst = 0; burst < BURSTS_PER_ROUND; burst++) {
			int offset = burst * CONCURRENT;
			Long done = Flux.range(offset, CONCURRENT)
				.flatMap((i) -> get.apply(imageIds.get((i * 7919) % imageIds.size())).map((image) -> 1L)
					.onErrorResume((ex) -> {
						errors.incrementAndGet();
						firstError.compareAndSet(null, ex);
						return Mono.just(0L);
					}), CONCURRENT)
				.reduce(0L, Long::sum)
				.block();
			ok += (done != null) ? done : 0;
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		return ok / seconds;
	}

}
