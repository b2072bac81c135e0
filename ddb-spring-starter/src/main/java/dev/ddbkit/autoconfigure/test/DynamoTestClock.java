package dev.ddbkit.autoconfigure.test;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that moves only when told: the embedded engine of a
 * {@link DynamoTest @DynamoTest} reads it for GSI propagation, TTL expiry, throughput and
 * every other time-dependent behaviour, so tests need no sleeps. Thread-safe.
 */
public final class DynamoTestClock implements InstantSource {

	private final AtomicReference<Instant> now;

	/**
	 * A clock standing at {@code start}.
	 * @param start the first instant
	 */
	public DynamoTestClock(Instant start) {
		this.now = new AtomicReference<>(start);
	}

	/**
	 * A clock standing at the system time of its creation, truncated to milliseconds.
	 * @return the clock
	 */
	public static DynamoTestClock startingNow() {
		return new DynamoTestClock(Instant.ofEpochMilli(System.currentTimeMillis()));
	}

	@Override
	public Instant instant() {
		return this.now.get();
	}

	/**
	 * Move the clock forward.
	 * @param duration how far, zero or positive
	 * @return the new instant
	 * @throws IllegalArgumentException when {@code duration} is negative: time in the
	 * engine never goes back
	 */
	public Instant advance(Duration duration) {
		if (duration.isNegative()) {
			throw new IllegalArgumentException("The clock only moves forward but was asked to move " + duration);
		}
		return this.now.updateAndGet((instant) -> instant.plus(duration));
	}

	/**
	 * Move the clock to an instant.
	 * @param instant the new instant, not before the current one
	 * @throws IllegalArgumentException when {@code instant} is before the current one
	 */
	public void set(Instant instant) {
		this.now.updateAndGet((current) -> {
			if (instant.isBefore(current)) {
				throw new IllegalArgumentException(
						"The clock only moves forward: " + instant + " is before " + current);
			}
			return instant;
		});
	}

}
