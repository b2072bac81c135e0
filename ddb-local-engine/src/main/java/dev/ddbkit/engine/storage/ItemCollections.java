package dev.ddbkit.engine.storage;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.ddbkit.engine.value.ItemSizer;
import dev.ddbkit.engine.error.EngineException;
import dev.ddbkit.engine.error.ErrorCode;
import dev.ddbkit.engine.value.Item;
import dev.ddbkit.engine.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The item collections of a table with local secondary indexes: per partition key value,
 * the bytes of its items plus their LSI entries, and the limit a write may not grow a
 * collection past. Changed only under the table's write lock.
 * <p>
 * Source: Developer Guide, "Item collections in Local Secondary Indexes" (an item
 * collection is limited to 10 GB on a table with an LSI; a write that would exceed it
 * fails with ItemCollectionSizeLimitExceededException, message "Collection size
 * exceeded." per "Error handling with DynamoDB"; deletes that shrink it always succeed)
 * and "Storage considerations for local secondary indexes" (an index entry occupies its
 * projected attributes, table and index keys included, plus 100 bytes of overhead).
 */
public final class ItemCollections {

	/** The message of ItemCollectionSizeLimitExceededException. */
	public static final String EXCEEDED = "Collection size exceeded.";

	/** The overhead DynamoDB counts per index entry, in bytes. */
	static final long INDEX_ENTRY_OVERHEAD = 100;

	private final long limitBytes;

	private final Map<Value, Long> sizes = new ConcurrentHashMap<>();

	/** Collections limited to {@code limitBytes} each. */
	public ItemCollections(long limitBytes) {
		this.limitBytes = limitBytes;
	}

	/** The bytes of the collection of a partition key value (zero when it is empty). */
	public long sizeBytes(Value partitionKey) {
		return this.sizes.getOrDefault(partitionKey, 0L);
	}

	/**
	 * How much a change would grow the collection of {@code partitionKey}, checked
	 * against the limit.
	 * @param pending bytes other, not yet applied changes of the same request add to this
	 * collection (a transaction's earlier actions)
	 * @return the growth in bytes (negative when the collection shrinks)
	 * @throws EngineException ItemCollectionSizeLimitExceededException when the
	 * collection grows past the limit
	 */
	public long check(Value partitionKey, @Nullable Item oldItem, @Nullable Item newItem,
			Collection<IndexStore> localIndexes, long pending) {
		long growth = footprint(newItem, localIndexes) - footprint(oldItem, localIndexes);
		if (growth > 0 && sizeBytes(partitionKey) + pending + growth > this.limitBytes) {
			throw new EngineException(ErrorCode.ITEM_COLLECTION_SIZE_LIMIT_EXCEEDED, EXCEEDED);
		}
		return growth;
	}

	/** Records a change checked with {@link #check}. */
	void add(Value partitionKey, long growth) {
		if (growth != 0) {
			this.sizes.compute(partitionKey, (key, size) -> {
				long next = ((size != null) ? size : 0L) + growth;
				return (next > 0) ? next : null;
			});
		}
	}

	/** The bytes an item and its LSI entries occupy in its collection. */
	static long footprint(@Nullable Item item, Collection<IndexStore> localIndexes) {
		if (item == null) {
			return 0;
		}
		long bytes = ItemSizer.sizeOf(item);
		for (IndexStore index : localIndexes) {
			if (index.entryKey(item) != null) {
				bytes += ItemSizer.sizeOf(index.definition().projection().apply(item, index.keyAttributes()))
						+ INDEX_ENTRY_OVERHEAD;
			}
		}
		return bytes;
	}

}
