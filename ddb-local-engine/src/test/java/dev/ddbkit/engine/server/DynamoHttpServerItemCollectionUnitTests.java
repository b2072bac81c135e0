package dev.ddbkit.engine.server;

import java.io.IOException;
import java.util.Map;

import dev.ddbkit.engine.DynamoEngine;
import dev.ddbkit.engine.EngineSettings;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ItemCollectionMetrics;
import software.amazon.awssdk.services.dynamodb.model.ItemCollectionSizeLimitExceededException;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ReturnItemCollectionMetrics;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

// Over DynamoDB's JSON protocol, ReturnItemCollectionMetrics=SIZE answers
// {"ItemCollectionMetrics": {"ItemCollectionKey": {...}, "SizeEstimateRangeGB": [0.0,
// 1.0]}} and a write past the item-collection limit of a table with an LSI answers
// ItemCollectionSizeLimitExceededException "Collection size exceeded." (API Reference,
// "ItemCollectionMetrics"; Developer Guide, "Error handling with DynamoDB").
class DynamoHttpServerItemCollectionUnitTests {

	@Test
	void itemCollectionMetricsAndTheCollectionLimitCrossTheWire() throws IOException {
		try (DynamoEngine engine = DynamoEngine.builder()
			.settings(EngineSettings.defaults().withItemCollectionSizeLimitBytes(1000))
			.build();
				DynamoHttpServer server = DynamoHttpServer.start(engine, 0);
				DynamoDbClient client = ServerClients.dynamoDb(server)) {
			createOrders(client);
			ItemCollectionMetrics metrics = client
				.putItem((request) -> request.tableName("Orders")
					.item(order("o1"))
					.returnItemCollectionMetrics(ReturnItemCollectionMetrics.SIZE))
				.itemCollectionMetrics();
			assertThat(metrics.itemCollectionKey()).isEqualTo(Map.of("pk", AttributeValue.fromS("c")));
			assertThat(metrics.sizeEstimateRangeGB()).containsExactly(0.0, 1.0);
			assertThatExceptionOfType(ItemCollectionSizeLimitExceededException.class)
				.isThrownBy(() -> client.putItem((request) -> request.tableName("Orders").item(order("o2"))))
				.satisfies(
						(ex) -> assertThat(ex.awsErrorDetails().errorMessage()).isEqualTo("Collection size exceeded."));
		}
	}

	private static void createOrders(DynamoDbClient client) {
		client.createTable((request) -> request.tableName("Orders")
			.billingMode("PAY_PER_REQUEST")
			.attributeDefinitions((definition) -> definition.attributeName("pk").attributeType(ScalarAttributeType.S),
					(definition) -> definition.attributeName("sk").attributeType(ScalarAttributeType.S),
					(definition) -> definition.attributeName("total").attributeType(ScalarAttributeType.N))
			.keySchema((key) -> key.attributeName("pk").keyType(KeyType.HASH),
					(key) -> key.attributeName("sk").keyType(KeyType.RANGE))
			.localSecondaryIndexes(LocalSecondaryIndex.builder()
				.indexName("byTotal")
				.keySchema((key) -> key.attributeName("pk").keyType(KeyType.HASH),
						(key) -> key.attributeName("total").keyType(KeyType.RANGE))
				.projection((projection) -> projection.projectionType(ProjectionType.ALL))
				.build()));
	}

	// 318 bytes, 736 with its LSI entry: a second one passes the 1,000-byte limit
	private static Map<String, AttributeValue> order(String sortKey) {
		return Map.of("pk", AttributeValue.fromS("c"), "sk", AttributeValue.fromS(sortKey), "total",
				AttributeValue.fromN("5"), "body", AttributeValue.fromS("x".repeat(300)));
	}

}
