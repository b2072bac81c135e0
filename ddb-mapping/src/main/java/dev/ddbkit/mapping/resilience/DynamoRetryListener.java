package dev.ddbkit.mapping.resilience;

import software.amazon.awssdk.services.dynamodb.model.DynamoDbRequest;

/**
 * Told about the retries of a client decorated by {@link DynamoClients#withRetry};
 * metrics count retries through it. Called on the calling thread; must not throw.
 */
public interface DynamoRetryListener {

	/** A listener that does nothing. */
	DynamoRetryListener NONE = new DynamoRetryListener() {
	};

	/**
	 * Attempt {@code attempt} failed with a retryable failure and the call is about to be
	 * sent again (the backoff wait has passed).
	 * @param request the caller's request
	 * @param attempt the failed attempt, 1 for the first
	 * @param failure what the attempt threw
	 */
	default void onRetry(DynamoDbRequest request, int attempt, RuntimeException failure) {
	}

	/**
	 * The last allowed attempt failed with a retryable failure; {@code failure} is
	 * rethrown to the caller right after this call.
	 * @param request the caller's request
	 * @param attempts the attempts made
	 * @param failure what the last attempt threw
	 */
	default void onExhausted(DynamoDbRequest request, int attempts, RuntimeException failure) {
	}

}
