package dev.ddbkit.sample.ecommerce.load;

import java.time.LocalDateTime;
import java.util.List;

import dev.ddbkit.mapping.annotation.DynamoEntity;
import dev.ddbkit.mapping.annotation.IndexPartitionKey;
import dev.ddbkit.mapping.annotation.IndexSortKey;
import dev.ddbkit.mapping.annotation.PartitionKey;
import dev.ddbkit.mapping.annotation.SortKey;

/**
 * A reseller's bulk order as the incident wrote it: the order's own item collection, and
 * GSI1 under the one customer key {@code CUSTOMER#{customerId}}, as {@code Order} keys a
 * customer's orders. With its lines on the item it is about 6 KB, 6 WCU on the table and
 * on GSI1.
 *
 * @param orderId the order id
 * @param customerId the reseller
 * @param purchasedAt when it was placed
 * @param lines what it buys
 */
@DynamoEntity(type = "ResellerOrder")
@PartitionKey("ORDER#{orderId}")
@SortKey("ORDER")
@IndexPartitionKey(index = "GSI1", value = "CUSTOMER#{customerId}")
@IndexSortKey(index = "GSI1", value = "ORDER#{purchasedAt}#{orderId}")
public record ResellerOrder(String orderId, String customerId, LocalDateTime purchasedAt,
		List<ResellerOrderLine> lines) {

}
