package dev.ddbkit.engine.expression.ast;

/**
 * The comparators of condition expressions.
 * <p>
 * Source: DynamoDB Developer Guide, "Condition and filter expressions, operators, and
 * functions in DynamoDB" (Making comparisons).
 */
public enum Comparator {

	EQ("="), NE("<>"), LT("<"), LE("<="), GT(">"), GE(">=");

	private final String symbol;

	Comparator(String symbol) {
		this.symbol = symbol;
	}

	/** The comparator as written in an expression. */
	public String symbol() {
		return this.symbol;
	}

	/** The comparator with its operands swapped: {@code a < b} is {@code b > a}. */
	public Comparator mirrored() {
		return switch (this) {
			case LT -> GT;
			case LE -> GE;
			case GT -> LT;
			case GE -> LE;
			default -> this;
		};
	}

}
