package dev.ddbkit.sample.ecommerce.load;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

import org.jspecify.annotations.Nullable;

/**
 * The embedded engine's clock: it follows a source (the system clock in the running
 * application) until a load scenario holds it, then moves only when the scenario advances
 * it, and on release runs on from where the scenario left it. Time never goes back.
 */
public final class SteerableClock implements InstantSource {

	private final InstantSource source;

	private Duration offset = Duration.ZERO;

	private @Nullable Instant heldAt;

	/**
	 * A clock following a source.
	 * @param source the time to follow while not held
	 */
	public SteerableClock(InstantSource source) {
		this.source = source;
	}

	@Override
	public synchronized Instant instant() {
		return (this.heldAt != null) ? this.heldAt : this.source.instant().plus(this.offset);
	}

	/** Stops following the source: the time stays until {@link #advance} moves it. */
	public synchronized void hold() {
		this.heldAt = instant();
	}

	/**
	 * Moves the held clock forward.
	 * @param duration how far, not negative
	 * @throws IllegalStateException when the clock is not held
	 */
	public synchronized void advance(Duration duration) {
		if (this.heldAt == null) {
			throw new IllegalStateException("Hold the clock before advancing it");
		}
		if (duration.isNegative()) {
			throw new IllegalArgumentException("Time does not go back: " + duration);
		}
		this.heldAt = this.heldAt.plus(duration);
	}

	/** Follows the source again, from the held time on. */
	public synchronized void release() {
		if (this.heldAt != null) {
			this.offset = Duration.between(this.source.instant(), this.heldAt);
			this.heldAt = null;
		}
	}

}
