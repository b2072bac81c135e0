package dev.ddbkit.engine;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that moves only when told, for tests and for an offline engine: given to
 * {@link DynamoEngine.Builder#clock(InstantSource)}, it drives GSI propagation, TTL
 * expiry, throughput windows and every other time-dependent behaviour, so nothing has to
 * sleep. Time only moves forward, as the engine's time never goes back. Thread-safe.
 */
public class DynamoManualClock implements InstantSource {

	private final AtomicReference<Instant> now;

	/**
	 * A clock standing at {@code start}.
	 * @param start the first instant
	 */
	public DynamoManualClock(Instant start) {
		this.now = new AtomicReference<>(start);
	}

	@Override
	public Instant instant() {
		return this.now.get();
	}

	/**
	 * Moves the clock forward.
	 * @param duration how far, zero or positive
	 * @return the new instant
	 * @throws IllegalArgumentException when {@code duration} is negative
	 */
	public Instant advance(Duration duration) {
		if (duration.isNegative()) {
			throw new IllegalArgumentException("The clock only moves forward but was asked to move " + duration);
		}
		return this.now.updateAndGet((instant) -> instant.plus(duration));
	}

	/**
	 * Moves the clock to an instant.
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
