package dev.ddbkit.it.backend;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

/**
 * A clock tests move by hand, for the production behaviours (throughput refill, GSI lag)
 * that are functions of time.
 */
public final class ManualClock implements InstantSource {

	private volatile Instant now;

	public ManualClock(Instant start) {
		this.now = start;
	}

	@Override
	public Instant instant() {
		return this.now;
	}

	/** Moves the clock forward. */
	public synchronized void advance(Duration duration) {
		this.now = this.now.plus(duration);
	}

}
