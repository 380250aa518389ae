package io.github.ycspring.internal.json;

/**
 * Reads unsigned decimal numbers where a parser holds their characters, with no {@code String} made: int64 values
 * that proto3 JSON writes as strings, and the fields of a timestamp.
 */
public final class DecimalDigits {

	/** The most digits whose value always fits a {@code long}. */
	private static final int MAX_DIGITS = 18;

	private DecimalDigits() {
	}

	/**
	 * The value of 1 to 18 decimal digits.
	 * @param text the characters
	 * @param offset where the digits start
	 * @param length how many there are
	 * @return the value, or -1 for no digits, more than 18, or a character that is not one
	 */
	public static long value(char[] text, int offset, int length) {
		if (length < 1 || length > MAX_DIGITS) {
			return -1;
		}
		long value = 0;
		for (int i = offset; i < offset + length; i++) {
			char c = text[i];
			if (c < '0' || c > '9') {
				return -1;
			}
			value = value * 10 + (c - '0');
		}
		return value;
	}

}
