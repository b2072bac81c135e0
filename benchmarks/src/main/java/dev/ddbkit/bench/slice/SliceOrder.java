package dev.ddbkit.bench.slice;

import dev.ddbkit.mapping.annotation.DynamoEntity;
import dev.ddbkit.mapping.annotation.IndexPartitionKey;
import dev.ddbkit.mapping.annotation.IndexSortKey;
import dev.ddbkit.mapping.annotation.PartitionKey;
import dev.ddbkit.mapping.annotation.SortKey;

/**
 * An order by its id, with its customer's orders on a GSI: the shape of a typical
 * single-table entity, so the slice creates a table with an index and plans a derived
 * query on it.
 */
@DynamoEntity(type = "Order")
@PartitionKey("ORDER#{orderId}")
@SortKey("DETAILS")
@IndexPartitionKey(index = "GSI1", value = "CUSTOMER#{customerId}")
@IndexSortKey(index = "GSI1", value = "ORDER#{orderId}")
public record SliceOrder(String orderId, String customerId, String status, long totalCents) {

}
