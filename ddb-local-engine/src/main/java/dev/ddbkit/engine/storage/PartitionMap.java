package dev.ddbkit.engine.storage;

import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

import dev.ddbkit.engine.value.Item;
import dev.ddbkit.engine.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * Items by partition (in hash order) and, inside a partition, in {@link StoreKey} order.
 * <p>
 * Readers never block: both levels are concurrent skip lists, so a reader sees each item
 * either before or after a write. Writers must be serialized by the owner (the table's
 * write lock), which makes removing an emptied partition safe.
 */
public final class PartitionMap {

	private final ConcurrentSkipListMap<PartitionToken, ConcurrentSkipListMap<StoreKey, StoredItem>> partitions = new ConcurrentSkipListMap<>();

	private final AtomicLong itemCount = new AtomicLong();

	private final AtomicLong sizeBytes = new AtomicLong();

	/** The item at a position, or {@code null}. */
	public @Nullable Item get(Value partitionKey, StoreKey key) {
		StoredItem stored = getStored(partitionKey, key);
		return (stored != null) ? stored.item() : null;
	}

	/** The item at a position with its stored size, or {@code null}. */
	public @Nullable StoredItem getStored(Value partitionKey, StoreKey key) {
		ConcurrentSkipListMap<StoreKey, StoredItem> partition = this.partitions.get(PartitionToken.of(partitionKey));
		return (partition != null) ? partition.get(key) : null;
	}

	/** Stores an item; the caller holds the write lock. Returns the previous item. */
	public @Nullable Item put(Value partitionKey, StoreKey key, Item item) {
		ConcurrentSkipListMap<StoreKey, StoredItem> partition = this.partitions
			.computeIfAbsent(PartitionToken.of(partitionKey), (token) -> new ConcurrentSkipListMap<>());
		StoredItem stored = StoredItem.of(item);
		StoredItem previous = partition.put(key, stored);
		account(previous, -1);
		account(stored, 1);
		return (previous != null) ? previous.item() : null;
	}

	/** Removes an item; the caller holds the write lock. Returns the removed item. */
	public @Nullable Item remove(Value partitionKey, StoreKey key) {
		PartitionToken token = PartitionToken.of(partitionKey);
		ConcurrentSkipListMap<StoreKey, StoredItem> partition = this.partitions.get(token);
		if (partition == null) {
			return null;
		}
		StoredItem previous = partition.remove(key);
		if (partition.isEmpty()) {
			this.partitions.remove(token, partition);
		}
		account(previous, -1);
		return (previous != null) ? previous.item() : null;
	}

	/** The items of one partition in key order (empty when there are none). */
	public NavigableMap<StoreKey, StoredItem> partition(Value partitionKey) {
		NavigableMap<StoreKey, StoredItem> partition = this.partitions.get(PartitionToken.of(partitionKey));
		return (partition != null) ? Collections.unmodifiableNavigableMap(partition) : Collections.emptyNavigableMap();
	}

	/** The partitions from {@code start} on, in hash order. */
	public ConcurrentNavigableMap<PartitionToken, ? extends NavigableMap<StoreKey, StoredItem>> partitionsFrom(
			@Nullable PartitionToken start, boolean inclusive) {
		return (start != null) ? this.partitions.tailMap(start, inclusive) : this.partitions;
	}

	/** Every partition in hash order. */
	public Map<PartitionToken, ? extends NavigableMap<StoreKey, StoredItem>> partitions() {
		return Collections.unmodifiableMap(this.partitions);
	}

	/** The number of items stored. */
	public long itemCount() {
		return this.itemCount.get();
	}

	/** The sum of the stored items' sizes in bytes. */
	public long sizeBytes() {
		return this.sizeBytes.get();
	}

	/** Removes everything; the caller holds the write lock. */
	public void clear() {
		this.partitions.clear();
		this.itemCount.set(0);
		this.sizeBytes.set(0);
	}

	private void account(@Nullable StoredItem stored, int sign) {
		if (stored != null) {
			this.itemCount.addAndGet(sign);
			this.sizeBytes.addAndGet(sign * stored.size());
		}
	}

}
