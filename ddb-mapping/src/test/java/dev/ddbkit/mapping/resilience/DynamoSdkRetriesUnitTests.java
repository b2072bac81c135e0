package dev.ddbkit.mapping.resilience;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

import static org.assertj.core.api.Assertions.assertThat;

class DynamoSdkRetriesUnitTests {

	@Test
	void leavesTheSdkOneAttemptPerCall() {
		DynamoDbClientBuilder builder = DynamoSdkRetries.disable(DynamoDbClient.builder());

		assertThat(builder.overrideConfiguration().retryStrategy())
			.hasValueSatisfying((strategy) -> assertThat(strategy.maxAttempts()).isEqualTo(1));
	}

	@Test
	void keepsTheOverridesAlreadyConfigured() {
		DynamoDbClientBuilder builder = DynamoDbClient.builder()
			.overrideConfiguration((config) -> config.apiCallTimeout(Duration.ofSeconds(3)));

		ClientOverrideConfiguration config = DynamoSdkRetries.disable(builder).overrideConfiguration();

		assertThat(config.apiCallTimeout()).hasValue(Duration.ofSeconds(3));
		assertThat(config.retryStrategy()).isPresent();
	}

}
