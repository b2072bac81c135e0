package dev.ddbkit.engine.capacity;

/**
 * How a read is served, which sets its price per 4 KB block.
 * <p>
 * Source: DynamoDB Developer Guide, "DynamoDB read/write capacity mode" (read capacity
 * units): a strongly consistent read of up to 4 KB costs 1 RCU, an eventually consistent
 * one half of that, a transactional one twice that.
 */
public enum ReadConsistency {

	/** {@code ConsistentRead=false}, and every read of a GSI: 0.5 RCU per 4 KB. */
	EVENTUAL(1),
	/** {@code ConsistentRead=true}: 1 RCU per 4 KB. */
	STRONG(2),
	/** TransactGetItems: 2 RCU per 4 KB. */
	TRANSACTIONAL(4);

	private final int halfUnitsPerBlock;

	ReadConsistency(int halfUnitsPerBlock) {
		this.halfUnitsPerBlock = halfUnitsPerBlock;
	}

	/** The price of one 4 KB block in half read units. */
	public int halfUnitsPerBlock() {
		return this.halfUnitsPerBlock;
	}

	/** {@link #STRONG} when {@code consistentRead}, else {@link #EVENTUAL}. */
	public static ReadConsistency of(boolean consistentRead) {
		return consistentRead ? STRONG : EVENTUAL;
	}

}
