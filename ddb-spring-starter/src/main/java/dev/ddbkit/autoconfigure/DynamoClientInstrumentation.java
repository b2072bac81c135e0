package dev.ddbkit.autoconfigure;

import dev.ddbkit.mapping.resilience.DynamoRetryListener;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Decorates the auto-configured {@link DynamoDbClient} beneath ddbkit's one retry layer,
 * so that it sees every attempt; the metrics auto-configuration provides one backed by
 * {@code DynamoMetrics}.
 */
public interface DynamoClientInstrumentation {

	/**
	 * Decorate the client.
	 * @param client the client with SDK retries off
	 * @return the instrumented client
	 */
	DynamoDbClient instrument(DynamoDbClient client);

	/**
	 * The listener told about each retry of the retry layer above the instrumented
	 * client.
	 * @return the listener
	 */
	default DynamoRetryListener retryListener() {
		return DynamoRetryListener.NONE;
	}

}
