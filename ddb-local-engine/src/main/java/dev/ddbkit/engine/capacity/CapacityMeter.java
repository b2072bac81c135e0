package dev.ddbkit.engine.capacity;

/**
 * Capacity units as DynamoDB charges them, in half-units.
 * <p>
 * Rules (DynamoDB Developer Guide, "DynamoDB read/write capacity mode"): a read costs one
 * unit per 4 KB (rounded up; strongly consistent), half of that eventually consistent,
 * twice that transactional, and at least one block even when nothing is found; Query and
 * Scan add the sizes of all items read before rounding; a write costs one unit per 1 KB
 * (rounded up, at least one) of the larger of the old and new item, twice that in a
 * transaction.
 */
public final class CapacityMeter {

	private static final long READ_BLOCK = 4 * 1024;

	private static final long WRITE_BLOCK = 1024;

	private CapacityMeter() {
	}

	/** Half-units of a read of {@code bytes} (0 when nothing was found). */
	public static long readHalves(long bytes, ReadKind kind) {
		return blocks(bytes, READ_BLOCK) * kind.halfUnitsPerBlock();
	}

	/** Half-units of a write of {@code bytes}. */
	public static long writeHalves(long bytes, boolean transactional) {
		return blocks(bytes, WRITE_BLOCK) * (transactional ? 4 : 2);
	}

	private static long blocks(long bytes, long block) {
		return Math.max(1, (bytes + block - 1) / block);
	}

}
