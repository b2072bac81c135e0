package dev.ddbkit.engine.capacity;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import dev.ddbkit.engine.capacity.ThrottlingReason.Operation;
import org.jspecify.annotations.Nullable;

/**
 * Consumed half units, throttle events and throttles per {@link ThrottlingReason} in
 * fixed windows aligned on the clock (window {@code n} covers
 * {@code [n * length, (n + 1) * length)} since the epoch), keeping the latest
 * {@code retained} windows. Windows without activity are not stored. Guarded by the
 * owning table's lock.
 */
final class UsageWindows {

	private final long length;

	private final int retained;

	private ArrayDeque<long[]> windows = new ArrayDeque<>();

	private static final int START = 0;

	private static final int READ = 1;

	private static final int WRITE = 2;

	private static final int READ_THROTTLES = 3;

	private static final int WRITE_THROTTLES = 4;

	private static final int REASONS = 5;

	private static final ThrottlingReason[] ALL_REASONS = ThrottlingReason.values();

	UsageWindows(Duration length, int retained) {
		this.length = length.toNanos();
		this.retained = retained;
	}

	void consumed(long now, Operation operation, long halfUnits) {
		current(now)[(operation == Operation.READ) ? READ : WRITE] += halfUnits;
	}

	/**
	 * Counts one throttled request and, once each, the reasons it was throttled for here.
	 */
	void throttled(long now, Operation operation, Collection<ThrottlingReason> reasons) {
		long[] counters = current(now);
		counters[(operation == Operation.READ) ? READ_THROTTLES : WRITE_THROTTLES]++;
		for (ThrottlingReason reason : reasons) {
			counters[REASONS + reason.ordinal()]++;
		}
	}

	/** Empty windows of the same length and number. */
	UsageWindows empty() {
		return new UsageWindows(Duration.ofNanos(this.length), this.retained);
	}

	/** An independent copy with the same windows. */
	UsageWindows copy() {
		UsageWindows copy = empty();
		for (long[] counters : this.windows) {
			copy.windows.addLast(counters.clone());
		}
		return copy;
	}

	/**
	 * Two windows sets that share these counts evenly (the first takes the odd unit), as
	 * the two halves of a hash range whose usage is known only for the whole range; a
	 * window left without counts is left out.
	 */
	UsageWindows[] halves() {
		UsageWindows first = empty();
		UsageWindows second = empty();
		for (long[] counters : this.windows) {
			long[] low = counters.clone();
			long[] high = counters.clone();
			boolean highCounts = false;
			for (int i = START + 1; i < counters.length; i++) {
				high[i] = counters[i] / 2;
				low[i] = counters[i] - high[i];
				highCounts |= high[i] != 0;
			}
			first.windows.addLast(low);
			if (highCounts) {
				second.windows.addLast(high);
			}
		}
		return new UsageWindows[] { first, second };
	}

	/**
	 * Adds the counts of {@code other} (same window length) window by window; the latest
	 * {@code retained} windows are kept.
	 */
	void addAll(UsageWindows other) {
		ArrayDeque<long[]> merged = new ArrayDeque<>();
		Iterator<long[]> mine = this.windows.iterator();
		Iterator<long[]> theirs = other.windows.iterator();
		long[] a = next(mine);
		long[] b = next(theirs);
		while (a != null || b != null) {
			if (b == null || (a != null && a[START] < b[START])) {
				merged.addLast(a);
				a = next(mine);
			}
			else if (a == null || b[START] < a[START]) {
				merged.addLast(b.clone());
				b = next(theirs);
			}
			else {
				long[] sum = a.clone();
				for (int i = START + 1; i < sum.length; i++) {
					sum[i] += b[i];
				}
				merged.addLast(sum);
				a = next(mine);
				b = next(theirs);
			}
		}
		while (merged.size() > this.retained) {
			merged.removeFirst();
		}
		this.windows = merged;
	}

	private static long @Nullable [] next(Iterator<long[]> windows) {
		return windows.hasNext() ? windows.next() : null;
	}

	List<UsageWindow> snapshot(long now) {
		evict(now);
		List<UsageWindow> result = new ArrayList<>(this.windows.size());
		Duration window = Duration.ofNanos(this.length);
		for (long[] counters : this.windows) {
			Instant start = Instant.ofEpochSecond(0, counters[START]);
			result.add(new UsageWindow(start, window, CapacityUnits.toCapacityUnits(counters[READ]),
					CapacityUnits.toCapacityUnits(counters[WRITE]), counters[READ_THROTTLES], counters[WRITE_THROTTLES],
					reasons(counters)));
		}
		return result;
	}

	private static Map<ThrottlingReason, Long> reasons(long[] counters) {
		Map<ThrottlingReason, Long> reasons = new EnumMap<>(ThrottlingReason.class);
		for (ThrottlingReason reason : ALL_REASONS) {
			long count = counters[REASONS + reason.ordinal()];
			if (count > 0) {
				reasons.put(reason, count);
			}
		}
		return reasons;
	}

	private long[] current(long now) {
		long start = Math.floorDiv(now, this.length) * this.length;
		long[] last = this.windows.peekLast();
		if (last != null && last[START] == start) {
			return last;
		}
		long[] counters = new long[REASONS + ALL_REASONS.length];
		counters[START] = start;
		this.windows.addLast(counters);
		evict(now);
		return counters;
	}

	private void evict(long now) {
		long oldest = (Math.floorDiv(now, this.length) - this.retained + 1) * this.length;
		while (!this.windows.isEmpty() && this.windows.peekFirst()[START] < oldest) {
			this.windows.removeFirst();
		}
	}

}
