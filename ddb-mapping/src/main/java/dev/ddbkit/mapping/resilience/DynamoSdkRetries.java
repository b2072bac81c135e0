package dev.ddbkit.mapping.resilience;

import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.builder.SdkClientBuilder;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;

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
