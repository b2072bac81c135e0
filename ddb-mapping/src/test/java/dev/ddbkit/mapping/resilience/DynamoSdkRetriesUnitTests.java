package dev.ddbkit.mapping.resilience;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.regions.Region;
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

	@Test
	void readsTheAttemptsABuiltSdkClientMakesThroughDecorators() {
		try (DynamoDbClient retrying = sdkClient(DynamoDbClient.builder());
				DynamoDbClient single = sdkClient(DynamoSdkRetries.disable(DynamoDbClient.builder()))) {
			DynamoDbClient decorated = DynamoClientInterceptor.decorate(single,
					(request, chain) -> chain.proceed(request));

			assertThat(DynamoSdkRetries.maxAttempts(retrying).getAsInt()).isGreaterThan(1);
			assertThat(DynamoSdkRetries.maxAttempts(decorated)).hasValue(1);
		}
	}

	@Test
	void reportsNoAttemptsForAClientThatIsNotTheSdks() {
		assertThat(DynamoSdkRetries.maxAttempts(new ScriptedDynamoDbClient())).isEmpty();
	}

	private static DynamoDbClient sdkClient(DynamoDbClientBuilder builder) {
		// Building opens no connection: region and credentials are given, nothing is
		// sent.
		return builder.region(Region.EU_WEST_1)
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("key", "secret")))
			.build();
	}

}
