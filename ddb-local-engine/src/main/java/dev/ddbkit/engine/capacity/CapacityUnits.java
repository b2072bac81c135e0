package dev.ddbkit.engine.capacity;

/**
 * Prices of single reads and writes in integer half capacity units (1 RCU or WCU = 2), so
 * that eventually consistent reads (0.5 RCU) stay exact.
 * <p>
 * Rules (DynamoDB Developer Guide, "DynamoDB read/write capacity mode" and "DynamoDB item
 * sizes and formats"): a read is priced by its size rounded up to the next 4 KB, at least
 * one block even for a missing item; a write by its size rounded up to the next 1 KB, at
 * least 1 WCU; an update, delete or overwrite by the larger of the old and new item; a
 * conditional write whose condition fails still consumes, priced by the larger of the
 * existing and the attempted item (1 WCU when there is neither); transactional reads and
 * writes cost twice as much. Sizes are in bytes as {@code ItemSizer} counts them.
 */
public final class CapacityUnits {

	/** The size of one read block: 4 KB. */
	public static final long READ_BLOCK_BYTES = 4096;

	/** The size of one write block: 1 KB. */
	public static final long WRITE_BLOCK_BYTES = 1024;

	private CapacityUnits() {
	}

	/**
	 * The price of reading {@code bytes} (one item, or the summed items of one Query or
	 * Scan page) in half read units.
	 * @param bytes the size read, {@code 0} for a missing item
	 * @param consistency how the read is served
	 */
	public static long readHalfUnits(long bytes, ReadConsistency consistency) {
		return blocks(bytes, READ_BLOCK_BYTES) * consistency.halfUnitsPerBlock();
	}

	/**
	 * The price of writing an item in half write units: the larger of the old and the new
	 * item, rounded up to 1 KB, doubled for transactions.
	 * @param oldBytes the size of the item replaced, updated or deleted ({@code 0} if
	 * none)
	 * @param newBytes the size of the item written ({@code 0} for a delete)
	 * @param transactional whether the write is part of TransactWriteItems
	 */
	public static long writeHalfUnits(long oldBytes, long newBytes, boolean transactional) {
		long halfUnits = blocks(Math.max(oldBytes, newBytes), WRITE_BLOCK_BYTES) * 2;
		return transactional ? halfUnits * 2 : halfUnits;
	}

	/**
	 * The price of a write whose condition failed, when only the existing item is known:
	 * see {@link #failedConditionHalfUnits(long, long, boolean)}.
	 * @param existingBytes the size of the stored item ({@code 0} if none)
	 * @param transactional whether the write is part of TransactWriteItems
	 */
	public static long failedConditionHalfUnits(long existingBytes, boolean transactional) {
		return failedConditionHalfUnits(existingBytes, 0, transactional);
	}

	/**
	 * The price of a write whose condition failed: a condition that evaluates to false
	 * still consumes write capacity, by the size of the item, "an existing item in the
	 * table or a new one you're attempting to create or update" (an existing 300 KB item
	 * and an attempted 310 KB one cost 310 KB), rounded up to 1 KB, at least 1 WCU
	 * (Developer Guide, "DynamoDB read and write operations"; "Working with items",
	 * capacity units consumed by conditional writes).
	 * @param existingBytes the size of the stored item ({@code 0} if none)
	 * @param attemptedBytes the size of the item the write would have left ({@code 0} for
	 * a delete, or when it cannot be computed)
	 * @param transactional whether the write is part of TransactWriteItems
	 */
	public static long failedConditionHalfUnits(long existingBytes, long attemptedBytes, boolean transactional) {
		return writeHalfUnits(existingBytes, attemptedBytes, transactional);
	}

	/**
	 * The price of keeping one index in step with a table write, in half write units
	 * (Developer Guide, "Global secondary indexes: provisioned throughput
	 * considerations", "Write capacity units"; the same rules hold for LSIs).
	 */
	public static long indexWriteHalfUnits(IndexEntryChange change) {
		return switch (change.kind()) {
			case NONE -> 0;
			case CREATED -> writeHalfUnits(0, change.afterBytes(), false);
			case REMOVED -> writeHalfUnits(change.beforeBytes(), 0, false);
			case UPDATED -> writeHalfUnits(change.beforeBytes(), change.afterBytes(), false);
			case KEY_CHANGED ->
				writeHalfUnits(change.beforeBytes(), 0, false) + writeHalfUnits(0, change.afterBytes(), false);
		};
	}

	/** Half units as capacity units, as {@code ConsumedCapacity} reports them. */
	public static double toCapacityUnits(long halfUnits) {
		return halfUnits / 2.0;
	}

	private static long blocks(long bytes, long blockBytes) {
		if (bytes < 0) {
			throw new IllegalArgumentException("Size must not be negative: " + bytes);
		}
		return Math.max(1, (bytes + blockBytes - 1) / blockBytes);
	}

}
