package dev.ddbkit.autoconfigure;

import dev.ddbkit.mapping.resilience.DynamoClients;
import dev.ddbkit.mapping.resilience.DynamoRetryListener;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Stacks the decorations of a client that ddbkit creates: instrumentation inside, so that
 * each attempt is measured, then exactly one retry layer.
 */
final class DynamoClientDecorations {

	private DynamoClientDecorations() {
	}

	static DynamoDbClient decorate(DynamoDbClient client, DynamoProperties.Retry retry,
			@Nullable DynamoClientInstrumentation instrumentation) {
		DynamoDbClient decorated = (instrumentation != null) ? instrumentation.instrument(client) : client;
		if (!retry.isEnabled()) {
			return decorated;
		}
		DynamoRetryListener listener = (instrumentation != null) ? instrumentation.retryListener()
				: DynamoRetryListener.NONE;
		return DynamoClients.withRetry(decorated, retry.toSettings(), listener);
	}

}
