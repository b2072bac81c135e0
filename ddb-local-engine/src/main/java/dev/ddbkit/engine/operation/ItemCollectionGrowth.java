package dev.ddbkit.engine.operation;

import java.util.HashMap;
import java.util.Map;

import dev.ddbkit.engine.storage.ItemCollections;
import dev.ddbkit.engine.storage.TableStore;
import dev.ddbkit.engine.value.Item;
import dev.ddbkit.engine.value.PrimaryKey;
import dev.ddbkit.engine.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The item-collection growth of the writes of one transaction, checked before any of them
 * is applied: two actions on items of one collection may together exceed its limit
 * although each alone would not (Developer Guide, "Item collections in Local Secondary
 * Indexes"; API Reference, "TransactWriteItems": cancellation reason
 * {@code ItemCollectionSizeLimitExceeded}).
 */
final class ItemCollectionGrowth {

	private final Map<CollectionKey, Long> pending = new HashMap<>();

	/**
	 * Checks that writing {@code newItem} over the current item keeps its collection
	 * within the limit, counting the growth of the actions checked before.
	 * @throws dev.ddbkit.engine.error.EngineException
	 * ItemCollectionSizeLimitExceededException when it does not
	 */
	void check(TableStore table, PrimaryKey key, @Nullable Item newItem) {
		ItemCollections collections = table.itemCollections();
		if (collections == null) {
			return;
		}
		CollectionKey collection = new CollectionKey(table.name(), key.partition());
		long before = this.pending.getOrDefault(collection, 0L);
		long growth = collections.check(key.partition(), table.get(key), newItem, table.localIndexes(), before);
		this.pending.put(collection, before + growth);
	}

	private record CollectionKey(String table, Value partitionKey) {

	}

}
