package dev.ddbkit.sample.ecommerce.load;

import java.time.LocalDateTime;
import java.util.List;

import dev.ddbkit.mapping.annotation.DynamoEntity;
import dev.ddbkit.mapping.annotation.IndexPartitionKey;
import dev.ddbkit.mapping.annotation.IndexSortKey;
import dev.ddbkit.mapping.annotation.PartitionKey;
import dev.ddbkit.mapping.annotation.SortKey;

/**
 * The same bulk order with GSI1 write-sharded: the customer key gets the suffix
 * {@code #0} to {@code #9} (from a hash of the order's table key), so the reseller's
 * orders spread over ten GSI1 partition keys; a query of the customer reads all ten and
 * merges them.
 *
 * @param orderId the order id
 * @param customerId the reseller
 * @param purchasedAt when it was placed
 * @param lines what it buys
 */
@DynamoEntity(type = "ShardedResellerOrder")
@PartitionKey("ORDER#{orderId}")
@SortKey("ORDER")
@IndexPartitionKey(index = "GSI1", value = "CUSTOMER#{customerId}", shards = ShardedResellerOrder.SHARDS)
@IndexSortKey(index = "GSI1", value = "ORDER#{purchasedAt}#{orderId}")
public record ShardedResellerOrder(String orderId, String customerId, LocalDateTime purchasedAt,
		List<ResellerOrderLine> lines) {

	/** The GSI1 shards of a customer. */
	public static final int SHARDS = 10;

}
