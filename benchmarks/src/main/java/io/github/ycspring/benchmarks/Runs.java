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
		Map<String, List<Double>> figures = new LinkedHashMap<>();
		contenders.forEach((contender) -> figures.put(contender.name(), new ArrayList<>()));
		for (int round = 0; round < warmups + rounds; round++) {
			for (int i = 0; i < contenders.size(); i++) {
				Bench.Contender contender = contenders.get((i + round) % contenders.size());
				double figure = contender.run().get();
				if (round >= warmups) {
					figures.get(contender.name()).add(figure);
				}
			}
		}
		Map<String, Samples> samples = new LinkedHashMap<>();
		figures.forEach((name, values) -> samples.put(name,
				Samples.of(values.stream().mapToDouble(Double::doubleValue).toArray())));
		return samples;
	}

}
