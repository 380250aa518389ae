package io.github.ycspring.benchmarks;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.github.ycspring.benchmarks.memory.MemoryProbe;
import io.github.ycspring.benchmarks.server.OperationPages;
import io.github.ycspring.benchmarks.server.PageServer;
import io.netty.handler.codec.http.QueryStringDecoder;

/**
 * Streams 1,000,000 operations (1000 pages of 1000) in a JVM forked with {@code -Xmx64m}. The pages come from a
 * generator server in this JVM: seeding a million operations into the emulator holds gigabytes, so it could not
 * share the small heap, and each of its pages would scan all of them.
 */
final class MemoryScenario {

	static final int OPERATIONS = 1_000_000;

	static final String HEAP = "-Xmx64m";

	void run(Report report) {
		Report.section("Memory: 1,000,000 operations in a forked JVM with " + HEAP);
		OperationPages pages = new OperationPages(Bench.GATEWAY, OPERATIONS);
		byte[] sample = pages.page(new QueryStringDecoder(
				"/apigateways/v1/apigateways/" + Bench.GATEWAY + "/operations?pageSize=1000&pageToken=0"));
		Report.line("generated pages: %,d bytes per page of 1000, %,d MB in all", (sample != null) ? sample.length : 0,
				(sample != null) ? (long) sample.length * (OPERATIONS / 1000) >> 20 : 0);
		try (PageServer server = PageServer.start("operations", pages::page)) {
			Map<String, String> ours = fork("ours", server.baseUrl());
			Map<String, String> floor = fork("floor", server.baseUrl());
			print("OperationClient.list", ours);
			print("raw Reactor Netty + Jackson", floor);
			boolean completed = ours.containsKey("items");
			boolean floorCompleted = floor.containsKey("items");
			String peak = completed ? mib(ours.get("peakAfterGc")) : "failed: " + ours.get("error");
			String floorPeak = floorCompleted ? mib(floor.get("peakAfterGc")) : "failed";
			String ratio = (completed && floorCompleted) ? Report.ratio(
					Double.parseDouble(ours.get("peakAfterGc")) / Double.parseDouble(floor.get("peakAfterGc"))) : "-";
			Report.line("peak heap after GC, ours to the floor: %s", ratio);
			report.add(new Report.Row("1,000,000 operations in " + HEAP,
					completed ? "completed, peak heap after GC " + peak : peak, "raw Reactor Netty: " + floorPeak, ratio,
					"completes in 64 MB", completed));
		}
	}

	private static void print(String name, Map<String, String> result) {
		if (!result.containsKey("items")) {
			Report.line("%-28s FAILED: %s", name, result.get("error"));
			return;
		}
		Report.line("%-28s %,d items in %,d ms; peak heap after GC %s over %s collections (%s, max heap %s)", name,
				Long.parseLong(result.get("items")), Long.parseLong(result.get("millis")),
				mib(result.get("peakAfterGc")), result.get("collections"), result.get("gcs"),
				mib(result.get("maxHeap")));
	}

	private static String mib(String bytes) {
		return Report.number("%.1f MB", Long.parseLong(bytes) / (1024.0 * 1024.0));
	}

	private static Map<String, String> fork(String mode, String baseUrl) {
		List<String> command = new ArrayList<>(List.of(Forks.java(), HEAP, "-XX:+ExitOnOutOfMemoryError", "-cp",
				System.getProperty("java.class.path"), MemoryProbe.class.getName(), mode, baseUrl, Bench.GATEWAY,
				Integer.toString(OPERATIONS)));
		Map<String, String> result = new HashMap<>();
		StringBuilder output = new StringBuilder();
		int exit = Bench.unchecked(() -> {
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectInput(new File("/dev/null"))
				.start();
			try (BufferedReader reader = new BufferedReader(
					new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
				String line;
				while ((line = reader.readLine()) != null) {
					if (line.startsWith("RESULT ")) {
						for (String pair : line.substring(7).split(" ")) {
							int equals = pair.indexOf('=');
							if (equals > 0) {
								result.put(pair.substring(0, equals), pair.substring(equals + 1));
							}
						}
					}
					else {
						output.append(line).append('\n');
					}
				}
			}
			return process.waitFor();
		});
		if (exit != 0) {
			result.remove("items");
			result.put("error", "exit " + exit + (output.isEmpty() ? "" : ": " + output.toString().strip()));
		}
		return result;
	}

}
