package io.github.ycspring.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.ycspring.benchmarks.baseline.Checksum;
import io.github.ycspring.benchmarks.baseline.JdkHttpBaseline;
import io.github.ycspring.benchmarks.baseline.RawWebClientBaseline;
import io.github.ycspring.benchmarks.baseline.ReactorNettyBaseline;
import io.github.ycspring.benchmarks.baseline.RestClientBaseline;
import io.github.ycspring.benchmarks.baseline.YandexSdkBaseline;
import io.github.ycspring.benchmarks.server.GrpcImageServer;
import io.github.ycspring.benchmarks.server.PageServer;
import io.github.ycspring.benchmarks.server.ReplayPages;
import io.github.ycspring.compute.ImageClient;
import io.github.ycspring.emulator.YandexCloudEmulator;
import io.github.ycspring.internal.json.ProtoJson;

/**
 * Streams 100,000 images (100 pages of 1000 full records) with {@code ImageClient.list} and with four hand-written
 * loops over the same pages: raw Reactor Netty (the floor), raw WebClient, the blocking JDK client, and Spring's
 * RestClient. Runs
 * twice: against the emulator, whose page building (scan, sort, serialize) is part of every contender's time, and
 * against a replay of the emulator's pages, pre-rendered, so that the clients' own cost is what differs. The replay
 * also streams the same pages, as protobuf, with the official SDK over gRPC. Besides images per second, every run
 * counts the bytes its client allocates per image.
 */
final class StreamScenario {

	static final int IMAGES = 100_000;

	static final int PAGE_SIZE = 1000;

	private static final String OURS = "ImageClient.list";

	private static final String FLOOR = "raw Reactor Netty + Jackson";

	private static final String RAW_WEB_CLIENT = "raw WebClient + Jackson";

	private static final String BLOCKING = "blocking java.net.http + Jackson";

	private static final String REST_CLIENT = "Spring RestClient loop";

	private static final String SDK = "Yandex Java SDK (gRPC)";

	/** Thread names of the replay's servers, HTTP and gRPC. */
	private static final String REPLAY_THREADS = "replay";

	/** Allocation of the clients' threads: the in-process servers' threads are not the clients' cost. */
	private static final ThreadCounters CLIENT_THREADS = ThreadCounters.allocatedBytesExcluding(REPLAY_THREADS,
			"yc-emulator");

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
		Report.line("%s is not run here: it speaks gRPC, and the emulator only REST", SDK);
		measure(emulator.baseUrl(), "stream, emulator", this.emulatorWarmups, this.emulatorRounds, List.of(), report);
	}

	void againstReplay(YandexCloudEmulator emulator, Report report) {
		Report.section("Stream 100,000 images: replayed pages (client work only)");
		Report.line("%s: %s", SDK, YandexSdkBaseline.versions());
		ReplayPages pages = capture(emulator.baseUrl());
		Report.line("captured %d pages, %,d bytes (%,d bytes per image)", IMAGES / PAGE_SIZE, pages.totalBytes(),
				pages.totalBytes() / IMAGES);
		try (PageServer server = PageServer.start(REPLAY_THREADS, pages::page);
				GrpcImageServer grpc = GrpcImageServer.start(REPLAY_THREADS + "-grpc", pages);
				YandexSdkBaseline sdk = new YandexSdkBaseline(grpc.target())) {
			Report.line("%s streams the same pages from a gRPC server, as protobuf: %,d bytes (%,d bytes per image)",
					SDK, grpc.totalBytes(), grpc.totalBytes() / IMAGES);
			measure(server.baseUrl(), "stream, replay", this.replayWarmups, this.replayRounds,
					List.of(new Rival(SDK, 0.8, () -> sdk.countImages(Bench.BIG_FOLDER, PAGE_SIZE))), report);
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

	private void measure(String baseUrl, String label, int warmups, int rounds, List<Rival> others, Report report) {
		ImageClient images = Bench.clients(baseUrl).images();
		ReactorNettyBaseline floor = new ReactorNettyBaseline(baseUrl);
		RawWebClientBaseline webClient = new RawWebClientBaseline(baseUrl);
		JdkHttpBaseline blocking = new JdkHttpBaseline(baseUrl);
		RestClientBaseline restClient = new RestClientBaseline(baseUrl);
		List<Rival> rivals = new ArrayList<>(List.of(
				new Rival(FLOOR, 0.9, () -> Checksum.of(floor.listImages(Bench.BIG_FOLDER, PAGE_SIZE))),
				new Rival(RAW_WEB_CLIENT, 1.0, () -> Checksum.of(webClient.listImages(Bench.BIG_FOLDER, PAGE_SIZE))),
				new Rival(BLOCKING, 1.0, () -> blocking.forEachImagePage(Bench.BIG_FOLDER, PAGE_SIZE, Checksum::of)),
				new Rival(REST_CLIENT, 1.0, () -> restClient.countImages(Bench.BIG_FOLDER, PAGE_SIZE))));
		rivals.addAll(others);
		List<Bench.Contender> contenders = new ArrayList<>();
		contenders.add(itemsPerSecond(OURS, () -> Checksum.of(images.list(Bench.BIG_FOLDER))));
		rivals.forEach((rival) -> contenders.add(itemsPerSecond(rival.name(), rival.stream())));
		Map<String, Runs.Measured> results = Runs.roundRobin(contenders, warmups, rounds, CLIENT_THREADS);
		results.forEach((name, measured) -> Report.line("%-34s %s; %s; runs: %s", name,
				measured.figures().describe("%,.0f", "images/s"),
				bytesPerImage(measured).describe("%,.0f", "bytes/image"), measured.figures().all("%.0f")));
		Samples ours = results.get(OURS).figures();
		for (Rival rival : rivals) {
			compare(report, label, "images/s", ours, rival.name(), results.get(rival.name()).figures(), ">=",
					rival.target());
		}
		for (String baseline : List.of(FLOOR, RAW_WEB_CLIENT)) {
			compare(report, label + ", allocation", "bytes/image", bytesPerImage(results.get(OURS)), baseline,
					bytesPerImage(results.get(baseline)), "<=", 1.0);
		}
	}

	private static Samples bytesPerImage(Runs.Measured measured) {
		return measured.counted().dividedBy(IMAGES);
	}

	/**
	 * Compares our figure with a baseline's, prints the ratio and adds it to the summary.
	 * @param direction {@code >=} when more is better (throughput), {@code <=} when less is (allocation)
	 */
	private static void compare(Report report, String label, String unit, Samples ours, String baseline,
			Samples theirs, String direction, double target) {
		double ratio = ours.medianRatioTo(theirs);
		boolean met = direction.equals(">=") ? ratio >= target : ratio <= target;
		Report.line("%-11s ratio to %-34s %s, median of the rounds' ratios (ratio of medians %s; target %s %.1fx)",
				unit, baseline + ":", Report.ratio(ratio, target), Report.ratio(ours.median() / theirs.median()), direction,
				target);
		report.add(new Report.Row(label, Report.number("%,.0f " + unit, ours.median()),
				baseline + ": " + Report.number("%,.0f", theirs.median()), Report.ratio(ratio, target),
				direction + " " + target + "x", met));
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

	/**
	 * A baseline of the stream and the ratio our throughput must reach against it.
	 *
	 * @param name who streams
	 * @param target our images/s over theirs must be at least this
	 * @param stream streams every image and returns the count
	 */
	private record Rival(String name, double target, Bench.CheckedSupplier<Long> stream) {
	}

}
