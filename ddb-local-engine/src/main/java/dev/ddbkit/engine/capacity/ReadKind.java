package dev.ddbkit.engine.capacity;

/**
 * How a read is charged: eventually consistent reads cost half a unit per 4 KB, strongly
 * consistent one, transactional two.
 * <p>
 * Source: DynamoDB Developer Guide, "DynamoDB read/write capacity mode" (read request
 * units).
 */
public enum ReadKind {

	EVENTUAL(1), STRONG(2), TRANSACTIONAL(4);

	private final int halfUnitsPerBlock;

	ReadKind(int halfUnitsPerBlock) {
		this.halfUnitsPerBlock = halfUnitsPerBlock;
	}

	/** Half units per 4 KB block. */
	int halfUnitsPerBlock() {
		return this.halfUnitsPerBlock;
	}

	/** The kind of a plain read. */
	public static ReadKind of(boolean consistentRead) {
		return consistentRead ? STRONG : EVENTUAL;
	}

}
