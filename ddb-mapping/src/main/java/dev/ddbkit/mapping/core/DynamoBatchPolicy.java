package dev.ddbkit.mapping.core;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongUnaryOperator;

/**
 * How batch operations retry what DynamoDB returns unprocessed: up to {@code maxAttempts}
 * requests per chunk, waiting between them with exponential backoff and full jitter (a
 * uniform random delay between 0 and {@code min(maxDelay, baseDelay * 2^(retry - 1))}).
 * <p>
 * Source: AWS Architecture Blog, "Exponential Backoff And Jitter"; DynamoDB Developer
 * Guide, "Error retries and exponential backoff".
 *
 * @param maxAttempts requests per chunk, at least 1
 * @param baseDelay the first backoff ceiling
 * @param maxDelay the largest backoff ceiling
 * @param sleeper waits between attempts (tests pass one that records instead of sleeping)
 * @param random draws a delay in {@code [0, bound]} milliseconds
 */
public record DynamoBatchPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay, Sleeper sleeper,
		LongUnaryOperator random) {

	/** 10 attempts, 50 ms base, 2 s ceiling, real sleeps. */
	public static final DynamoBatchPolicy DEFAULT = new DynamoBatchPolicy(10, Duration.ofMillis(50),
			Duration.ofSeconds(2), Sleeper.THREAD, (bound) -> ThreadLocalRandom.current().nextLong(bound + 1));

	public DynamoBatchPolicy {
		if (maxAttempts < 1) {
			throw new IllegalArgumentException("maxAttempts must be at least 1");
		}
	}

	/** The delay before retry number {@code retry} (from 1). */
	Duration delay(int retry) {
		long ceiling = Math.min(this.maxDelay.toMillis(), this.baseDelay.toMillis() * (1L << Math.min(retry - 1, 30)));
		return Duration.ofMillis(this.random.applyAsLong(Math.max(ceiling, 0)));
	}

	/** Waits between batch attempts. */
	@FunctionalInterface
	public interface Sleeper {

		/** Sleeps on the current thread. */
		Sleeper THREAD = (duration) -> Thread.sleep(duration.toMillis());

		/**
		 * Waits.
		 * @param duration how long
		 * @throws InterruptedException when interrupted
		 */
		void sleep(Duration duration) throws InterruptedException;

	}

}
