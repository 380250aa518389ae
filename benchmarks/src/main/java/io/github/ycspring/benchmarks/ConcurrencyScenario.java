package io.github.ycspring.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
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
 * <p>
 * Beside the throughput stands a figure the machine's pauses move far less: the CPU time the client's threads (every
 * thread but the in-process emulator's) spent per call, read from the JVM's per-thread counters over each round. It
 * says what a call costs, where the throughput also says how client and emulator shared the two cores.
 */
final class ConcurrencyScenario {

	static final int CONCURRENT = 1000;

	private static final int BURSTS_PER_ROUND = 10;

	private static final double TARGET = 0.95;

	private static final String OURS = "ImageClient.get x1000";

	private static final String RAW = "raw WebClient x1000";

	private static final String RAW_WITH_IDS = "raw WebClient + request ids x1000";

	private static final int CALLS_PER_ROUND = BURSTS_PER_ROUND * CONCURRENT;

	private static final ThreadCounters CLIENT_CPU = ThreadCounters.cpuNanosExcluding("yc-emulator");

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
		Map<String, Runs.Measured> measured = Runs.roundRobin(contenders, this.warmups, this.rounds, CLIENT_CPU);
		Map<String, Samples> results = new LinkedHashMap<>();
		Map<String, Samples> cpu = new LinkedHashMap<>();
		measured.forEach((name, figures) -> {
			results.put(name, figures.figures());
			cpu.put(name, figures.counted().dividedBy(CALLS_PER_ROUND * 1e3));
			Report.line("%-34s %s; client CPU %s; rounds: %s", name, figures.figures().describe("%,.0f", "calls/s"),
					cpu.get(name).describe("%.1f", "us/call"), figures.figures().all("%.0f"));
		});
		Report.line("errors over all %d rounds: ours %d, raw WebClient %d, with request ids %d%s",
				this.warmups + this.rounds, ourErrors.get(), rawErrors.get(), rawWithIdsErrors.get(),
				(firstError.get() != null) ? " (first: " + firstError.get() + ")" : "");
		double ratio = results.get(OURS).medianRatioTo(results.get(RAW));
		Report.line("throughput, ours to raw WebClient: %s (median of the rounds' ratios; target >= %.2fx)",
				Report.ratio(ratio, TARGET), TARGET);
		double withIds = results.get(OURS).medianRatioTo(results.get(RAW_WITH_IDS));
		Report.line("throughput, ours to a raw WebClient that sends the same two request ids: %s", Report.ratio(withIds));
		double cpuRatio = cpu.get(OURS).medianRatioTo(cpu.get(RAW));
		double cpuRatioWithIds = cpu.get(OURS).medianRatioTo(cpu.get(RAW_WITH_IDS));
		Report.line("client CPU per call, ours to raw WebClient: %s; to raw WebClient with the same ids: %s",
				Report.ratio(cpuRatio), Report.ratio(cpuRatioWithIds));
		report.add(new Report.Row("1,000 concurrent gets: errors", Long.toString(ourErrors.get()),
				"raw WebClient: " + rawErrors.get(), "-", "0 errors", ourErrors.get() == 0));
		report.add(new Report.Row("1,000 concurrent gets: throughput",
				Report.number("%,.0f calls/s", results.get(OURS).median()),
				"raw WebClient: " + Report.number("%,.0f", results.get(RAW).median()), Report.ratio(ratio, TARGET),
				">= " + TARGET + "x", ratio >= TARGET));
		report.add(new Report.Row("1,000 concurrent gets: client CPU per call",
				Report.number("%.1f us", cpu.get(OURS).median()),
				"raw WebClient: " + Report.number("%.1f us", cpu.get(RAW).median()) + "; with ids: "
						+ Report.number("%.1f us", cpu.get(RAW_WITH_IDS).median()),
				Report.ratio(cpuRatio), "-", null));
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
