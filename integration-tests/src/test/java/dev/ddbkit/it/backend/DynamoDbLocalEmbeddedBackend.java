package dev.ddbkit.it.backend;

import java.util.Set;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.dynamodb.services.local.embedded.DynamoDBEmbedded;
import software.amazon.dynamodb.services.local.shared.access.AmazonDynamoDBLocal;

/**
 * Amazon's DynamoDB Local 3.x embedded in this JVM (in memory, telemetry off), the
 * reference for behaviour the documentation leaves open such as exact error messages.
 */
final class DynamoDbLocalEmbeddedBackend extends AbstractDynamoBackend {

	private @Nullable AmazonDynamoDBLocal local;

	DynamoDbLocalEmbeddedBackend(Set<DynamoCapability> capabilities) {
		super("dynamodb-local", capabilities);
	}

	@Override
	DynamoDbClient doStart() {
		AmazonDynamoDBLocal started = DynamoDBEmbedded.create(true);
		this.local = started;
		return started.dynamoDbClient();
	}

	@Override
	void doStop(DynamoDbClient client) {
		client.close();
		AmazonDynamoDBLocal started = this.local;
		if (started != null) {
			this.local = null;
			started.shutdownNow();
		}
	}

}
