package dev.ddbkit.it.backend;

import java.io.IOException;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Set;

import dev.ddbkit.engine.DynamoEngine;
import dev.ddbkit.engine.server.DynamoHttpServer;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Our engine's HTTP server on 127.0.0.1 and an ephemeral port, reached through the real
 * SDK HTTP stack (url-connection client), so requests and errors cross DynamoDB's JSON
 * protocol.
 */
final class EngineHttpBackend extends AbstractDynamoBackend {

	private @Nullable DynamoEngine engine;

	private @Nullable DynamoHttpServer server;

	EngineHttpBackend(Set<DynamoCapability> capabilities) {
		super("engine-http", EngineBackend.withProductionBehaviours(capabilities));
	}

	@Override
	public ProductionInstance startProductionInstance(InstantSource clock, Duration gsiLag) {
		DynamoEngine started = EngineBackend.startProductionEngine(clock, gsiLag);
		DynamoHttpServer http;
		try {
			http = DynamoHttpServer.start(started, 0);
		}
		catch (IOException ex) {
			started.close();
			throw new IllegalStateException("engine-http could not bind a loopback port", ex);
		}
		DynamoDbClient client = SdkClients.http(http.endpoint());
		return new ProductionInstance(client, () -> {
			client.close();
			http.close();
			started.close();
		});
	}

	@Override
	DynamoDbClient doStart() throws Exception {
		DynamoEngine started = EngineBackend.startEngine();
		this.engine = started;
		DynamoHttpServer http = DynamoHttpServer.start(started, 0);
		this.server = http;
		return SdkClients.http(http.endpoint());
	}

	@Override
	void doStop(DynamoDbClient client) {
		client.close();
		DynamoHttpServer http = this.server;
		if (http != null) {
			this.server = null;
			http.close();
		}
		DynamoEngine started = this.engine;
		if (started != null) {
			this.engine = null;
			started.close();
		}
	}

}
