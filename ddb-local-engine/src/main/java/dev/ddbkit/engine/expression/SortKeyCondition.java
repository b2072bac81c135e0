package dev.ddbkit.engine.expression;

import dev.ddbkit.engine.expression.ast.Comparator;
import dev.ddbkit.engine.expression.eval.ValueComparisons;
import dev.ddbkit.engine.value.Value;

/**
 * The sort key part of a key condition. Values of another type than the condition's never
 * match.
 * <p>
 * Source: DynamoDB API Reference, "Query" (valid comparisons for the sort key condition:
 * =, &lt;, &lt;=, &gt;, &gt;=, BETWEEN, begins_with).
 */
public sealed interface SortKeyCondition
		permits SortKeyCondition.Comparison, SortKeyCondition.Between, SortKeyCondition.BeginsWith {

	/** The sort key attribute. */
	String attribute();

	/** Whether a sort key value satisfies the condition. */
	boolean matches(Value value);

	/**
	 * {@code attribute <comparator> value}.
	 * @throws IllegalArgumentException for {@link Comparator#NE}, which no key condition
	 * allows (callers reject it with their own message first)
	 */
	static Comparison comparison(String attribute, Comparator comparator, Value value) {
		return switch (comparator) {
			case EQ -> new Equal(attribute, value);
			case LT -> new LessThan(attribute, value);
			case LE -> new LessThanOrEqual(attribute, value);
			case GT -> new GreaterThan(attribute, value);
			case GE -> new GreaterThanOrEqual(attribute, value);
			case NE -> throw new IllegalArgumentException("<> is not a key condition");
		};
	}

	/**
	 * {@code sk <op> value} for one of the comparators =, &lt;, &lt;=, &gt; and &gt;=.
	 */
	sealed interface Comparison extends SortKeyCondition
			permits Equal, LessThan, LessThanOrEqual, GreaterThan, GreaterThanOrEqual {

		/** The value the sort key is compared with. */
		Value value();

		/** How the sort key compares with {@link #value()}. */
		Comparator comparator();

		@Override
		default boolean matches(Value candidate) {
			return ValueComparisons.compare(candidate, comparator(), value());
		}

	}

	/** {@code sk = value}. */
	record Equal(String attribute, Value value) implements Comparison {

		@Override
		public Comparator comparator() {
			return Comparator.EQ;
		}

	}

	/** {@code sk < value}. */
	record LessThan(String attribute, Value value) implements Comparison {

		@Override
		public Comparator comparator() {
			return Comparator.LT;
		}

	}

	/** {@code sk <= value}. */
	record LessThanOrEqual(String attribute, Value value) implements Comparison {

		@Override
		public Comparator comparator() {
			return Comparator.LE;
		}

	}

	/** {@code sk > value}. */
	record GreaterThan(String attribute, Value value) implements Comparison {

		@Override
		public Comparator comparator() {
			return Comparator.GT;
		}

	}

	/** {@code sk >= value}. */
	record GreaterThanOrEqual(String attribute, Value value) implements Comparison {

		@Override
		public Comparator comparator() {
			return Comparator.GE;
		}

	}

	/** {@code sk BETWEEN low AND high}, inclusive. */
	record Between(String attribute, Value low, Value high) implements SortKeyCondition {

		@Override
		public boolean matches(Value candidate) {
			return ValueComparisons.between(candidate, this.low, this.high);
		}

	}

	/** {@code begins_with(sk, prefix)} for S and B keys. */
	record BeginsWith(String attribute, Value prefix) implements SortKeyCondition {

		@Override
		public boolean matches(Value candidate) {
			return ValueComparisons.beginsWith(candidate, this.prefix);
		}

	}

}
