package dev.ddbkit.it.backend;

import java.util.Set;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Our engine in process: {@code DynamoEngine.create().client()}, no sockets and no
 * marshalling.
 */
final class EngineBackend extends AbstractDynamoBackend {

	private static final String ENGINE_CLASS = "dev.ddbkit.engine.DynamoEngine";

	private @Nullable AutoCloseable engine;

	EngineBackend(Set<DynamoCapability> capabilities) {
		super("engine", capabilities);
	}

	@Override
	public @Nullable String unavailableReason() {
		try {
			Class.forName(ENGINE_CLASS);
			return null;
		}
		catch (ClassNotFoundException ex) {
			return ENGINE_CLASS + " is not on this branch yet";
		}
	}

	@Override
	DynamoDbClient doStart() throws Exception {
		Class<?> type = Class.forName(ENGINE_CLASS);
		Object created = type.getMethod("create").invoke(null);
		this.engine = (AutoCloseable) created;
		return (DynamoDbClient) type.getMethod("client").invoke(created);
	}

	@Override
	void doStop(DynamoDbClient client) throws Exception {
		AutoCloseable started = this.engine;
		if (started != null) {
			this.engine = null;
			started.close();
		}
	}

}
