package dev.ddbkit.autoconfigure.test;

import java.time.Instant;

import dev.ddbkit.engine.DynamoManualClock;

/**
 * A clock that moves only when told: the embedded engine of a
 * {@link DynamoTest @DynamoTest} reads it for GSI propagation, TTL expiry, throughput and
 * every other time-dependent behaviour, so tests need no sleeps. It is the engine's
 * {@link DynamoManualClock} under the name the test slice injects: it only moves forward
 * and is thread-safe.
 */
public final class DynamoTestClock extends DynamoManualClock {

	/**
	 * A clock standing at {@code start}.
	 * @param start the first instant
	 */
	public DynamoTestClock(Instant start) {
		super(start);
	}

	/**
	 * A clock standing at the system time of its creation, truncated to milliseconds.
	 * @return the clock
	 */
	public static DynamoTestClock startingNow() {
		return new DynamoTestClock(Instant.ofEpochMilli(System.currentTimeMillis()));
	}

}
