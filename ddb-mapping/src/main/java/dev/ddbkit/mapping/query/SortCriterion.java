package dev.ddbkit.mapping.query;

import org.jspecify.annotations.Nullable;

/**
 * A comparison on one property of a sort key template, before rendering: e.g.
 * {@code purchasedAt BETWEEN a AND b}. The property must be the first variable of the
 * template that the query does not bind by equality.
 *
 * @param property the property name
 * @param operator the comparison ({@link SortOperator#EQUAL} is expressed as an equality
 * of the query instead)
 * @param value the value, or the lower bound of {@code BETWEEN}; a {@code String} prefix
 * for {@code BEGINS_WITH}
 * @param upper the upper bound of {@code BETWEEN}, otherwise {@code null}
 */
public record SortCriterion(String property, SortOperator operator, Object value, @Nullable Object upper) {

	/**
	 * {@code property} begins with {@code prefix} (rendered as is, no separator added).
	 */
	public static SortCriterion beginsWith(String property, String prefix) {
		return new SortCriterion(property, SortOperator.BEGINS_WITH, prefix, null);
	}

	/** {@code property < value}. */
	public static SortCriterion lessThan(String property, Object value) {
		return new SortCriterion(property, SortOperator.LESS_THAN, value, null);
	}

	/** {@code property <= value}. */
	public static SortCriterion lessThanOrEqual(String property, Object value) {
		return new SortCriterion(property, SortOperator.LESS_THAN_OR_EQUAL, value, null);
	}

	/** {@code property > value}. */
	public static SortCriterion greaterThan(String property, Object value) {
		return new SortCriterion(property, SortOperator.GREATER_THAN, value, null);
	}

	/** {@code property >= value}. */
	public static SortCriterion greaterThanOrEqual(String property, Object value) {
		return new SortCriterion(property, SortOperator.GREATER_THAN_OR_EQUAL, value, null);
	}

	/** {@code low <= property <= high}. */
	public static SortCriterion between(String property, Object low, Object high) {
		return new SortCriterion(property, SortOperator.BETWEEN, low, high);
	}

}
