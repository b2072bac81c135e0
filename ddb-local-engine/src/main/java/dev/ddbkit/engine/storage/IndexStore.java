package dev.ddbkit.engine.storage;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;

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

	private final Duration lag;

	private final InstantSource lagClock;

	private final Queue<Pending> pending = new ConcurrentLinkedQueue<>();

	private final ReentrantLock drain = new ReentrantLock();

	public IndexStore(IndexDefinition definition, KeySchema tableKey, IndexStatus status) {
		this(definition, tableKey, status, Duration.ZERO, InstantSource.system());
	}

	/**
	 * An index whose entries follow base writes after {@code lag} on {@code clock}: a GSI
	 * is eventually consistent (an LSI should get a zero lag).
	 */
	public IndexStore(IndexDefinition definition, KeySchema tableKey, IndexStatus status, Duration lag,
			InstantSource clock) {
		this.lag = lag;
		this.lagClock = clock;
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

	/**
	 * The entries as readers see them now: changes whose lag has passed are applied
	 * first.
	 */
	public PartitionMap entries() {
		catchUp();
		return this.entries;
	}

	/** Whether base writes are still waiting to reach this index. */
	public boolean hasPendingChanges() {
		return !this.pending.isEmpty();
	}

	private void catchUp() {
		if (!this.pending.isEmpty()) {
			drain(this.lagClock.instant());
		}
	}

	/**
	 * Applies, in write order, every pending base change due at {@code now} or before
	 * ({@code null}: all of them, whatever their due time).
	 * @return the number of changes applied
	 */
	private int drain(@Nullable Instant now) {
		int applied = 0;
		this.drain.lock();
		try {
			Pending next = this.pending.peek();
			while (next != null && (now == null || !now.isBefore(next.due()))) {
				applyNow(next.oldItem(), next.newItem());
				this.pending.poll();
				applied++;
				next = this.pending.peek();
			}
		}
		finally {
			this.drain.unlock();
		}
		return applied;
	}

	/**
	 * Makes the index caught up now, without waiting on the clock: every pending base
	 * change is applied in write order, and a backfilling index (CREATING after
	 * UpdateTable) becomes ACTIVE (its entries are already backfilled).
	 * @return the number of pending changes applied, plus one if a backfill ended
	 */
	public int catchUpNow() {
		int applied = drain(null);
		if (this.status == IndexStatus.CREATING && this.activeAt != null) {
			this.activeAt = null;
			this.status = IndexStatus.ACTIVE;
			applied++;
		}
		return applied;
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

	/**
	 * Takes one base-item change, applied now or after the index's lag; the caller holds
	 * the table's write lock, so changes queue in write order.
	 */
	public void apply(@Nullable Item oldItem, @Nullable Item newItem) {
		if (this.lag.isZero()) {
			applyNow(oldItem, newItem);
		}
		else {
			this.pending.add(new Pending(this.lagClock.instant().plus(this.lag), oldItem, newItem));
		}
	}

	/** Applies one base-item change at once (backfill, or an index without lag). */
	public void applyNow(@Nullable Item oldItem, @Nullable Item newItem) {
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

	private record Pending(Instant due, @Nullable Item oldItem, @Nullable Item newItem) {

	}

}
