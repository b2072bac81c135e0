package dev.ddbkit.mapping.query;

/**
 * The comparisons a {@code FilterExpression} can make on a non-key attribute. A filter
 * runs after DynamoDB read the items: it reduces what is returned, not what is read and
 * billed.
 * <p>
 * Source: DynamoDB Developer Guide, "Filter expressions for the Query operation",
 * "Condition and filter expressions, operators, and functions".
 */
public enum FilterOperator {

	/** {@code a = :v}. */
	EQUAL(1),

	/** {@code a <> :v}. */
	NOT_EQUAL(1),

	/** {@code a < :v}. */
	LESS_THAN(1),

	/** {@code a <= :v}. */
	LESS_THAN_OR_EQUAL(1),

	/** {@code a > :v}. */
	GREATER_THAN(1),

	/** {@code a >= :v}. */
	GREATER_THAN_OR_EQUAL(1),

	/** {@code a BETWEEN :low AND :high}. */
	BETWEEN(2),

	/** {@code begins_with(a, :v)}. */
	BEGINS_WITH(1),

	/** {@code contains(a, :v)}: a substring or a set/list element. */
	CONTAINS(1),

	/**
	 * {@code a IN (:v1, :v2, ...)}, the one value being a collection of at most 100
	 * elements.
	 */
	IN(1),

	/** {@code attribute_exists(a)}. */
	EXISTS(0),

	/** {@code attribute_not_exists(a)}. */
	NOT_EXISTS(0);

	private final int arity;

	FilterOperator(int arity) {
		this.arity = arity;
	}

	/** How many values the operator takes. */
	public int arity() {
		return this.arity;
	}

}
