package dev.ddbkit.engine.expression.eval;

import java.util.List;

import dev.ddbkit.engine.expression.ast.Comparator;
import dev.ddbkit.engine.value.Item;
import dev.ddbkit.engine.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * One comparison of the legacy condition parameters (Expected, QueryFilter, ScanFilter):
 * a top-level attribute, a ComparisonOperator and its AttributeValueList, already
 * validated.
 * <p>
 * Semantics: a value of another type than the attribute's never matches; NE holds for a
 * missing attribute; CONTAINS finds a substring of a String, a subsequence of a Binary, a
 * member of a set or an element of a List; NOT_CONTAINS is false for a missing attribute.
 * <p>
 * Source: DynamoDB API Reference, "Condition" (ComparisonOperator) and
 * "ExpectedAttributeValue".
 *
 * @param attribute the top-level attribute
 * @param operator EQ, NE, LE, LT, GE, GT, NOT_NULL, NULL, CONTAINS, NOT_CONTAINS,
 * BEGINS_WITH, IN or BETWEEN
 * @param values the AttributeValueList
 */
public record LegacyComparison(String attribute, String operator, List<Value> values) {

	public LegacyComparison {
		values = List.copyOf(values);
	}

	/** Whether the item satisfies the comparison. */
	public boolean test(Item item) {
		Value value = item.get(this.attribute);
		return switch (this.operator) {
			case "EQ" -> ValueComparisons.compare(value, Comparator.EQ, first());
			case "NE" -> ValueComparisons.compare(value, Comparator.NE, first());
			case "LE" -> ValueComparisons.compare(value, Comparator.LE, first());
			case "LT" -> ValueComparisons.compare(value, Comparator.LT, first());
			case "GE" -> ValueComparisons.compare(value, Comparator.GE, first());
			case "GT" -> ValueComparisons.compare(value, Comparator.GT, first());
			case "NOT_NULL" -> value != null;
			case "NULL" -> value == null;
			case "CONTAINS" -> contains(value, first());
			case "NOT_CONTAINS" -> value != null && !contains(value, first());
			case "BEGINS_WITH" -> ValueComparisons.beginsWith(value, first());
			case "IN" -> value != null && this.values.contains(value);
			case "BETWEEN" -> ValueComparisons.between(value, first(), this.values.get(1));
			default -> throw new IllegalStateException("Unknown ComparisonOperator " + this.operator);
		};
	}

	private Value first() {
		return this.values.get(0);
	}

	private static boolean contains(@Nullable Value container, Value element) {
		return ConditionEvaluator.contains(container, element);
	}

}
