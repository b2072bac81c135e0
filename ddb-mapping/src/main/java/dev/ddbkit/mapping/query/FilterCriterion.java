package dev.ddbkit.mapping.query;

import java.util.Arrays;
import java.util.List;

/**
 * A filter on one property, before rendering.
 *
 * @param property the property name
 * @param operator the comparison
 * @param values the operator's values ({@link FilterOperator#arity()} of them)
 */
public record FilterCriterion(String property, FilterOperator operator, List<Object> values) {

	public FilterCriterion {
		if (values.size() != operator.arity()) {
			throw new IllegalArgumentException(operator + " takes " + operator.arity() + " values, got " + values);
		}
		values = List.copyOf(values);
	}

	/**
	 * A filter.
	 * @param property the property
	 * @param operator the comparison
	 * @param values its values
	 * @return the filter
	 */
	public static FilterCriterion of(String property, FilterOperator operator, Object... values) {
		return new FilterCriterion(property, operator, Arrays.asList(values));
	}

	@Override
	public String toString() {
		return this.property + " " + this.operator + ((this.values.isEmpty()) ? "" : " " + this.values);
	}

}
