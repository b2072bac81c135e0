package dev.ddbkit.it.backend;

import java.time.Duration;
import java.time.InstantSource;
import java.util.EnumSet;
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
		super("engine", withProductionBehaviours(capabilities));
	}

	/**
	 * The engine's capabilities plus {@link DynamoCapability#THROTTLES} and
	 * {@link DynamoCapability#GSI_LAG}: the shared engine observes throughput only, but
	 * {@link #startProductionInstance} starts one that enforces it.
	 */
	static Set<DynamoCapability> withProductionBehaviours(Set<DynamoCapability> capabilities) {
		EnumSet<DynamoCapability> result = EnumSet.noneOf(DynamoCapability.class);
		result.addAll(capabilities);
		result.add(DynamoCapability.THROTTLES);
		result.add(DynamoCapability.GSI_LAG);
		return result;
	}

	/**
	 * An engine with DynamoDB's throughput enforcement (the engine's default) and the
	 * given GSI lag, on the given clock.
	 */
	static DynamoEngine startProductionEngine(InstantSource clock, Duration gsiLag) {
		return DynamoEngine.builder()
			.clock(clock)
			.settings(EngineSettings.defaults()
				.withCapacityEnforcement(CapacityEnforcement.ENFORCE)
				.withGsiPropagationDelay(gsiLag))
			.build();
	}

	@Override
	public ProductionInstance startProductionInstance(InstantSource clock, Duration gsiLag) {
		DynamoEngine started = startProductionEngine(clock, gsiLag);
		return new ProductionInstance(started.client(), started);
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
