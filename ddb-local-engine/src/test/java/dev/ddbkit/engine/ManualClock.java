package dev.ddbkit.engine;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

/**
 * A clock tests move by hand.
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
	public void advance(Duration duration) {
		this.now = this.now.plus(duration);
	}

}
