package dev.ddbkit.mapping.resilience;

import java.time.Duration;
import java.util.Objects;

/**
 * How often and how patiently a DynamoDB call is retried: at most {@code maxAttempts}
 * attempts in all (the first one included), waiting before retry {@code n} (1-based) a
 * uniformly random time in {@code [0, min(maxDelay, baseDelay * 2^(n-1))]} with
 * {@link Jitter#FULL full jitter}, or exactly that cap with {@link Jitter#NONE no
 * jitter}.
 * <p>
 * Delays are applied with millisecond precision.
 *
 * @param maxAttempts attempts in all, at least 1 (1 turns retrying off)
 * @param baseDelay the cap of the first wait, zero or positive
 * @param maxDelay the largest wait, at least {@code baseDelay}
 * @param jitter how the wait is drawn below its cap
 * @see <a href=
 * "https://aws.amazon.com/blogs/architecture/exponential-backoff-and-jitter/">Exponential
 * backoff and jitter</a>
 */
public record DynamoRetrySettings(int maxAttempts, Duration baseDelay, Duration maxDelay, Jitter jitter) {

	/**
	 * Attempts in all by default: with the default delays the seven waits are at most
	 * 6.35 s together (3.2 s on average with full jitter).
	 */
	public static final int DEFAULT_MAX_ATTEMPTS = 8;

	/** The cap of the first wait by default. */
	public static final Duration DEFAULT_BASE_DELAY = Duration.ofMillis(50);

	/** The largest wait by default. */
	public static final Duration DEFAULT_MAX_DELAY = Duration.ofSeconds(5);

	/**
	 * Validates the settings.
	 * @throws IllegalArgumentException when {@code maxAttempts < 1}, a delay is negative
	 * or {@code maxDelay < baseDelay}
	 */
	public DynamoRetrySettings {
		Objects.requireNonNull(baseDelay, "baseDelay");
		Objects.requireNonNull(maxDelay, "maxDelay");
		Objects.requireNonNull(jitter, "jitter");
		if (maxAttempts < 1) {
			throw new IllegalArgumentException("maxAttempts must be at least 1 but was " + maxAttempts);
		}
		if (baseDelay.isNegative()) {
			throw new IllegalArgumentException("baseDelay must not be negative but was " + baseDelay);
		}
		if (maxDelay.compareTo(baseDelay) < 0) {
			throw new IllegalArgumentException(
					"maxDelay must be at least baseDelay (" + baseDelay + ") but was " + maxDelay);
		}
	}

	/**
	 * The defaults: 8 attempts, 50 ms base delay, 5 s maximum delay, full jitter.
	 * @return the default settings
	 */
	public static DynamoRetrySettings defaults() {
		return new DynamoRetrySettings(DEFAULT_MAX_ATTEMPTS, DEFAULT_BASE_DELAY, DEFAULT_MAX_DELAY, Jitter.FULL);
	}

	/**
	 * One attempt only: failures surface at once.
	 * @return settings that never retry
	 */
	public static DynamoRetrySettings noRetry() {
		return new DynamoRetrySettings(1, Duration.ZERO, Duration.ZERO, Jitter.FULL);
	}

	/**
	 * A copy with another number of attempts.
	 * @param maxAttempts attempts in all, at least 1
	 * @return the new settings
	 */
	public DynamoRetrySettings withMaxAttempts(int maxAttempts) {
		return new DynamoRetrySettings(maxAttempts, this.baseDelay, this.maxDelay, this.jitter);
	}

	/**
	 * A copy with other delays.
	 * @param baseDelay the cap of the first wait
	 * @param maxDelay the largest wait
	 * @return the new settings
	 */
	public DynamoRetrySettings withDelays(Duration baseDelay, Duration maxDelay) {
		return new DynamoRetrySettings(this.maxAttempts, baseDelay, maxDelay, this.jitter);
	}

	/**
	 * A copy with another jitter.
	 * @param jitter how the wait is drawn below its cap
	 * @return the new settings
	 */
	public DynamoRetrySettings withJitter(Jitter jitter) {
		return new DynamoRetrySettings(this.maxAttempts, this.baseDelay, this.maxDelay, jitter);
	}

	/** How a wait is drawn below its exponential cap. */
	public enum Jitter {

		/** Uniformly random between zero and the cap: spreads clients apart best. */
		FULL,

		/** Exactly the cap: deterministic, for tests and diagnosis. */
		NONE

	}

}
