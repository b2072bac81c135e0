package dev.ddbkit.engine.storage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

import dev.ddbkit.engine.schema.IndexDefinition;
import dev.ddbkit.engine.schema.TableDefinition;
import dev.ddbkit.engine.value.Item;
import dev.ddbkit.engine.value.PrimaryKey;
import org.jspecify.annotations.Nullable;

/**
 * One table: its definition, its items and its secondary indexes.
 * <p>
 * Writes are serialized by one lock per table and each decides inside the lock
 * ({@link #write}), so single-item operations are linearizable and a conditional write
 * checks and changes in one step. Reads take no lock.
 */
public final class TableStore {

	private final ReentrantLock lock = new ReentrantLock();

	private final PartitionMap items = new PartitionMap();

	private final ChangeListener listener;

	private volatile TableDefinition definition;

	private volatile Map<String, IndexStore> indexes;

	private volatile @Nullable String timeToLiveAttribute;

	private final Map<String, String> tags = new java.util.concurrent.ConcurrentSkipListMap<>();

	public TableStore(TableDefinition definition, ChangeListener listener) {
		this.definition = definition;
		this.listener = listener;
		Map<String, IndexStore> created = new LinkedHashMap<>();
		for (IndexDefinition index : definition.indexes()) {
			created.put(index.name(), new IndexStore(index, definition.keySchema(), IndexStatus.ACTIVE));
		}
		this.indexes = Map.copyOf(created);
	}

	public TableDefinition definition() {
		return this.definition;
	}

	public String name() {
		return this.definition.name();
	}

	public PartitionMap items() {
		return this.items;
	}

	/** The index with this name, or {@code null}. */
	public @Nullable IndexStore index(String name) {
		return this.indexes.get(name);
	}

	/** Every index, in definition order. */
	public Collection<IndexStore> indexes() {
		List<IndexStore> ordered = new ArrayList<>();
		for (IndexDefinition index : this.definition.indexes()) {
			IndexStore store = this.indexes.get(index.name());
			if (store != null) {
				ordered.add(store);
			}
		}
		return ordered;
	}

	/** The position of an item with this key inside its partition. */
	public StoreKey storeKey(PrimaryKey key) {
		return (key.sort() != null) ? StoreKey.of(List.of(key.sort())) : StoreKey.of(List.of());
	}

	/** The item with this key, or {@code null}. */
	public @Nullable Item get(PrimaryKey key) {
		return this.items.get(key.partition(), storeKey(key));
	}

	/**
	 * Decides and applies a write to one item atomically. The decision sees the current
	 * item (or {@code null}); an exception it throws leaves everything unchanged.
	 */
	public WriteOutcome write(PrimaryKey key, Function<@Nullable Item, WriteDecision> decision) {
		this.lock.lock();
		try {
			return writeLocked(key, decision);
		}
		finally {
			this.lock.unlock();
		}
	}

	/** As {@link #write} for a caller that already holds {@link #lock()}. */
	public WriteOutcome writeLocked(PrimaryKey key, Function<@Nullable Item, WriteDecision> decision) {
		StoreKey storeKey = storeKey(key);
		Item current = this.items.get(key.partition(), storeKey);
		WriteDecision chosen = decision.apply(current);
		if (chosen instanceof WriteDecision.Put put) {
			this.items.put(key.partition(), storeKey, put.item());
			this.listener.changed(this, current, put.item());
			return new WriteOutcome(current, put.item());
		}
		if (chosen instanceof WriteDecision.Delete && current != null) {
			this.items.remove(key.partition(), storeKey);
			this.listener.changed(this, current, null);
			return new WriteOutcome(current, null);
		}
		return new WriteOutcome(current, current);
	}

	/** The write lock, for multi-item work such as transactions and index changes. */
	public ReentrantLock lock() {
		return this.lock;
	}

	/** Replaces the definition and index set; the caller holds {@link #lock()}. */
	public void redefine(TableDefinition newDefinition, Map<String, IndexStore> newIndexes) {
		this.definition = newDefinition;
		this.indexes = Map.copyOf(newIndexes);
	}

	/** The attribute TTL reads, or {@code null} when TTL is disabled. */
	public @Nullable String timeToLiveAttribute() {
		return this.timeToLiveAttribute;
	}

	/** Enables TTL on an attribute, or disables it with {@code null}. */
	public void timeToLiveAttribute(@Nullable String attribute) {
		this.timeToLiveAttribute = attribute;
	}

	/** The table's tags (mutable, sorted by key). */
	public Map<String, String> tags() {
		return this.tags;
	}

	/** The index stores by name (unordered), for a caller building a new index set. */
	public Map<String, IndexStore> indexStores() {
		return this.indexes;
	}

}
