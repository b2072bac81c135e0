package dev.ddbkit.engine.capacity;

import java.time.Duration;
import java.util.Collection;
import java.util.List;

import dev.ddbkit.engine.capacity.ThrottlingReason.Operation;

/**
 * One hash-range partition: its range {@code [start, end]} (unsigned, inclusive), its
 * per-partition ceiling bucket, its usage windows, stored bytes and the per-second load
 * of its two halves that decides a split for sustained load.
 * <p>
 * Usage is kept per half, so that a split hands each child the history of its own range
 * (the throttles that made a partition split stay visible on the half that had them).
 * History a partition inherited itself covers its whole range and is shared evenly by its
 * children, as its stored bytes are; the sum over the partitions stays exact.
 * <p>
 * The bucket counts reads and writes in one currency so that a partition serves 3,000
 * RCU, 1,000 WCU "or a linear combination of both" (Developer Guide, "Burst and adaptive
 * capacity"): a read half unit weighs the write ceiling, a write half unit the read
 * ceiling, and the bucket holds {@code 2 * readCeiling * writeCeiling} per second.
 */
final class PartitionState {

	final long start;

	final long end;

	final TokenBucket bucket;

	private final UsageWindows inherited;

	private final UsageWindows usageLow;

	private final UsageWindows usageHigh;

	private long storedLow;

	private long storedHigh;

	private long second = Long.MIN_VALUE;

	private long loadLow;

	private long loadHigh;

	private boolean throttled;

	private long hotStreak;

	PartitionState(long start, long end, long ceiling, Duration window, int windows, long now) {
		this(start, end, ceiling, new UsageWindows(window, windows), now);
	}

	private PartitionState(long start, long end, long ceiling, UsageWindows inherited, long now) {
		this.start = start;
		this.end = end;
		this.bucket = TokenBucket.perSecond(ceiling, now);
		this.inherited = inherited;
		this.usageLow = inherited.empty();
		this.usageHigh = inherited.empty();
	}

	long middle() {
		return this.start + ((this.end - this.start) >>> 1);
	}

	boolean inLowHalf(long hash) {
		return Long.compareUnsigned(hash, middle()) <= 0;
	}

	boolean contains(long hash) {
		return Long.compareUnsigned(hash, this.start) >= 0 && Long.compareUnsigned(hash, this.end) <= 0;
	}

	boolean splittable() {
		return this.end != this.start;
	}

	long storedBytes() {
		return this.storedLow + this.storedHigh;
	}

	void stored(long hash, long delta) {
		if (inLowHalf(hash)) {
			this.storedLow = Math.max(0, this.storedLow + delta);
		}
		else {
			this.storedHigh = Math.max(0, this.storedHigh + delta);
		}
	}

	/** Consumption by a key of hash {@code hash}. */
	void consumed(long hash, long now, Operation operation, long halfUnits) {
		half(hash).consumed(now, operation, halfUnits);
	}

	/** A throttled request on a key of hash {@code hash}. */
	void throttled(long hash, long now, Operation operation, Collection<ThrottlingReason> reasons) {
		half(hash).throttled(now, operation, reasons);
	}

	/** Consumption and throttles in its range, oldest window first. */
	List<UsageWindow> usage(long now) {
		UsageWindows all = this.inherited.copy();
		all.addAll(this.usageLow);
		all.addAll(this.usageHigh);
		return all.snapshot(now);
	}

	private UsageWindows half(long hash) {
		return inLowHalf(hash) ? this.usageLow : this.usageHigh;
	}

	/**
	 * The two halves, each assumed to hold its half's bytes evenly, each with the usage
	 * history of its half and half the history this partition inherited.
	 */
	PartitionState[] split(long ceiling, long now) {
		long middle = middle();
		UsageWindows[] inheritedHalves = this.inherited.halves();
		UsageWindows lowHistory = inheritedHalves[0];
		lowHistory.addAll(this.usageLow);
		UsageWindows highHistory = inheritedHalves[1];
		highHistory.addAll(this.usageHigh);
		PartitionState low = new PartitionState(this.start, middle, ceiling, lowHistory, now);
		PartitionState high = new PartitionState(middle + 1, this.end, ceiling, highHistory, now);
		low.storedLow = this.storedLow / 2;
		low.storedHigh = this.storedLow - low.storedLow;
		high.storedLow = this.storedHigh / 2;
		high.storedHigh = this.storedHigh - high.storedLow;
		return new PartitionState[] { low, high };
	}

	/**
	 * Adds load (in bucket units) seen in second {@code nowSecond}; returns how many
	 * consecutive seconds, up to the last complete one, were hot with load on both
	 * halves. A second is hot when it throttled or its load reached {@code hotLoad}; both
	 * halves count when the lighter carries at least a fifth of the load, so a partition
	 * hot because of one key never splits (that key would stay on one side).
	 */
	long observe(long nowSecond, long hash, long load, boolean throttledNow, long hotLoad) {
		if (nowSecond != this.second) {
			closeSecond(nowSecond, hotLoad);
		}
		if (inLowHalf(hash)) {
			this.loadLow += load;
		}
		else {
			this.loadHigh += load;
		}
		this.throttled |= throttledNow;
		return this.hotStreak;
	}

	private void closeSecond(long nowSecond, long hotLoad) {
		long total = this.loadLow + this.loadHigh;
		boolean hot = this.throttled || total >= hotLoad;
		boolean spread = Math.min(this.loadLow, this.loadHigh) * 5 >= total;
		this.hotStreak = (hot && spread && total > 0) ? this.hotStreak + 1 : 0;
		if (nowSecond != this.second + 1) {
			this.hotStreak = 0;
		}
		this.second = nowSecond;
		this.loadLow = 0;
		this.loadHigh = 0;
		this.throttled = false;
	}

}
