package dev.ddbkit.engine.index;

import java.util.Objects;

import dev.ddbkit.engine.capacity.Capacity;
import dev.ddbkit.engine.capacity.CapacityUnits;
import dev.ddbkit.engine.capacity.ItemSizer;
import dev.ddbkit.engine.storage.IndexStatus;
import dev.ddbkit.engine.storage.IndexStore;
import dev.ddbkit.engine.storage.StoreKey;
import dev.ddbkit.engine.storage.TableStore;
import dev.ddbkit.engine.value.Item;
import org.jspecify.annotations.Nullable;

/**
 * What a base-table write costs in each secondary index.
 * <p>
 * Rules (DynamoDB Developer Guide, "Provisioned throughput considerations for Global
 * Secondary Indexes" and "... for Local Secondary Indexes"): a new entry is one write of
 * its size; a removed entry one write of its size; a changed index key a delete of the
 * old entry plus a put of the new one; a change of projected attributes only one write of
 * the new entry; an index whose entry does not change costs nothing.
 */
public final class IndexCosts {

	private IndexCosts() {
	}

	/** Adds the index writes of one base-item change to {@code capacity}. */
	public static void charge(TableStore table, @Nullable Item oldItem, @Nullable Item newItem, Capacity capacity,
			boolean transactional) {
		for (IndexStore index : table.indexStores().values()) {
			if (index.status() == IndexStatus.DELETING) {
				continue;
			}
			long halves = halves(index, oldItem, newItem, transactional);
			if (halves > 0) {
				capacity.index(index.name(), index.definition().global(), halves, true);
			}
		}
	}

	private static long halves(IndexStore index, @Nullable Item oldItem, @Nullable Item newItem,
			boolean transactional) {
		StoreKey oldKey = (oldItem != null) ? index.entryKey(oldItem) : null;
		StoreKey newKey = (newItem != null) ? index.entryKey(newItem) : null;
		Item oldEntry = (oldKey != null) ? index.definition().projection().apply(oldItem, index.keyAttributes()) : null;
		Item newEntry = (newKey != null) ? index.definition().projection().apply(newItem, index.keyAttributes()) : null;
		if (oldEntry == null && newEntry == null) {
			return 0;
		}
		if (oldEntry == null || newEntry == null) {
			return write((oldEntry != null) ? oldEntry : newEntry, transactional);
		}
		String partitionKey = index.definition().keySchema().partitionKey();
		boolean sameKey = oldKey.equals(newKey) && Objects.equals(oldItem.get(partitionKey), newItem.get(partitionKey));
		if (!sameKey) {
			return write(oldEntry, transactional) + write(newEntry, transactional);
		}
		return oldEntry.equals(newEntry) ? 0 : write(newEntry, transactional);
	}

	private static long write(Item entry, boolean transactional) {
		return CapacityUnits.writeHalfUnits(0, ItemSizer.sizeOf(entry), transactional);
	}

}
