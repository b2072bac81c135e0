package dev.ddbkit.mapping.resilience;

import java.util.concurrent.ThreadLocalRandom;
import java.util.random.RandomGenerator;

import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.core.functions.Either;

/**
 * Exponential backoff capped at a maximum, with full jitter or none, as a Resilience4j
 * {@link IntervalBiFunction}: before retry {@code n} (1-based, which is how Resilience4j
 * numbers the failed attempt) the wait is {@code min(maxDelay, baseDelay * 2^(n-1))} with
 * {@link DynamoRetrySettings.Jitter#NONE}, or uniformly random in {@code [0, that cap]}
 * (both ends included, in milliseconds) with {@link DynamoRetrySettings.Jitter#FULL}.
 * <p>
 * Resilience4j's own randomized backoff jitters around the exponential value
 * ({@code value * (1 ± factor)}); full jitter draws from zero, which spreads contending
 * clients further apart.
 *
 * @see <a href=
 * "https://aws.amazon.com/blogs/architecture/exponential-backoff-and-jitter/">Exponential
 * backoff and jitter</a>
 */
public final class DynamoBackoff implements IntervalBiFunction<Object> {

	private static final RandomGenerator THREAD_LOCAL_RANDOM = () -> ThreadLocalRandom.current().nextLong();

	private final long baseMillis;

	private final long maxMillis;

	private final boolean jitter;

	private final RandomGenerator random;

	private DynamoBackoff(DynamoRetrySettings settings, RandomGenerator random) {
		this.baseMillis = settings.baseDelay().toMillis();
		this.maxMillis = settings.maxDelay().toMillis();
		this.jitter = settings.jitter() == DynamoRetrySettings.Jitter.FULL;
		this.random = random;
	}

	/**
	 * The backoff of {@code settings}, drawing from a thread-local random generator.
	 * @param settings delays and jitter
	 * @return the backoff
	 */
	public static DynamoBackoff of(DynamoRetrySettings settings) {
		return new DynamoBackoff(settings, THREAD_LOCAL_RANDOM);
	}

	/**
	 * The backoff of {@code settings}, drawing from {@code random} (a seeded generator
	 * makes waits reproducible; the generator must be thread-safe if calls are
	 * concurrent).
	 * @param settings delays and jitter
	 * @param random the source of jitter
	 * @return the backoff
	 */
	public static DynamoBackoff of(DynamoRetrySettings settings, RandomGenerator random) {
		return new DynamoBackoff(settings, random);
	}

	/**
	 * The largest wait before retry {@code retry}:
	 * {@code min(maxDelay, baseDelay * 2^(retry-1))}.
	 * @param retry the retry about to happen, 1 for the first
	 * @return the cap in milliseconds
	 */
	public long capMillis(int retry) {
		int exponent = Math.max(0, retry - 1);
		if (this.baseMillis == 0) {
			return 0;
		}
		if (exponent >= Long.numberOfLeadingZeros(this.baseMillis) - 1) {
			return this.maxMillis;
		}
		return Math.min(this.maxMillis, this.baseMillis << exponent);
	}

	/**
	 * The wait before retry {@code retry}.
	 * @param retry the retry about to happen, 1 for the first
	 * @return the wait in milliseconds, within {@code [0, capMillis(retry)]}
	 */
	public long delayMillis(int retry) {
		long cap = capMillis(retry);
		return this.jitter ? this.random.nextLong(cap + 1) : cap;
	}

	@Override
	public Long apply(Integer attempt, Either<Throwable, Object> outcome) {
		return delayMillis(attempt);
	}

}
