package dev.ddbkit.it.backend;

import java.util.Set;

import dev.ddbkit.engine.DynamoEngine;
import dev.ddbkit.engine.EngineSettings;
import dev.ddbkit.engine.EngineSettings.CapacityEnforcement;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Our engine in process: {@link #startEngine()}'s client, no sockets and no marshalling.
 */
final class EngineBackend extends AbstractDynamoBackend {

	private @Nullable DynamoEngine engine;

	EngineBackend(Set<DynamoCapability> capabilities) {
		super("engine", capabilities);
	}

	/**
	 * The engine behind the behaviour suites. These suites pin API semantics against
	 * DynamoDB Local, which never throttles, and some of their set-ups write faster than
	 * one partition's 1,000 WCU per second (e.g. twelve 100 KB items for the 1 MB page
	 * cut), which DynamoDB would throttle too. So the engine runs with capacity
	 * enforcement OBSERVE: every request is priced and would-be throttles are counted,
	 * none is raised. Throttling itself is pinned on a manual clock by the engine's own
	 * tests.
	 */
	static DynamoEngine startEngine() {
		return DynamoEngine.builder()
			.settings(EngineSettings.defaults().withCapacityEnforcement(CapacityEnforcement.OBSERVE))
			.build();
	}

	@Override
	DynamoDbClient doStart() {
		DynamoEngine started = startEngine();
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
