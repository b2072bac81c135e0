package dev.ddbkit.engine.capacity;

/**
 * Read and write capacity consumed by one table or index, in integer half units.
 * <p>
 * Maps onto the API's {@code Capacity} (ReadCapacityUnits, WriteCapacityUnits,
 * CapacityUnits) with {@link #readCapacityUnits()}, {@link #writeCapacityUnits()} and
 * {@link #capacityUnits()}.
 *
 * @param readHalfUnits read units times two
 * @param writeHalfUnits write units times two
 */
public record ConsumedUnits(long readHalfUnits, long writeHalfUnits) {

	/** Nothing consumed. */
	public static final ConsumedUnits ZERO = new ConsumedUnits(0, 0);

	public ConsumedUnits {
		if (readHalfUnits < 0 || writeHalfUnits < 0) {
			throw new IllegalArgumentException("Consumed units must not be negative");
		}
	}

	/** Reads only. */
	public static ConsumedUnits reads(long halfUnits) {
		return new ConsumedUnits(halfUnits, 0);
	}

	/** Writes only. */
	public static ConsumedUnits writes(long halfUnits) {
		return new ConsumedUnits(0, halfUnits);
	}

	/** The sum of both. */
	public ConsumedUnits plus(ConsumedUnits other) {
		return new ConsumedUnits(this.readHalfUnits + other.readHalfUnits, this.writeHalfUnits + other.writeHalfUnits);
	}

	/** Read capacity units, e.g. {@code 1.5}. */
	public double readCapacityUnits() {
		return CapacityUnits.toCapacityUnits(this.readHalfUnits);
	}

	/** Write capacity units. */
	public double writeCapacityUnits() {
		return CapacityUnits.toCapacityUnits(this.writeHalfUnits);
	}

	/** Read plus write capacity units, as {@code CapacityUnits} reports them. */
	public double capacityUnits() {
		return CapacityUnits.toCapacityUnits(this.readHalfUnits + this.writeHalfUnits);
	}

	/** Whether nothing was consumed. */
	public boolean isZero() {
		return this.readHalfUnits == 0 && this.writeHalfUnits == 0;
	}

}
