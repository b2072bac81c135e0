package dev.ddbkit.engine.schema;

import org.jspecify.annotations.Nullable;

/**
 * The optional maximum throughput of an on-demand table or GSI, in request units per
 * second; {@link #NONE} ({@code -1}) on a side means no maximum.
 * <p>
 * Source: DynamoDB API Reference, "OnDemandThroughput" (a maximum is at least 1; -1
 * removes the maximum currently set); Developer Guide, "DynamoDB maximum throughput for
 * on-demand tables" (requests beyond it are throttled with
 * {@code MaxOnDemandThroughputExceeded}).
 *
 * @param maxReadRequestUnits read request units per second, or {@link #NONE}
 * @param maxWriteRequestUnits write request units per second, or {@link #NONE}
 */
public record OnDemandThroughput(long maxReadRequestUnits, long maxWriteRequestUnits) {

	/** The value of a side without a maximum. */
	public static final long NONE = -1;

	/** No maximum on either side. */
	public static final OnDemandThroughput UNLIMITED = new OnDemandThroughput(NONE, NONE);

	/** Whether a maximum is set on either side. */
	public boolean limited() {
		return this.maxReadRequestUnits > 0 || this.maxWriteRequestUnits > 0;
	}

	/**
	 * This maximum changed by an UpdateTable request whose sides are {@code null} when
	 * not given (kept), {@link #NONE} to remove, or a new maximum.
	 */
	public OnDemandThroughput updatedBy(@Nullable Long maxRead, @Nullable Long maxWrite) {
		return new OnDemandThroughput((maxRead != null) ? maxRead : this.maxReadRequestUnits,
				(maxWrite != null) ? maxWrite : this.maxWriteRequestUnits);
	}

}
