package dev.ddbkit.engine.server;

import java.io.IOException;

import dev.ddbkit.engine.DynamoEngine;
import dev.ddbkit.engine.EngineSettings;
import dev.ddbkit.engine.capacity.ThroughputSettings;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DescribeLimitsResponse;

import static org.assertj.core.api.Assertions.assertThat;

// DescribeLimits over DynamoDB's JSON protocol answers the engine's configured quotas (API Reference,
// "DescribeLimits").
class DynamoHttpServerDescribeLimitsUnitTests {

	@Test
	void theConfiguredQuotasCrossTheWire() throws IOException {
		EngineSettings settings = EngineSettings.defaults()
			.withThroughput(ThroughputSettings.defaults().withAccountTableLimits(500, 200));
		try (DynamoEngine engine = DynamoEngine.builder().settings(settings).build();
				DynamoHttpServer server = DynamoHttpServer.start(engine, 0);
				DynamoDbClient client = ServerClients.dynamoDb(server)) {
			DescribeLimitsResponse limits = client.describeLimits((request) -> {
			});
			assertThat(limits.accountMaxReadCapacityUnits()).isEqualTo(80_000L);
			assertThat(limits.accountMaxWriteCapacityUnits()).isEqualTo(80_000L);
			assertThat(limits.tableMaxReadCapacityUnits()).isEqualTo(500L);
			assertThat(limits.tableMaxWriteCapacityUnits()).isEqualTo(200L);
		}
	}

}
