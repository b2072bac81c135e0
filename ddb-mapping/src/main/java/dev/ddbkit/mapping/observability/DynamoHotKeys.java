package dev.ddbkit.mapping.observability;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The most requested partition keys of each table, estimated by one bounded Space-Saving
 * sketch per table: memory stays at {@code capacity} counters per table whatever the
 * number of distinct keys, and any key that takes more than {@code 1/capacity} of a
 * table's requests is reported. At most {@value #MAX_TABLES} tables are tracked.
 * <p>
 * Counts accumulate from start-up or from the last {@link #reset()}. Every attempt
 * counts, throttled and retried ones included, since each is load on the partition.
 *
 * @see <a href=
 * "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/bp-partition-key-design.html">Best
 * practices for designing partition keys</a>
 */
public final class DynamoHotKeys {

	/** Counters per table by default. */
	public static final int DEFAULT_CAPACITY = 100;

	/** The most tables tracked; keys of further tables are ignored. */
	public static final int MAX_TABLES = 256;

	private final int capacity;

	private final Map<String, SpaceSavingSketch> sketches = new ConcurrentHashMap<>();

	private final Consumer<SpaceSavingSketch> onNewTable;

	DynamoHotKeys(int capacity, Consumer<SpaceSavingSketch> onNewTable) {
		if (capacity < 1) {
			throw new IllegalArgumentException("capacity must be at least 1 but was " + capacity);
		}
		this.capacity = capacity;
		this.onNewTable = onNewTable;
	}

	/**
	 * A tracker with {@code capacity} counters per table and no meters.
	 * @param capacity counters per table, at least 1
	 * @return the tracker
	 */
	public static DynamoHotKeys create(int capacity) {
		return new DynamoHotKeys(capacity, (sketch) -> {
		});
	}

	/**
	 * Counts one request for a partition key.
	 * @param table the table name
	 * @param partitionKey the partition key value
	 */
	public void record(String table, String partitionKey) {
		SpaceSavingSketch sketch = this.sketches.get(table);
		if (sketch == null) {
			if (this.sketches.size() >= MAX_TABLES) {
				return;
			}
			sketch = this.sketches.computeIfAbsent(table, this::newSketch);
		}
		sketch.add(partitionKey);
	}

	/**
	 * The tracked keys of a table, most requested first.
	 * @param table the table name
	 * @return at most {@link #capacity()} keys, empty for a table never seen
	 */
	public List<DynamoHotKey> top(String table) {
		return top(table, this.capacity);
	}

	/**
	 * The {@code limit} most requested keys of a table, most requested first.
	 * @param table the table name
	 * @param limit the most keys to return
	 * @return at most {@code limit} keys, empty for a table never seen
	 */
	public List<DynamoHotKey> top(String table, int limit) {
		SpaceSavingSketch sketch = this.sketches.get(table);
		return (sketch != null) ? sketch.top(limit) : List.of();
	}

	/**
	 * The tables seen so far.
	 * @return table names
	 */
	public Set<String> tables() {
		return Set.copyOf(this.sketches.keySet());
	}

	/**
	 * Counters per table.
	 * @return the capacity of each sketch
	 */
	public int capacity() {
		return this.capacity;
	}

	/** Forgets all counts, e.g. at the start of each observation window. */
	public void reset() {
		this.sketches.values().forEach(SpaceSavingSketch::clear);
	}

	private SpaceSavingSketch newSketch(String table) {
		SpaceSavingSketch sketch = new SpaceSavingSketch(table, this.capacity);
		this.onNewTable.accept(sketch);
		return sketch;
	}

}
