package dev.ddbkit.engine.client;

import java.util.Map;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Table definitions and item builders shared by the client tests.
 */
final class Tables {

	static final String ORDERS = "Orders";

	private Tables() {
	}

	/**
	 * PK (S) + SK (S), GSI1 on GSI1PK/GSI1SK (ALL), LSI1 on PK/LSK (KEYS_ONLY), on
	 * demand.
	 */
	static void createOrders(DynamoDbClient client) {
		client.createTable(CreateTableRequest.builder()
			.tableName(ORDERS)
			.billingMode(BillingMode.PAY_PER_REQUEST)
			.attributeDefinitions(attribute("PK", ScalarAttributeType.S), attribute("SK", ScalarAttributeType.S),
					attribute("GSI1PK", ScalarAttributeType.S), attribute("GSI1SK", ScalarAttributeType.S),
					attribute("LSK", ScalarAttributeType.N))
			.keySchema(key("PK", KeyType.HASH), key("SK", KeyType.RANGE))
			.globalSecondaryIndexes(GlobalSecondaryIndex.builder()
				.indexName("GSI1")
				.keySchema(key("GSI1PK", KeyType.HASH), key("GSI1SK", KeyType.RANGE))
				.projection(Projection.builder().projectionType(ProjectionType.ALL).build())
				.build())
			.localSecondaryIndexes(LocalSecondaryIndex.builder()
				.indexName("LSI1")
				.keySchema(key("PK", KeyType.HASH), key("LSK", KeyType.RANGE))
				.projection(Projection.builder().projectionType(ProjectionType.KEYS_ONLY).build())
				.build())
			.build());
	}

	/** A table keyed by PK and a sort key SK of the given type. */
	static void createSorted(DynamoDbClient client, String name, ScalarAttributeType sortType) {
		client.createTable(CreateTableRequest.builder()
			.tableName(name)
			.billingMode(BillingMode.PAY_PER_REQUEST)
			.attributeDefinitions(attribute("PK", ScalarAttributeType.S), attribute("SK", sortType))
			.keySchema(key("PK", KeyType.HASH), key("SK", KeyType.RANGE))
			.build());
	}

	static AttributeDefinition attribute(String name, ScalarAttributeType type) {
		return AttributeDefinition.builder().attributeName(name).attributeType(type).build();
	}

	static KeySchemaElement key(String name, KeyType type) {
		return KeySchemaElement.builder().attributeName(name).keyType(type).build();
	}

	static AttributeValue s(String value) {
		return AttributeValue.fromS(value);
	}

	static AttributeValue n(String value) {
		return AttributeValue.fromN(value);
	}

	static Map<String, AttributeValue> key(String pk, String sk) {
		return Map.of("PK", s(pk), "SK", s(sk));
	}

}
