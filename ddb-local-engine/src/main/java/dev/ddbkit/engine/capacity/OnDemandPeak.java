package dev.ddbkit.engine.capacity;

import java.time.Duration;
import java.util.ArrayDeque;

/**
 * The "previous peak" of an on-demand table or GSI for reads or for writes, in half units
 * per second; the table serves double it (Developer Guide, "On-demand capacity mode",
 * "Initial throughput and scaling properties").
 * <p>
 * Traffic counts by its average over aligned one-minute windows, as CloudWatch's
 * one-minute consumed capacity shows it: only sustained traffic raises the peak ("If your
 * application sustains traffic of 100,000 reads per second, that peak becomes your new
 * previous peak"), a spike within a minute does not. A window's average becomes the
 * previous peak 30 minutes after the window closed ("throttling can occur if you exceed
 * double your previous peak within 30 minutes"), so traffic can double every 30 minutes.
 * The peak never decays ("Once your on-demand table is scaled out, you can instantly
 * achieve the same throughput again in the future without throttling").
 */
final class OnDemandPeak {

	/** The averaging window. */
	static final Duration WINDOW = Duration.ofMinutes(1);

	/** How long after its window a higher average becomes the previous peak. */
	static final Duration RAMP = Duration.ofMinutes(30);

	private static final long WINDOW_NANOS = WINDOW.toNanos();

	private static final long WINDOW_SECONDS = WINDOW.toSeconds();

	private static final long RAMP_NANOS = RAMP.toNanos();

	/** Windows above the peak not yet counted: {time they count from, average}. */
	private final ArrayDeque<long[]> pending = new ArrayDeque<>();

	private long peak;

	private long windowStart = Long.MIN_VALUE;

	private long consumed;

	/** Starts over from {@code initial} half units per second. */
	void reset(long initial) {
		this.peak = initial;
		this.pending.clear();
		this.windowStart = Long.MIN_VALUE;
		this.consumed = 0;
	}

	long peak() {
		return this.peak;
	}

	void add(long now, long halfUnits) {
		roll(now);
		this.consumed += halfUnits;
	}

	/**
	 * Closes the current window once {@code now} is past it and counts the windows whose
	 * ramp time has passed; whether the peak grew.
	 */
	boolean roll(long now) {
		long start = Math.floorDiv(now, WINDOW_NANOS) * WINDOW_NANOS;
		if (start != this.windowStart) {
			long average = this.consumed / WINDOW_SECONDS;
			if (average > this.peak) {
				this.pending.addLast(new long[] { this.windowStart + WINDOW_NANOS + RAMP_NANOS, average });
			}
			this.windowStart = start;
			this.consumed = 0;
		}
		boolean grew = false;
		while (!this.pending.isEmpty() && this.pending.peekFirst()[0] <= now) {
			long average = this.pending.removeFirst()[1];
			if (average > this.peak) {
				this.peak = average;
				grew = true;
			}
		}
		return grew;
	}

}
