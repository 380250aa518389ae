package io.github.ycspring.benchmarks;

import java.util.List;
import java.util.Map;

import io.github.ycspring.benchmarks.baseline.Checksum;
import io.github.ycspring.benchmarks.baseline.JdkHttpBaseline;
import io.github.ycspring.benchmarks.baseline.ReactorNettyBaseline;
import io.github.ycspring.benchmarks.baseline.RestClientBaseline;
import io.github.ycspring.benchmarks.server.PageServer;
import io.github.ycspring.benchmarks.server.ReplayPages;
import io.github.ycspring.compute.ImageClient;
import io.github.ycspring.emulator.YandexCloudEmulator;
import io.github.ycspring.internal.json.ProtoJson;

/**
 * Streams 100,000 images (100 pages of 1000 full records) with {@code ImageClient.list} and with three hand-written
 * loops over the same pages: raw Reactor Netty (the floor), the blocking JDK client, and Spring's RestClient. Runs
 * twice: against the emulator, whose page building (scan, sort, serialize) is part of every contender's time, and
 * against a replay of the emulator's pages, pre-rendered, so that the clients' own cost is what differs.
 */
final class StreamScenario {

	static final int IMAGES = 100_000;

	static final int PAGE_SIZE = 1000;

	private static final String OURS = "ImageClient.list";

	private static final String FLOOR = "raw Reactor Netty + Jackson";

	private static final String BLOCKING = "blocking java.net.http + Jackson";

	private static final String REST_CLIENT = "Spring RestClient loop";

	private final int replayWarmups;

	private final int replayRounds;

	private final int emulatorWarmups;

	private final int emulatorRounds;

	/**
	 * A scenario; the replay runs first and so also warms the clients up for the emulator's runs.
	 * @param replayWarmups rounds thrown away against the replay (half a second each: the JIT needs several)
	 * @param replayRounds rounds kept against the replay
	 * @param emulatorWarmups rounds thrown away against the emulator
	 * @param emulatorRounds rounds kept against the emulator (about 15 s each on 2 cores: it sorts 100,000 images
	 * for every page)
	 */
	StreamScenario(int replayWarmups, int replayRounds, int emulatorWarmups, int emulatorRounds) {
		this.replayWarmups = replayWarmups;
		this.replayRounds = replayRounds;
		this.emulatorWarmups = emulatorWarmups;
		this.emulatorRounds = emulatorRounds;
	}

	void againstEmulator(YandexCloudEmulator emulator, Report report) {
		Report.section("Stream 100,000 images: emulator (server work included)");
		measure(emulator.baseUrl(), "stream, emulator", this.emulatorWarmups, this.emulatorRounds, report);
	}

	void againstReplay(YandexCloudEmulator emulator, Report report) {
		Report.section("Stream 100,000 images: replayed pages (client work only)");
		ReplayPages pages = capture(emulator.baseUrl());
		Report.line("captured %d pages, %,d bytes (%,d bytes per image)", IMAGES / PAGE_SIZE, pages.totalBytes(),
				pages.totalBytes() / IMAGES);
		try (PageServer server = PageServer.start("replay", pages::page)) {
			measure(server.baseUrl(), "stream, replay", this.replayWarmups, this.replayRounds, report);
		}
	}

	private static ReplayPages capture(String baseUrl) {
		JdkHttpBaseline http = new JdkHttpBaseline(baseUrl);
		ReplayPages pages = new ReplayPages("/compute/v1/images");
		String token = "";
		do {
			String pageToken = token;
			byte[] body = Bench.unchecked(() -> http.bytes("/compute/v1/images?folderId=" + Bench.BIG_FOLDER
					+ "&pageSize=" + PAGE_SIZE + (pageToken.isEmpty() ? "" : "&pageToken=" + pageToken)));
			pages.put(pageToken, body);
			token = ProtoJson.mapper().readTree(body).path("nextPageToken").asString("");
		}
		while (!token.isEmpty());
		return pages;
	}

	private void measure(String baseUrl, String label, int warmups, int rounds, Report report) {
		ImageClient images = Bench.clients(baseUrl).images();
		ReactorNettyBaseline floor = new ReactorNettyBaseline(baseUrl);
		JdkHttpBaseline blocking = new JdkHttpBaseline(baseUrl);
		RestClientBaseline restClient = new RestClientBaseline(baseUrl);
		List<Bench.Contender> contenders = List.of(
				itemsPerSecond(OURS, () -> images.list(Bench.BIG_FOLDER)
					.reduce(0L, (count, image) -> count + Checksum.of(image))
					.block()),
				itemsPerSecond(FLOOR, () -> floor.listImages(Bench.BIG_FOLDER, PAGE_SIZE)
					.reduce(0L, (count, image) -> count + Checksum.of(image))
					.block()),
				itemsPerSecond(BLOCKING, () -> blocking.forEachImagePage(Bench.BIG_FOLDER, PAGE_SIZE, Checksum::of)),
				itemsPerSecond(REST_CLIENT, () -> restClient.countImages(Bench.BIG_FOLDER, PAGE_SIZE)));
		Map<String, Samples> results = Runs.roundRobin(contenders, warmups, rounds);
		results.forEach((name, samples) -> Report.line("%-34s %s; runs: %s", name, samples.describe("%,.0f", "images/s"),
				samples.all("%.0f")));
		Samples ours = results.get(OURS);
		compare(report, label, ours, FLOOR, results.get(FLOOR), 0.9);
		compare(report, label, ours, BLOCKING, results.get(BLOCKING), 1.0);
		compare(report, label, ours, REST_CLIENT, results.get(REST_CLIENT), 1.0);
	}

	private static void compare(Report report, String label, Samples ours, String baseline, Samples theirs,
			double target) {
		double ratio = ours.medianRatioTo(theirs);
		Report.line("ratio to %-34s %s, median of the rounds' ratios (ratio of medians %s; target >= %.1fx)",
				baseline + ":", Report.ratio(ratio), Report.ratio(ours.median() / theirs.median()), target);
		report.add(new Report.Row(label, Report.number("%,.0f images/s", ours.median()),
				baseline + ": " + Report.number("%,.0f", theirs.median()), Report.ratio(ratio), ">= " + target + "x",
				ratio >= target));
	}

	private static Bench.Contender itemsPerSecond(String name, Bench.CheckedSupplier<Long> run) {
		return new Bench.Contender(name, () -> {
			long start = System.nanoTime();
			Long count = Bench.unchecked(run);
			double seconds = (System.nanoTime() - start) / 1e9;
			if (count == null || count != IMAGES) {
				throw new IllegalStateException(name + " streamed " + count + " images, expected " + IMAGES);
			}
			return count / seconds;
		});
	}

}
