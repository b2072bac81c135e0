package dev.ddbkit.engine.storage;

import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.ddbkit.engine.schema.IndexDefinition;
import dev.ddbkit.engine.schema.KeySchema;
import dev.ddbkit.engine.value.Item;
import dev.ddbkit.engine.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The entries of one secondary index: partitioned by the index partition key, ordered by
 * index sort key, then by the table key (entries may share index keys).
 */
public final class IndexStore {

	private final IndexDefinition definition;

	private final KeySchema tableKey;

	private final Set<String> keyAttributes;

	private final PartitionMap entries = new PartitionMap();

	private volatile IndexStatus status;

	private volatile @Nullable Instant activeAt;

	private volatile @Nullable InstantSource clock;

	public IndexStore(IndexDefinition definition, KeySchema tableKey, IndexStatus status) {
		this.definition = definition;
		this.tableKey = tableKey;
		this.keyAttributes = definition.keyAttributes(tableKey);
		this.status = status;
	}

	public IndexDefinition definition() {
		return this.definition;
	}

	public String name() {
		return this.definition.name();
	}

	/** The index and table key attribute names. */
	public Set<String> keyAttributes() {
		return this.keyAttributes;
	}

	public PartitionMap entries() {
		return this.entries;
	}

	/**
	 * The status; a backfilling index turns ACTIVE once its clock reaches the end of the
	 * backfill.
	 */
	public IndexStatus status() {
		Instant until = this.activeAt;
		InstantSource source = this.clock;
		if (this.status == IndexStatus.CREATING && until != null && source != null
				&& !source.instant().isBefore(until)) {
			this.status = IndexStatus.ACTIVE;
		}
		return this.status;
	}

	/** Marks the index CREATING until {@code until} on {@code source}. */
	public void backfillingUntil(Instant until, InstantSource source) {
		this.clock = source;
		this.activeAt = until;
		this.status = IndexStatus.CREATING;
	}

	public void status(IndexStatus newStatus) {
		this.status = newStatus;
	}

	/**
	 * The position of a base item's entry, or {@code null} when the item lacks an index
	 * key attribute (or has it with another type): indexes are sparse.
	 */
	public @Nullable StoreKey entryKey(Item item) {
		KeySchema indexKey = this.definition.keySchema();
		if (!indexKey.isKeyedBy(item)) {
			return null;
		}
		List<Value> parts = new ArrayList<>(3);
		if (indexKey.hasSortKey()) {
			parts.add(item.get(indexKey.sortKey()));
		}
		parts.add(item.get(this.tableKey.partitionKey()));
		if (this.tableKey.hasSortKey()) {
			parts.add(item.get(this.tableKey.sortKey()));
		}
		return StoreKey.of(parts);
	}

	/** Applies one base-item change; the caller holds the table's write lock. */
	public void apply(@Nullable Item oldItem, @Nullable Item newItem) {
		StoreKey oldKey = (oldItem != null) ? entryKey(oldItem) : null;
		StoreKey newKey = (newItem != null) ? entryKey(newItem) : null;
		String partitionKey = this.definition.keySchema().partitionKey();
		if (oldKey != null && (newKey == null || !oldKey.equals(newKey)
				|| !oldItem.get(partitionKey).equals(newItem.get(partitionKey)))) {
			this.entries.remove(oldItem.get(partitionKey), oldKey);
		}
		if (newKey != null) {
			this.entries.put(newItem.get(partitionKey), newKey,
					this.definition.projection().apply(newItem, this.keyAttributes));
		}
	}

}
