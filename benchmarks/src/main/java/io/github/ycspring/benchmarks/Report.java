package io.github.ycspring.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The figures of one run: each scenario adds rows as it ends, and the run ends with one table of every ratio and
 * whether it meets its target.
 */
public final class Report {

	/** Marks a summary row that a forked JVM prints for the JVM that forked it. */
	private static final String ROW_PREFIX = "##summary-row\t";

	private static final String FIELD_SEPARATOR = "\t";

	private final List<Row> rows = new ArrayList<>();

	/**
	 * Prints a section heading.
	 * @param title the scenario
	 */
	public static void section(String title) {
		System.out.println();
		System.out.println("== " + title + " ==");
	}

	/**
	 * Prints a line of a scenario's detail.
	 * @param format the format
	 * @param args its arguments
	 */
	public static void line(String format, Object... args) {
		System.out.println("  " + String.format(Locale.ROOT, format, args));
	}

	/**
	 * Adds a row to the summary.
	 * @param row the row
	 */
	public void add(Row row) {
		this.rows.add(row);
	}

	/**
	 * Prints the summary table, in markdown.
	 * @return how many targeted rows are not met yet
	 */
	public int printSummary() {
		section("Summary");
		System.out.println();
		System.out.println("| scenario | ours | baseline | ratio | target | result |");
		System.out.println("| --- | --- | --- | --- | --- | --- |");
		int notYet = 0;
		for (Row row : this.rows) {
			String result = (row.pass() == null) ? "info" : (row.pass() ? "PASS" : "NOT YET");
			if (Boolean.FALSE.equals(row.pass())) {
				notYet++;
			}
			System.out.println("| " + row.scenario() + " | " + row.ours() + " | " + row.baseline() + " | "
					+ row.ratio() + " | " + row.target() + " | " + result + " |");
		}
		return notYet;
	}

	/**
	 * Prints the rows for the JVM that forked this one to read back ({@link #readRow}), one line each.
	 */
	void printRowsForParent() {
		for (Row row : this.rows) {
			System.out.println(ROW_PREFIX + String.join(FIELD_SEPARATOR, row.scenario(), row.ours(), row.baseline(),
					row.ratio(), row.target(), String.valueOf(row.pass())));
		}
	}

	/**
	 * Adds the row a forked JVM printed, if the line is one.
	 * @param line a line of the forked JVM's output
	 * @return whether the line was a row
	 */
	boolean readRow(String line) {
		if (!line.startsWith(ROW_PREFIX)) {
			return false;
		}
		String[] fields = line.substring(ROW_PREFIX.length()).split(FIELD_SEPARATOR, -1);
		add(new Row(fields[0], fields[1], fields[2], fields[3], fields[4],
				fields[5].equals("null") ? null : Boolean.valueOf(fields[5])));
		return true;
	}

	/**
	 * One line of the summary.
	 *
	 * @param scenario what was measured
	 * @param ours our client's figure
	 * @param baseline the baseline and its figure
	 * @param ratio ours relative to the baseline
	 * @param target the target the ratio must meet
	 * @param pass whether it meets it; {@code null} for a figure without a target
	 */
	public record Row(String scenario, String ours, String baseline, String ratio, String target,
			@Nullable Boolean pass) {
	}

	/**
	 * Formats a ratio.
	 * @param ratio the ratio
	 * @return such as {@code 0.93x}
	 */
	public static String ratio(double ratio) {
		return String.format(Locale.ROOT, "%.2fx", ratio);
	}

	/**
	 * Formats a ratio that is held to a target: with a third decimal when two would round it onto the target, so
	 * that a "0.80x" never stands beside a "NOT YET" for 0.8x.
	 * @param ratio the ratio
	 * @param target the target
	 * @return e.g. {@code 0.95x}, or {@code 0.799x}
	 */
	public static String ratio(double ratio, double target) {
		return (Math.abs(ratio - target) < 0.005) ? String.format(Locale.ROOT, "%.3fx", ratio) : ratio(ratio);
	}

	/**
	 * Formats a number with grouping.
	 * @param format the format
	 * @param value the value
	 * @return the text
	 */
	public static String number(String format, double value) {
		return String.format(Locale.ROOT, format, value);
	}

}
