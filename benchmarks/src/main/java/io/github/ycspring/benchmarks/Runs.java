package io.github.ycspring.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs contenders round-robin, the order rotated every round so none always goes first: warm-up rounds are thrown
 * away, measured rounds are kept.
 */
public final class Runs {

	private Runs() {
	}

	/**
	 * Runs every contender {@code warmups + rounds} times.
	 * @param contenders the contenders, by name
	 * @param warmups rounds thrown away
	 * @param rounds rounds kept
	 * @return each contender's kept figures
	 */
	public static Map<String, Samples> roundRobin(List<Bench.Contender> contenders, int warmups, int rounds) {
		Map<String, Samples> figures = new LinkedHashMap<>();
		roundRobin(contenders, warmups, rounds, ThreadCounters.NONE)
			.forEach((name, measured) -> figures.put(name, measured.figures()));
		return figures;
	}

	/**
	 * Runs every contender {@code warmups + rounds} times, also reading a per-thread counter over each run: the
	 * bytes allocated, say, or CPU time.
	 * @param contenders the contenders, by name
	 * @param warmups rounds thrown away
	 * @param rounds rounds kept
	 * @param counters the threads and the counter read
	 * @return each contender's kept figures and counts
	 */
	public static Map<String, Measured> roundRobin(List<Bench.Contender> contenders, int warmups, int rounds,
			ThreadCounters counters) {
		Map<String, List<Double>> figures = new LinkedHashMap<>();
		Map<String, List<Double>> counts = new LinkedHashMap<>();
		contenders.forEach((contender) -> {
			figures.put(contender.name(), new ArrayList<>());
			counts.put(contender.name(), new ArrayList<>());
		});
		for (int round = 0; round < warmups + rounds; round++) {
			for (int i = 0; i < contenders.size(); i++) {
				Bench.Contender contender = contenders.get((i + round) % contenders.size());
				Map<Long, Long> before = counters.read();
				double figure = contender.run().get();
				long counted = ThreadCounters.between(before, counters.read());
				if (round >= warmups) {
					figures.get(contender.name()).add(figure);
					counts.get(contender.name()).add((double) counted);
				}
			}
		}
		Map<String, Measured> measured = new LinkedHashMap<>();
		figures.forEach((name, values) -> measured.put(name,
				new Measured(samples(values), samples(counts.get(name)))));
		return measured;
	}

	private static Samples samples(List<Double> values) {
		return Samples.of(values.stream().mapToDouble(Double::doubleValue).toArray());
	}

	/**
	 * What the kept runs of one contender measured.
	 *
	 * @param figures the figures its runs returned
	 * @param counted what the counter counted over its runs (bytes allocated, CPU nanoseconds)
	 */
	public record Measured(Samples figures, Samples counted) {
	}

}
