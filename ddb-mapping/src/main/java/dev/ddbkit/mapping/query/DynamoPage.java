package dev.ddbkit.mapping.query;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One page of a query: the entities and, when more may follow, the key to continue after.
 * On a sharded partition key the key holds every shard's position, as string attributes
 * named {@code <shard>/<attribute>} ({@code <shard>/} = {@code done} for a shard read to
 * its end); pass it back whole, as {@link #nextCursor()} or as a keyset scroll position.
 *
 * @param items the entities, in sort key order of the query's direction
 * @param lastEvaluatedKey the key to start after for the next page, {@code null} when the
 * query is exhausted
 * @param <T> the entity type
 */
public record DynamoPage<T>(List<T> items, @Nullable Map<String, AttributeValue> lastEvaluatedKey) {

	/**
	 * Whether another page may follow (DynamoDB can return a key even when nothing
	 * follows).
	 */
	public boolean hasNext() {
		return this.lastEvaluatedKey != null;
	}

	/** The opaque cursor of the next page, {@code null} when the query is exhausted. */
	public @Nullable String nextCursor() {
		return (this.lastEvaluatedKey != null) ? DynamoCursor.encode(this.lastEvaluatedKey) : null;
	}

}
