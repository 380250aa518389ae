package io.github.ycspring.emulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The list filter language of Yandex Cloud: {@code <field> <op> <value>} conditions joined by
 * {@code AND}; ops {@code =}, {@code !=}, {@code IN}, {@code NOT IN}; values in double or
 * single quotes (bare words too, as in {@code done=false}); {@code IN} takes
 * {@code ("a", "b")}.
 */
final class FilterExpression {

	enum Op {

		EQ, NE, IN, NOT_IN

	}

	record Condition(String field, Op op, List<String> values) {

		boolean test(String actual) {
			boolean listed = this.values.contains(actual);
			return (this.op == Op.EQ || this.op == Op.IN) == listed;
		}

	}

	private final String text;

	private int position;

	private FilterExpression(String text) {
		this.text = text;
	}

	/**
	 * A predicate for a filter over the given fields (by name, to the field's value as a
	 * string); a blank filter matches everything.
	 */
	static <T> Predicate<T> predicate(String filter, Map<String, Function<T, String>> fields, Set<Op> allowedOps) {
		Predicate<T> predicate = (item) -> true;
		for (Condition condition : parse(filter)) {
			Function<T, String> field = fields.get(condition.field());
			if (field == null) {
				throw invalid("unknown field \"" + condition.field() + "\", expected one of " + fields.keySet());
			}
			if (!allowedOps.contains(condition.op())) {
				throw invalid("operator " + condition.op() + " is not supported for \"" + condition.field() + "\"");
			}
			predicate = predicate.and((item) -> condition.test(field.apply(item)));
		}
		return predicate;
	}

	static List<Condition> parse(String filter) {
		return new FilterExpression(filter).conditions();
	}

	private List<Condition> conditions() {
		List<Condition> conditions = new ArrayList<>();
		skipSpaces();
		if (atEnd()) {
			return conditions;
		}
		do {
			conditions.add(condition());
		}
		while (keyword("AND"));
		if (!atEnd()) {
			throw invalid("unexpected \"" + this.text.substring(this.position) + "\"");
		}
		return conditions;
	}

	private Condition condition() {
		String field = identifier();
		Op op = operator();
		List<String> values = (op == Op.IN || op == Op.NOT_IN) ? valueList() : List.of(value());
		skipSpaces();
		return new Condition(field, op, values);
	}

	private String identifier() {
		skipSpaces();
		int start = this.position;
		while (!atEnd() && (Character.isLetterOrDigit(peek()) || peek() == '_' || peek() == '.')) {
			this.position++;
		}
		if (start == this.position) {
			throw invalid("expected a field name at position " + start);
		}
		return this.text.substring(start, this.position);
	}

	private Op operator() {
		skipSpaces();
		if (this.text.startsWith("!=", this.position)) {
			this.position += 2;
			return Op.NE;
		}
		if (this.text.startsWith("=", this.position)) {
			this.position++;
			return Op.EQ;
		}
		if (keyword("NOT")) {
			if (keyword("IN")) {
				return Op.NOT_IN;
			}
		}
		else if (keyword("IN")) {
			return Op.IN;
		}
		throw invalid("expected one of =, !=, IN, NOT IN at position " + this.position);
	}

	private List<String> valueList() {
		expect('(');
		List<String> values = new ArrayList<>();
		do {
			values.add(value());
			skipSpaces();
		}
		while (consume(','));
		expect(')');
		return values;
	}

	private String value() {
		skipSpaces();
		if (atEnd()) {
			throw invalid("expected a value at the end");
		}
		char quote = peek();
		if (quote == '"' || quote == '\'') {
			return quoted(quote);
		}
		int start = this.position;
		while (!atEnd() && !Character.isWhitespace(peek()) && "(),\"'".indexOf(peek()) < 0) {
			this.position++;
		}
		if (start == this.position) {
			throw invalid("expected a value at position " + start);
		}
		return this.text.substring(start, this.position);
	}

	private String quoted(char quote) {
		StringBuilder value = new StringBuilder();
		this.position++;
		while (!atEnd() && peek() != quote) {
			if (peek() == '\\' && this.position + 1 < this.text.length()) {
				this.position++;
			}
			value.append(peek());
			this.position++;
		}
		if (atEnd()) {
			throw invalid("unterminated string");
		}
		this.position++;
		return value.toString();
	}

	/** Consumes a case-insensitive keyword standing alone (followed by a space, quote or paren). */
	private boolean keyword(String keyword) {
		skipSpaces();
		int end = this.position + keyword.length();
		boolean matches = this.text.regionMatches(true, this.position, keyword, 0, keyword.length())
				&& (end == this.text.length() || !Character.isLetterOrDigit(this.text.charAt(end)));
		if (matches) {
			this.position = end;
		}
		return matches;
	}

	private void expect(char c) {
		skipSpaces();
		if (!consume(c)) {
			throw invalid("expected '" + c + "' at position " + this.position);
		}
	}

	private boolean consume(char c) {
		skipSpaces();
		if (!atEnd() && peek() == c) {
			this.position++;
			return true;
		}
		return false;
	}

	private void skipSpaces() {
		while (!atEnd() && Character.isWhitespace(peek())) {
			this.position++;
		}
	}

	private boolean atEnd() {
		return this.position >= this.text.length();
	}

	private char peek() {
		return this.text.charAt(this.position);
	}

	private static ApiException invalid(String problem) {
		return ApiException.invalidArgument("Invalid filter: " + problem);
	}

}
