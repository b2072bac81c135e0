package dev.ddbkit.engine.index;

import dev.ddbkit.engine.storage.ChangeListener;
import dev.ddbkit.engine.storage.IndexStatus;
import dev.ddbkit.engine.storage.IndexStore;
import dev.ddbkit.engine.storage.TableStore;
import dev.ddbkit.engine.value.Item;
import org.jspecify.annotations.Nullable;

/**
 * Keeps every secondary index in step with its table, synchronously inside the table's
 * write: an entry is created, replaced or removed with the base item (an index key change
 * is a delete plus a put). Indexes are sparse: items without the index key have no entry.
 * <p>
 * Source: DynamoDB Developer Guide, "Global secondary indexes" (attribute projections,
 * sparse indexes).
 */
public final class IndexMaintainer implements ChangeListener {

	@Override
	public void changed(TableStore table, @Nullable Item oldItem, @Nullable Item newItem) {
		for (IndexStore index : table.indexStores().values()) {
			if (index.status() != IndexStatus.DELETING) {
				index.apply(oldItem, newItem);
			}
		}
	}

	/**
	 * Fills a new index from every item of its table; the caller holds the table's write
	 * lock.
	 */
	public static void backfill(TableStore table, IndexStore index) {
		table.items().partitions().values().forEach((partition) -> partition.values().forEach((stored) -> {
			index.applyNow(null, stored.item());
		}));
	}

}
