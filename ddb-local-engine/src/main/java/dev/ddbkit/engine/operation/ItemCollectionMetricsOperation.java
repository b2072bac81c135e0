package dev.ddbkit.engine.operation;

import java.util.Map;

import dev.ddbkit.engine.storage.ItemCollections;
import dev.ddbkit.engine.storage.TableStore;
import dev.ddbkit.engine.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * ReturnItemCollectionMetrics=SIZE: the size estimate of the item collection a write
 * touched, for tables with a local secondary index only.
 * <p>
 * Source: API Reference, "ItemCollectionMetrics" (ItemCollectionKey is the partition key
 * value; SizeEstimateRangeGB a lower and an upper bound in gigabytes of the table items
 * plus their LSI entries; "If the table does not have any local secondary indexes, this
 * information is not returned"). The bounds are the whole gigabytes below and above the
 * exact size ({@code [0.0, 1.0]} for a collection under 1 GB), as the Developer Guide's
 * examples show.
 */
public final class ItemCollectionMetricsOperation {

	/** One gigabyte, in bytes. */
	private static final double GIGABYTE = 1024.0 * 1024 * 1024;

	private final EngineContext context;

	public ItemCollectionMetricsOperation(EngineContext context) {
		this.context = context;
	}

	/**
	 * The metrics of the collection an item or key belongs to now.
	 * @param tableName the table written
	 * @param itemOrKey the item put, or the key updated or deleted
	 * @return the metrics, or {@code null} when the table has no local secondary index
	 * (or is gone)
	 */
	public @Nullable Metrics of(String tableName, Map<String, Value> itemOrKey) {
		TableStore table = this.context.catalog().get(tableName);
		ItemCollections collections = (table != null) ? table.itemCollections() : null;
		if (collections == null) {
			return null;
		}
		String keyName = table.definition().keySchema().partitionKey();
		Value partitionKey = itemOrKey.get(keyName);
		if (partitionKey == null) {
			return null;
		}
		double lower = Math.floor(collections.sizeBytes(partitionKey) / GIGABYTE);
		return new Metrics(keyName, partitionKey, lower, lower + 1);
	}

	/**
	 * The ItemCollectionMetrics of one collection.
	 *
	 * @param partitionKeyName the table's partition key attribute
	 * @param partitionKey the collection's partition key value
	 * @param lowerGigabytes the lower bound of the size estimate, in GB
	 * @param upperGigabytes the upper bound of the size estimate, in GB
	 */
	public record Metrics(String partitionKeyName, Value partitionKey, double lowerGigabytes, double upperGigabytes) {

	}

}
