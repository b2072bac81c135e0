package dev.ddbkit.engine.server;

import java.io.IOException;
import java.util.Map;

import dev.ddbkit.engine.DynamoEngine;
import dev.ddbkit.engine.DynamoManualClock;
import dev.ddbkit.engine.Engines;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.OnDemandThroughput;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.ThrottlingException;
import software.amazon.awssdk.services.dynamodb.model.ThrottlingReason;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

// Over DynamoDB's JSON protocol, CreateTable's OnDemandThroughput comes back in DescribeTable, and a request past
// the maximum answers ThrottlingException with ThrottlingReasons [{reason: TableWriteMaxOnDemandThroughputExceeded,
// resource: <table ARN>}] (API Reference, "OnDemandThroughput", "ThrottlingException", "ThrottlingReason").
class DynamoHttpServerOnDemandMaximumUnitTests {

	@Test
	void theMaximumAndItsThrottleCrossTheWire() throws IOException {
		DynamoManualClock clock = Engines.clock();
		try (DynamoEngine engine = DynamoEngine.builder().clock(clock).build();
				DynamoHttpServer server = DynamoHttpServer.start(engine, 0);
				DynamoDbClient client = ServerClients.dynamoDb(server)) {
			OnDemandThroughput maximum = OnDemandThroughput.builder()
				.maxReadRequestUnits(-1L)
				.maxWriteRequestUnits(1L)
				.build();
			client.createTable((request) -> request.tableName("Orders")
				.billingMode("PAY_PER_REQUEST")
				.onDemandThroughput(maximum)
				.attributeDefinitions(
						(definition) -> definition.attributeName("pk").attributeType(ScalarAttributeType.S))
				.keySchema((key) -> key.attributeName("pk").keyType(KeyType.HASH)));
			assertThat(client.describeTable((request) -> request.tableName("Orders")).table().onDemandThroughput())
				.isEqualTo(maximum);
			client.putItem((request) -> request.tableName("Orders").item(Map.of("pk", AttributeValue.fromS("o1"))));
			assertThatExceptionOfType(ThrottlingException.class)
				.isThrownBy(() -> client
					.putItem((request) -> request.tableName("Orders").item(Map.of("pk", AttributeValue.fromS("o2")))))
				.satisfies((ex) -> assertThat(ex.throttlingReasons()).containsExactly(ThrottlingReason.builder()
					.reason("TableWriteMaxOnDemandThroughputExceeded")
					.resource("arn:aws:dynamodb:us-east-1:000000000000:table/Orders")
					.build()));
		}
	}

}
