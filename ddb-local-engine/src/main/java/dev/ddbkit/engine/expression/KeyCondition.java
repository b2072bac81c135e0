package dev.ddbkit.engine.expression;

import dev.ddbkit.engine.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A compiled KeyConditionExpression: equality on the partition key and at most one
 * condition on the sort key.
 * <p>
 * Source: DynamoDB API Reference, "Query" (KeyConditionExpression).
 *
 * @param partitionKeyName the partition key attribute of the table or index
 * @param partitionValue the value the partition key must equal
 * @param sortKey the sort key condition, or {@code null} for the whole partition
 */
public record KeyCondition(String partitionKeyName, Value partitionValue, @Nullable SortKeyCondition sortKey) {

	/**
	 * Whether a sort key value satisfies the sort key condition (always, when there is
	 * none).
	 */
	public boolean matchesSortKey(@Nullable Value sortValue) {
		return this.sortKey == null || (sortValue != null && this.sortKey.matches(sortValue));
	}

}
