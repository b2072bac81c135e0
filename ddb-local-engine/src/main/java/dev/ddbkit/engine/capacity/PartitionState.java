package dev.ddbkit.engine.capacity;

import java.time.Duration;

/**
 * One hash-range partition: its range {@code [start, end]} (unsigned, inclusive), its
 * per-partition ceiling bucket, its usage windows, stored bytes and the per-second load
 * of its two halves that decides a split for sustained load.
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

	final UsageWindows windows;

	private long storedLow;

	private long storedHigh;

	private long second = Long.MIN_VALUE;

	private long loadLow;

	private long loadHigh;

	private boolean throttled;

	private long hotStreak;

	PartitionState(long start, long end, long ceiling, Duration window, int windows, long now) {
		this.start = start;
		this.end = end;
		this.bucket = TokenBucket.perSecond(ceiling, now);
		this.windows = new UsageWindows(window, windows);
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

	/** The two halves, each assumed to hold its half's bytes evenly. */
	PartitionState[] split(long ceiling, Duration window, int windows, long now) {
		long middle = middle();
		PartitionState low = new PartitionState(this.start, middle, ceiling, window, windows, now);
		PartitionState high = new PartitionState(middle + 1, this.end, ceiling, window, windows, now);
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
