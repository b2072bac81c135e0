package dev.ddbkit.it.backend;

import java.util.Set;

import dev.ddbkit.engine.DynamoEngine;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Our engine in process: {@code DynamoEngine.create().client()}, no sockets and no
 * marshalling.
 */
final class EngineBackend extends AbstractDynamoBackend {

	private @Nullable DynamoEngine engine;

	EngineBackend(Set<DynamoCapability> capabilities) {
		super("engine", capabilities);
	}

	@Override
	DynamoDbClient doStart() {
		DynamoEngine started = DynamoEngine.create();
		this.engine = started;
		return started.client();
	}

	@Override
	void doStop(DynamoDbClient client) {
		DynamoEngine started = this.engine;
		if (started != null) {
			this.engine = null;
			started.close();
		}
	}

}
