package dev.ddbkit.engine.storage;

import dev.ddbkit.engine.value.ItemSizer;
import dev.ddbkit.engine.value.Item;

/**
 * An item as stored in a {@link PartitionMap}, with its size in bytes ({@link ItemSizer})
 * computed once when it is written: reads, page accounting and capacity pricing use it
 * instead of sizing the item again. An index entry is its own item with its own size.
 *
 * @param item the stored item (or index entry)
 * @param size {@code ItemSizer.sizeOf(item)}
 */
public record StoredItem(Item item, long size) {

	/** The item with its size computed now. */
	public static StoredItem of(Item item) {
		return new StoredItem(item, ItemSizer.sizeOf(item));
	}

}
