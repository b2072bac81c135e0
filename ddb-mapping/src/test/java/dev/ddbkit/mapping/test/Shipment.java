package dev.ddbkit.mapping.test;

import java.time.Instant;

import dev.ddbkit.mapping.annotation.DynamoEntity;
import dev.ddbkit.mapping.annotation.IndexPartitionKey;
import dev.ddbkit.mapping.annotation.IndexSortKey;
import dev.ddbkit.mapping.annotation.PartitionKey;
import dev.ddbkit.mapping.annotation.SortKey;

/**
 * Three paths serve {@code findByShipmentId}: the table, GSI1 and the local index LSI1.
 */
@DynamoEntity(type = "Shipment", table = "shipments")
@PartitionKey("SHIPMENT#{shipmentId}")
@SortKey("SHIPMENT")
@IndexPartitionKey(index = "GSI1", value = "TRACKING#{shipmentId}")
@IndexSortKey(index = "LSI1", value = "{createdAt}")
public record Shipment(String shipmentId, Instant createdAt, String carrier) {
}
