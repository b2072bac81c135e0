package dev.ddbkit.mapping.resilience;

import java.util.OptionalInt;

import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.builder.SdkClientBuilder;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Turns the AWS SDK's own retries off on a client builder, so that ddbkit's retry layer
 * ({@link DynamoClients#withRetry}) is the only one: two layers multiply attempts (the
 * SDK's legacy mode makes up to 8 attempts for DynamoDB) and hide throttling from
 * metrics.
 * <p>
 * Needs no Resilience4j: it only touches the SDK builder.
 *
 * @see <a href=
 * "https://docs.aws.amazon.com/sdk-for-java/latest/developer-guide/retry-strategy.html">AWS
 * SDK for Java 2.x: retry strategies</a>
 */
public final class DynamoSdkRetries {

	private DynamoSdkRetries() {
	}

	/**
	 * The attempts per call the SDK makes beneath any decorator of {@code client}, as its
	 * resolved configuration reports them (the default legacy mode reports 9 for
	 * DynamoDB).
	 * @param client an SDK client, or a decorator of one
	 * @return the SDK's attempts per call; empty when the client does not report them (an
	 * in-process engine, a test double)
	 */
	public static OptionalInt maxAttempts(DynamoDbClient client) {
		try {
			return client.serviceClientConfiguration()
				.overrideConfiguration()
				.retryStrategy()
				.map((strategy) -> OptionalInt.of(strategy.maxAttempts()))
				.orElseGet(OptionalInt::empty);
		}
		catch (RuntimeException ex) {
			// Clients other than the SDK's may not implement
			// serviceClientConfiguration().
			return OptionalInt.empty();
		}
	}

	/**
	 * Sets {@link AwsRetryStrategy#doNotRetry()} (one attempt) on {@code builder},
	 * keeping every other override already configured on it.
	 * @param <B> the builder type
	 * @param builder an SDK client builder, e.g. {@code DynamoDbClient.builder()}
	 * @return {@code builder}
	 */
	public static <B extends SdkClientBuilder<B, ?>> B disable(B builder) {
		ClientOverrideConfiguration current = builder.overrideConfiguration();
		ClientOverrideConfiguration.Builder next = (current != null) ? current.toBuilder()
				: ClientOverrideConfiguration.builder();
		return builder.overrideConfiguration(next.retryStrategy(AwsRetryStrategy.doNotRetry()).build());
	}

}
