package dev.ddbkit.mapping.test;

import java.time.Instant;

import dev.ddbkit.mapping.annotation.DynamoEntity;
import dev.ddbkit.mapping.annotation.IndexPartitionKey;
import dev.ddbkit.mapping.annotation.IndexSortKey;
import dev.ddbkit.mapping.annotation.PartitionKey;

/**
 * An alert whose level index is written over 4 shards and sorted by time only, so alerts
 * of different shards can share a sort key.
 */
@DynamoEntity(type = "Alert")
@PartitionKey("ALERT#{alertId}")
@IndexPartitionKey(index = "GSI1", value = "LEVEL#{level}", shards = 4)
@IndexSortKey(index = "GSI1", value = "{raisedAt}")
public record Alert(String alertId, String level, Instant raisedAt) {
}
