package dev.ddbkit.mapping.resilience;

import java.time.Duration;

import dev.ddbkit.mapping.resilience.DynamoRetrySettings.Jitter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DynamoRetrySettingsUnitTests {

	@Test
	void defaultsToEightAttemptsWithFullJitterBetweenFiftyMillisecondsAndFiveSeconds() {
		assertThat(DynamoRetrySettings.defaults())
			.isEqualTo(new DynamoRetrySettings(8, Duration.ofMillis(50), Duration.ofSeconds(5), Jitter.FULL));
	}

	@Test
	void noRetryMakesOneAttempt() {
		assertThat(DynamoRetrySettings.noRetry().maxAttempts()).isEqualTo(1);
	}

	@Test
	void rejectsFewerThanOneAttempt() {
		assertThatIllegalArgumentException().isThrownBy(() -> DynamoRetrySettings.defaults().withMaxAttempts(0))
			.withMessage("maxAttempts must be at least 1 but was 0");
	}

	@Test
	void rejectsANegativeBaseDelay() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> DynamoRetrySettings.defaults().withDelays(Duration.ofMillis(-1), Duration.ofSeconds(1)))
			.withMessage("baseDelay must not be negative but was PT-0.001S");
	}

	@Test
	void rejectsAMaxDelayBelowTheBaseDelay() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> DynamoRetrySettings.defaults().withDelays(Duration.ofSeconds(2), Duration.ofSeconds(1)))
			.withMessage("maxDelay must be at least baseDelay (PT2S) but was PT1S");
	}

}
