package dev.ddbkit.it.backend;

import java.util.Set;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Our engine's HTTP server on 127.0.0.1 and an ephemeral port, reached through the real
 * SDK HTTP stack.
 */
final class EngineHttpBackend extends AbstractDynamoBackend {

	EngineHttpBackend(Set<DynamoCapability> capabilities) {
		super("engine-http", capabilities);
	}

	@Override
	public @Nullable String unavailableReason() {
		return "the engine has no HTTP server (dev.ddbkit.engine.server) on this branch yet";
	}

	@Override
	DynamoDbClient doStart() {
		throw new IllegalStateException(unavailableReason());
	}

	@Override
	void doStop(DynamoDbClient client) {
		client.close();
	}

}
