/**
 * Micrometer meters for DynamoDB calls, recorded by a client decorator
 * ({@link dev.ddbkit.mapping.observability.DynamoMetrics#instrument}): request timers by
 * entity ({@link dev.ddbkit.mapping.observability.DynamoEntityScope}), operation, table,
 * index and outcome; consumed read and write capacity by table and index (asking DynamoDB
 * for {@code ReturnConsumedCapacity=INDEXES} when the caller did not); throttles by
 * reason; retries; and the hottest partition keys per table, tracked by a bounded
 * Space-Saving sketch ({@link dev.ddbkit.mapping.observability.DynamoHotKeys}) rather
 * than by one meter per key.
 * <p>
 * Micrometer is an optional dependency of ddb-mapping; this package needs it.
 */
@NullMarked
package dev.ddbkit.mapping.observability;

import org.jspecify.annotations.NullMarked;
