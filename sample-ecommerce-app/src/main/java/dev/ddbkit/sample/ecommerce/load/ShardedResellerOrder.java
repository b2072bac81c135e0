package dev.ddbkit.sample.ecommerce.load;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.zip.CRC32;

import dev.ddbkit.mapping.annotation.DynamoEntity;
import dev.ddbkit.mapping.annotation.IndexPartitionKey;
import dev.ddbkit.mapping.annotation.IndexSortKey;
import dev.ddbkit.mapping.annotation.PartitionKey;
import dev.ddbkit.mapping.annotation.SortKey;

/**
 * The same bulk order with GSI1 write-sharded: the customer key gets the suffix
 * {@code #0} to {@code #9}, so the reseller's orders spread over ten GSI1 partition keys
 * and a reader queries all ten.
 *
 * @param orderId the order id
 * @param customerId the reseller
 * @param shard the GSI1 shard, {@link #shardOf(String)}
 * @param purchasedAt when it was placed
 * @param lines what it buys
 */
@DynamoEntity(type = "ShardedResellerOrder")
@PartitionKey("ORDER#{orderId}")
@SortKey("ORDER")
@IndexPartitionKey(index = "GSI1", value = "CUSTOMER#{customerId}#{shard}")
@IndexSortKey(index = "GSI1", value = "ORDER#{purchasedAt}#{orderId}")
public record ShardedResellerOrder(String orderId, String customerId, int shard, LocalDateTime purchasedAt,
		List<ResellerOrderLine> lines) {

	/** The GSI1 shards of a customer. */
	public static final int SHARDS = 10;

	/**
	 * The shard of an order: CRC32 of its table key ({@code ORDER#<id>} and
	 * {@code ORDER}, UTF-8) modulo {@link #SHARDS}, stable across runs.
	 * @param orderId the order id
	 * @return the shard, 0 to 9
	 */
	public static int shardOf(String orderId) {
		CRC32 crc = new CRC32();
		crc.update(("ORDER#" + orderId + "ORDER").getBytes(StandardCharsets.UTF_8));
		return (int) (crc.getValue() % SHARDS);
	}

}
