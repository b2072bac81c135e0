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
public sealed interface SortKeyCondition permits SortKeyCondition.Equal, SortKeyCondition.LessThan,
		SortKeyCondition.LessThanOrEqual, SortKeyCondition.GreaterThan, SortKeyCondition.GreaterThanOrEqual,
		SortKeyCondition.Between, SortKeyCondition.BeginsWith {

	/** The sort key attribute. */
	String attribute();

	/** Whether a sort key value satisfies the condition. */
	boolean matches(Value value);

	/** {@code sk = value}. */
	record Equal(String attribute, Value value) implements SortKeyCondition {

		@Override
		public boolean matches(Value candidate) {
			return ValueComparisons.compare(candidate, Comparator.EQ, this.value);
		}

	}

	/** {@code sk < value}. */
	record LessThan(String attribute, Value value) implements SortKeyCondition {

		@Override
		public boolean matches(Value candidate) {
			return ValueComparisons.compare(candidate, Comparator.LT, this.value);
		}

	}

	/** {@code sk <= value}. */
	record LessThanOrEqual(String attribute, Value value) implements SortKeyCondition {

		@Override
		public boolean matches(Value candidate) {
			return ValueComparisons.compare(candidate, Comparator.LE, this.value);
		}

	}

	/** {@code sk > value}. */
	record GreaterThan(String attribute, Value value) implements SortKeyCondition {

		@Override
		public boolean matches(Value candidate) {
			return ValueComparisons.compare(candidate, Comparator.GT, this.value);
		}

	}

	/** {@code sk >= value}. */
	record GreaterThanOrEqual(String attribute, Value value) implements SortKeyCondition {

		@Override
		public boolean matches(Value candidate) {
			return ValueComparisons.compare(candidate, Comparator.GE, this.value);
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
