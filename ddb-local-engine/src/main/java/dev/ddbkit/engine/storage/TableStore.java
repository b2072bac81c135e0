package dev.ddbkit.engine.storage;

import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
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

	private final Map<String, String> tags = new ConcurrentSkipListMap<>();

	private volatile @Nullable ItemCollections collections;

	public TableStore(TableDefinition definition, ChangeListener listener) {
		this(definition, listener, Duration.ZERO, InstantSource.system());
	}

	/**
	 * A table whose global secondary indexes follow its writes after {@code gsiLag} on
	 * {@code clock} (local secondary indexes are always in step).
	 */
	public TableStore(TableDefinition definition, ChangeListener listener, Duration gsiLag, InstantSource clock) {
		this.definition = definition;
		this.listener = listener;
		Map<String, IndexStore> created = new LinkedHashMap<>();
		for (IndexDefinition index : definition.indexes()) {
			created.put(index.name(), new IndexStore(index, definition.keySchema(), IndexStatus.ACTIVE,
					index.global() ? gsiLag : Duration.ZERO, clock));
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

	/** The item with this key and its stored size, or {@code null}. */
	public @Nullable StoredItem getStored(PrimaryKey key) {
		return this.items.getStored(key.partition(), storeKey(key));
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
		ItemCollections limited = this.collections;
		if (limited != null) {
			Item after = (chosen instanceof WriteDecision.Put put) ? put.item()
					: (chosen instanceof WriteDecision.Delete) ? null : current;
			limited.add(key.partition(), limited.check(key.partition(), current, after, localIndexes(), 0));
		}
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

	/**
	 * Limits the item collections of a table with local secondary indexes to
	 * {@code limitBytes} each (a table without LSIs has no such limit); called once,
	 * before the table holds items.
	 */
	public void limitItemCollections(long limitBytes) {
		if (!this.definition.localIndexes().isEmpty()) {
			this.collections = new ItemCollections(limitBytes);
		}
	}

	/**
	 * The item collections, or {@code null} when the table has no local secondary index.
	 */
	public @Nullable ItemCollections itemCollections() {
		return this.collections;
	}

	/** The local secondary indexes. */
	public List<IndexStore> localIndexes() {
		List<IndexStore> locals = new ArrayList<>();
		for (IndexStore index : this.indexes.values()) {
			if (!index.definition().global()) {
				locals.add(index);
			}
		}
		return locals;
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
