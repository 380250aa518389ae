package io.github.ycspring.benchmarks;

import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * Repeated measurements of one figure: median, min and max.
 */
public final class Samples {

	private static final int BOOTSTRAP_RESAMPLES = 10_000;

	private final double[] values;

	private final double[] inOrder;

	private Samples(double[] values) {
		if (values.length == 0) {
			throw new IllegalArgumentException("no samples");
		}
		this.inOrder = values.clone();
		this.values = values.clone();
		Arrays.sort(this.values);
	}

	/**
	 * Wraps measured values.
	 * @param values the values, any order
	 * @return the samples
	 */
	public static Samples of(double... values) {
		return new Samples(values);
	}

	/**
	 * The median.
	 * @return the median
	 */
	public double median() {
		int n = this.values.length;
		return (n % 2 == 1) ? this.values[n / 2] : (this.values[n / 2 - 1] + this.values[n / 2]) / 2;
	}

	/**
	 * The smallest value.
	 * @return the minimum
	 */
	public double min() {
		return this.values[0];
	}

	/**
	 * The largest value.
	 * @return the maximum
	 */
	public double max() {
		return this.values[this.values.length - 1];
	}

	/**
	 * Median, min and max with a unit, for a report line.
	 * @param format format of one value, such as {@code %,.0f}
	 * @param unit the unit
	 * @return the description
	 */
	public String describe(String format, String unit) {
		return String.format(Locale.ROOT, format + " %s (min " + format + ", max " + format + ", n=%d)", median(), unit,
				min(), max(), this.values.length);
	}

	/**
	 * The median of the ratios of this one's values to another's, measured in the same rounds: a paired comparison,
	 * so that drift over the run (JIT, GC, the machine) cancels out.
	 * @param baseline the other's values, in the same order
	 * @return the median ratio
	 */
	public double medianRatioTo(Samples baseline) {
		if (baseline.inOrder.length != this.inOrder.length) {
			throw new IllegalArgumentException("not paired");
		}
		double[] ratios = new double[this.inOrder.length];
		for (int i = 0; i < ratios.length; i++) {
			ratios[i] = this.inOrder[i] / baseline.inOrder[i];
		}
		return of(ratios).median();
	}

	/**
	 * The median of the differences of this one's values to another's, measured in the same rounds, with a bootstrap
	 * 95% confidence interval: the paired differences resampled with replacement, the median of each resample, and
	 * the 2.5th and 97.5th percentiles of those medians. The seed is fixed, so the same samples give the same interval.
	 * @param baseline the other's values, in the same order
	 * @return the median difference and its interval
	 */
	public Difference differenceTo(Samples baseline) {
		if (baseline.inOrder.length != this.inOrder.length) {
			throw new IllegalArgumentException("not paired");
		}
		int n = this.inOrder.length;
		double[] differences = new double[n];
		for (int i = 0; i < n; i++) {
			differences[i] = this.inOrder[i] - baseline.inOrder[i];
		}
		SplittableRandom random = new SplittableRandom(42);
		double[] medians = new double[BOOTSTRAP_RESAMPLES];
		double[] resample = new double[n];
		for (int r = 0; r < medians.length; r++) {
			for (int i = 0; i < n; i++) {
				resample[i] = differences[random.nextInt(n)];
			}
			medians[r] = of(resample).median();
		}
		Arrays.sort(medians);
		return new Difference(of(differences).median(), medians[(int) (medians.length * 0.025)],
				medians[(int) (medians.length * 0.975) - 1]);
	}

	/**
	 * A median difference and its 95% confidence interval.
	 *
	 * @param median the median of the paired differences
	 * @param low the interval's lower end
	 * @param high the interval's upper end
	 */
	public record Difference(double median, double low, double high) {

		/**
		 * Formats it, such as {@code +42 ms [+10, +80]}.
		 * @param unit the unit
		 * @return the text
		 */
		public String describe(String unit) {
			return String.format(Locale.ROOT, "%+.0f %s [%+.0f, %+.0f]", this.median, unit, this.low, this.high);
		}

	}

	/**
	 * These values, each divided by the same number, such as bytes per run into bytes per item.
	 * @param divisor the number
	 * @return the divided values, in the same order
	 */
	public Samples dividedBy(double divisor) {
		return of(Arrays.stream(this.inOrder).map((value) -> value / divisor).toArray());
	}

	/**
	 * Every value in the order measured.
	 * @param format format of one value
	 * @return the values
	 */
	public String all(String format) {
		return Arrays.stream(this.inOrder)
			.mapToObj((value) -> String.format(Locale.ROOT, format, value))
			.collect(Collectors.joining(" "));
	}

}
