package io.github.ycspring.benchmarks;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.github.ycspring.benchmarks.baseline.JdkHttpBaseline;
import io.github.ycspring.compute.ImageClient;
import io.github.ycspring.compute.ListImagesRequest;
import io.github.ycspring.emulator.YandexCloudEmulator;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * 50 pages, 20 ms of server latency per page and 20 ms of consumer work per page. Our client fetches the next page
 * while the consumer works on this one; the blocking loop fetches, then works, then fetches. An emulator of its own
 * (5,000 images, 100 per page) so the latency applies to nothing else.
 */
final class LatencyHidingScenario {

	static final int PAGES = 50;

	static final int PAGE_SIZE = 100;

	static final Duration LATENCY = Duration.ofMillis(20);

	static final Duration WORK = Duration.ofMillis(20);

	private static final String OURS = "listPages + 20 ms non-blocking work";

	private static final String OURS_BLOCKING = "listPages + concatMap(20 ms sleep on boundedElastic)";

	private static final String OURS_PUBLISH_ON = "listPages + publishOn(boundedElastic, 1) + sleep";

	private static final String BLOCKING = "blocking loop: fetch, then 20 ms sleep";

	private final int warmups;

	private final int rounds;

	LatencyHidingScenario(int warmups, int rounds) {
		this.warmups = warmups;
		this.rounds = rounds;
	}

	void run(Report report) {
		Report.section("Latency hiding: 50 pages, 20 ms latency + 20 ms work per page");
		try (YandexCloudEmulator emulator = YandexCloudEmulator.builder().latency(LATENCY).build().start()) {
			emulator.acceptTokens(Bench.TOKEN);
			emulator.seedImages(Bench.LATENCY_FOLDER, PAGES * PAGE_SIZE);
			ImageClient images = Bench.clients(emulator.baseUrl()).images();
			JdkHttpBaseline blocking = new JdkHttpBaseline(emulator.baseUrl());
			ListImagesRequest request = ListImagesRequest.builder()
				.folderId(Bench.LATENCY_FOLDER)
				.pageSize(PAGE_SIZE)
				.build();
			List<Bench.Contender> contenders = List.of(new Bench.Contender(OURS, () -> Bench.millis(() -> check(
					images.listPages(request)
						.concatMap((page) -> Mono.delay(WORK).thenReturn(page), 1)
						.reduce(0, (count, page) -> count + page.items().size())
						.block()))),
					new Bench.Contender(OURS_BLOCKING, () -> Bench.millis(() -> check(images.listPages(request)
						.concatMap((page) -> Mono.fromCallable(() -> {
							sleep(WORK);
							return page;
						}).subscribeOn(Schedulers.boundedElastic()), 1)
						.reduce(0, (count, page) -> count + page.items().size())
						.block()))),
					new Bench.Contender(OURS_PUBLISH_ON, () -> Bench.millis(() -> check(images.listPages(request)
						.publishOn(Schedulers.boundedElastic(), 1)
						.map((page) -> {
							sleep(WORK);
							return page;
						})
						.reduce(0, (count, page) -> count + page.items().size())
						.block()))),
					new Bench.Contender(BLOCKING, () -> Bench.millis(() -> check((int) blocking
						.forEachImagePage(Bench.LATENCY_FOLDER, PAGE_SIZE, (page) -> sleep(WORK))))));
			Map<String, Samples> results = Runs.roundRobin(contenders, this.warmups, this.rounds);
			results.forEach((name, samples) -> Report.line("%-48s %s", name, samples.describe("%,.0f", "ms")));
			Samples blockingLoop = results.get(BLOCKING);
			double theirs = blockingLoop.median();
			// the blocking loop's time is pages x (fetch + work): what one fetch takes follows from it
			double fetch = theirs / PAGES - WORK.toMillis();
			double best = fetch + (PAGES - 1) * Math.max(fetch, WORK.toMillis()) + WORK.toMillis();
			Report.line("one fetch takes %.1f ms here (20 ms latency + the emulator's work + transfer + decoding), so "
					+ "one page of look-ahead can at best take %,.0f ms = %s of the blocking loop", fetch, best,
					Report.ratio(best / theirs));
			addRow(report, "latency hiding (non-blocking work)", results.get(OURS), blockingLoop, true);
			addRow(report, "latency hiding (blocking work, concatMap + subscribeOn)", results.get(OURS_BLOCKING),
					blockingLoop, true);
			addRow(report, "latency hiding (blocking work, publishOn(boundedElastic, 1))", results.get(OURS_PUBLISH_ON),
					blockingLoop, false);
		}
	}

	private static void addRow(Report report, String label, Samples ourRuns, Samples loopRuns, boolean targeted) {
		double ratio = ourRuns.medianRatioTo(loopRuns);
		double ours = ourRuns.median();
		double theirs = loopRuns.median();
		Report.line("%s: %s of the blocking loop's wall time%s", label, Report.ratio(ratio),
				targeted ? " (target <= 0.6x)" : "");
		report.add(new Report.Row(label, Report.number("%,.0f ms", ours),
				"fetch-then-work loop: " + Report.number("%,.0f ms", theirs), Report.ratio(ratio),
				targeted ? "<= 0.6x" : "-", targeted ? Boolean.valueOf(ratio <= 0.6) : null));
	}

	private static void check(Integer images) {
		if (images == null || images != PAGES * PAGE_SIZE) {
			throw new IllegalStateException("streamed " + images + " images, expected " + PAGES * PAGE_SIZE);
		}
	}

	private static void sleep(Duration duration) {
		Bench.unchecked(() -> {
			Thread.sleep(duration.toMillis());
			return null;
		});
	}

}
