package dev.ddbkit.engine.expression.ast;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A condition of a ConditionExpression, FilterExpression or KeyConditionExpression.
 * <p>
 * Source: DynamoDB Developer Guide, "Condition and filter expressions, operators, and
 * functions in DynamoDB" (syntax and precedence: comparisons, IN, BETWEEN, functions,
 * parentheses, NOT, AND, OR).
 */
public sealed interface Condition permits Condition.Comparison, Condition.Between, Condition.In,
		Condition.FunctionCondition, Condition.Not, Condition.And, Condition.Or {

	/** {@code left comparator right}. */
	record Comparison(Operand left, Comparator comparator, Operand right) implements Condition {

		@Override
		public String toString() {
			return this.left + " " + this.comparator.symbol() + " " + this.right;
		}

	}

	/** {@code value BETWEEN lower AND upper}, bounds inclusive. */
	record Between(Operand value, Operand lower, Operand upper) implements Condition {

		@Override
		public String toString() {
			return this.value + " BETWEEN " + this.lower + " AND " + this.upper;
		}

	}

	/** {@code value IN (candidate, ...)}. */
	record In(Operand value, List<Operand> candidates) implements Condition {

		public In {
			candidates = List.copyOf(candidates);
		}

		@Override
		public String toString() {
			return this.value + " IN ("
					+ this.candidates.stream().map(Object::toString).collect(Collectors.joining(", ")) + ")";
		}

	}

	/** A Boolean function: attribute_exists, attribute_not_exists, attribute_type, ... */
	record FunctionCondition(Operand.FunctionCall call) implements Condition {

		@Override
		public String toString() {
			return this.call.toString();
		}

	}

	/** {@code NOT condition}. */
	record Not(Condition condition) implements Condition {

		@Override
		public String toString() {
			boolean grouped = this.condition instanceof And || this.condition instanceof Or;
			return grouped ? "NOT " + this.condition : "NOT (" + this.condition + ")";
		}

	}

	/** {@code left AND right}. */
	record And(Condition left, Condition right) implements Condition {

		@Override
		public String toString() {
			return "(" + this.left + " AND " + this.right + ")";
		}

	}

	/** {@code left OR right}. */
	record Or(Condition left, Condition right) implements Condition {

		@Override
		public String toString() {
			return "(" + this.left + " OR " + this.right + ")";
		}

	}

}
