package dev.ddbkit.it.backend;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A private instance of a backend that behaves as DynamoDB does in production where the
 * shared instance of the suites does not: throughput limits throttle, GSIs change after a
 * lag, both on a manual clock (such as the starter's {@code DynamoTestClock}). Reached
 * the same way as its backend (in process or over HTTP). Close it when the test ends.
 *
 * @param client the SDK client of the instance
 * @param resources what {@link #close()} stops
 */
public record ProductionInstance(DynamoDbClient client, AutoCloseable resources) implements AutoCloseable {

	@Override
	public void close() throws Exception {
		this.resources.close();
	}

}
