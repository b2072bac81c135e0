package dev.ddbkit.mapping.resilience;

import java.time.Duration;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import dev.ddbkit.mapping.resilience.DynamoRetrySettings.Jitter;
import io.github.resilience4j.core.functions.Either;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DynamoBackoffUnitTests {

	private static final DynamoRetrySettings SETTINGS = new DynamoRetrySettings(10, Duration.ofMillis(100),
			Duration.ofSeconds(1), Jitter.FULL);

	@Test
	void capsDoubleFromTheBaseDelayUpToTheMaxDelay() {
		DynamoBackoff backoff = DynamoBackoff.of(SETTINGS);

		assertThat(IntStream.rangeClosed(1, 7).mapToLong(backoff::capMillis).toArray()).containsExactly(100, 200, 400,
				800, 1000, 1000, 1000);
	}

	@Test
	void fullJitterDrawsEveryDelayBetweenZeroAndTheCap() {
		DynamoBackoff backoff = DynamoBackoff.of(SETTINGS, new Random(42));

		for (int retry = 1; retry <= 12; retry++) {
			long cap = backoff.capMillis(retry);
			int attempt = retry;
			long[] delays = IntStream.range(0, 2_000).mapToLong((i) -> backoff.delayMillis(attempt)).toArray();

			long min = LongStream.of(delays).min().getAsLong();
			long max = LongStream.of(delays).max().getAsLong();
			assertThat(min).isGreaterThanOrEqualTo(0);
			assertThat(max).isLessThanOrEqualTo(cap);
			// Uniform over [0, cap]: the draws reach both ends of the range.
			assertThat(min).isLessThanOrEqualTo(cap / 20);
			assertThat(max).isGreaterThanOrEqualTo(cap - cap / 20);
		}
	}

	@Test
	void theSameSeedGivesTheSameDelays() {
		DynamoBackoff first = DynamoBackoff.of(SETTINGS, new Random(7));
		DynamoBackoff second = DynamoBackoff.of(SETTINGS, new Random(7));

		assertThat(IntStream.rangeClosed(1, 20).mapToLong(first::delayMillis).toArray())
			.containsExactly(IntStream.rangeClosed(1, 20).mapToLong(second::delayMillis).toArray());
	}

	@Test
	void answersResilience4jWithTheDelayOfTheFailedAttempt() {
		DynamoBackoff backoff = DynamoBackoff.of(SETTINGS, new Random(3));
		DynamoBackoff twin = DynamoBackoff.of(SETTINGS, new Random(3));

		for (int attempt = 1; attempt <= 5; attempt++) {
			assertThat(backoff.apply(attempt, Either.left(DynamoFailures.throttling())))
				.isEqualTo(twin.delayMillis(attempt));
		}
	}

	@Test
	void withoutJitterWaitsExactlyTheCap() {
		DynamoBackoff backoff = DynamoBackoff.of(SETTINGS.withJitter(Jitter.NONE), new Random(1));

		assertThat(IntStream.rangeClosed(1, 5).mapToLong(backoff::delayMillis).toArray()).containsExactly(100, 200, 400,
				800, 1000);
	}

	@Test
	void largeAttemptNumbersStayAtTheMaxDelayWithoutOverflow() {
		DynamoBackoff backoff = DynamoBackoff
			.of(SETTINGS.withDelays(Duration.ofMillis(3), Duration.ofDays(3650)).withJitter(Jitter.NONE));

		assertThat(backoff.capMillis(62)).isEqualTo(Duration.ofDays(3650).toMillis());
		assertThat(backoff.capMillis(1_000)).isEqualTo(Duration.ofDays(3650).toMillis());
		assertThat(backoff.capMillis(Integer.MAX_VALUE)).isEqualTo(Duration.ofDays(3650).toMillis());
	}

	@Test
	void aZeroBaseDelayNeverWaits() {
		DynamoBackoff backoff = DynamoBackoff.of(SETTINGS.withDelays(Duration.ZERO, Duration.ZERO), new Random(5));

		assertThat(IntStream.rangeClosed(1, 10).mapToLong(backoff::delayMillis).toArray()).containsOnly(0L);
	}

}
