package dev.ddbkit.mapping.test;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

/** A clock tests move by hand, for engines whose throughput depends on time. */
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
	public void advance(Duration duration) {
		this.now = this.now.plus(duration);
	}

}
