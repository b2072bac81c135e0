package dev.ddbkit.mapping.query;

/**
 * The comparisons a key condition can make on a sort key.
 * <p>
 * Source: DynamoDB API Reference, "Query", {@code KeyConditionExpression}.
 */
public enum SortOperator {

	/** {@code SK = :v}. */
	EQUAL,

	/** {@code begins_with(SK, :v)}. */
	BEGINS_WITH,

	/** {@code SK < :v}. */
	LESS_THAN,

	/** {@code SK <= :v}. */
	LESS_THAN_OR_EQUAL,

	/** {@code SK > :v}. */
	GREATER_THAN,

	/** {@code SK >= :v}. */
	GREATER_THAN_OR_EQUAL,

	/** {@code SK BETWEEN :low AND :high}, both inclusive. */
	BETWEEN

}
