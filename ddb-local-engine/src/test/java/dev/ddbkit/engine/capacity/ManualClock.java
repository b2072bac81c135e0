package dev.ddbkit.engine.capacity;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

/** A clock that only moves when a test moves it. */
final class ManualClock implements InstantSource {

	private Instant now;

	ManualClock(Instant start) {
		this.now = start;
	}

	static ManualClock atNoon() {
		return new ManualClock(Instant.parse("2026-01-05T12:00:00Z"));
	}

	@Override
	public Instant instant() {
		return this.now;
	}

	void advance(Duration duration) {
		this.now = this.now.plus(duration);
	}

	void advanceSeconds(long seconds) {
		advance(Duration.ofSeconds(seconds));
	}

	void advanceMillis(long millis) {
		advance(Duration.ofMillis(millis));
	}

}
