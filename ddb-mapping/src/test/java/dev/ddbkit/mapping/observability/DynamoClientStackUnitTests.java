package dev.ddbkit.mapping.observability;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.ddbkit.engine.DynamoEngine;
import dev.ddbkit.mapping.resilience.DynamoClients;
import dev.ddbkit.mapping.resilience.DynamoRetrySettings;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.entry;

/**
 * The recommended stack, retry over metrics over a real client: the in-process engine.
 */
class DynamoClientStackUnitTests {

	@AutoClose
	private final DynamoEngine engine = DynamoEngine.create();

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private final DynamoMetrics metrics = DynamoMetrics.builder(this.registry).build();

	private final DynamoDbClient client = DynamoClients.withRetry(this.metrics.instrument(this.engine.client()),
			DynamoRetrySettings.defaults().withDelays(Duration.ZERO, Duration.ZERO), this.metrics.retryListener());

	@Test
	void servesEveryCallThroughRetryAndMetrics() {
		createOrdersTable();
		for (int line = 1; line <= 3; line++) {
			int sortKey = line;
			this.client.putItem((put) -> put.tableName("orders").item(item("CUSTOMER#7", "ORDER#" + sortKey)));
		}

		Map<String, AttributeValue> found = this.client
			.getItem((get) -> get.tableName("orders").key(key("CUSTOMER#7", "ORDER#2")))
			.item();
		List<Map<String, AttributeValue>> orders = new ArrayList<>();
		this.client
			.queryPaginator((query) -> query.tableName("orders")
				.keyConditionExpression("PK = :pk")
				.expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("CUSTOMER#7")))
				.limit(2))
			.items()
			.forEach(orders::add);

		assertThat(found).isEqualTo(item("CUSTOMER#7", "ORDER#2"));
		assertThat(orders).extracting((order) -> order.get("SK").s()).containsExactly("ORDER#1", "ORDER#2", "ORDER#3");
		assertThat(MeterSnapshot.of(this.registry, DynamoMetrics.REQUESTS)).containsOnlyKeys(
				"entity=none,index=none,operation=CreateTable,outcome=success,table=orders",
				"entity=none,index=none,operation=PutItem,outcome=success,table=orders",
				"entity=none,index=none,operation=GetItem,outcome=success,table=orders",
				"entity=none,index=none,operation=Query,outcome=success,table=orders");
		// Limit 2 over 3 items: a full page with a LastEvaluatedKey, then a last page of
		// one item.
		assertThat(MeterSnapshot.of(this.registry, DynamoMetrics.REQUESTS)).contains(
				entry("entity=none,index=none,operation=PutItem,outcome=success,table=orders", 3.0),
				entry("entity=none,index=none,operation=Query,outcome=success,table=orders", 2.0));
		// Three puts, one get and two query pages on the same partition.
		assertThat(this.metrics.hotKeys().top("orders", 1))
			.containsExactly(new DynamoHotKey("orders", "CUSTOMER#7", 6, 0));
	}

	@Test
	void aConditionFailureFromTheEngineIsRaisedOnceAndNeverRetried() {
		createOrdersTable();
		this.client.putItem((put) -> put.tableName("orders").item(item("CUSTOMER#7", "ORDER#1")));

		assertThatExceptionOfType(ConditionalCheckFailedException.class)
			.isThrownBy(() -> this.client.putItem((put) -> put.tableName("orders")
				.item(item("CUSTOMER#7", "ORDER#1"))
				.conditionExpression("attribute_not_exists(PK)")));

		assertThat(MeterSnapshot.of(this.registry, DynamoMetrics.REQUESTS))
			.contains(entry("entity=none,index=none,operation=PutItem,outcome=client_error,table=orders", 1.0));
		assertThat(MeterSnapshot.of(this.registry, DynamoMetrics.RETRIES)).isEmpty();
	}

	private void createOrdersTable() {
		this.client.createTable((table) -> table.tableName("orders")
			.billingMode(BillingMode.PAY_PER_REQUEST)
			.attributeDefinitions((pk) -> pk.attributeName("PK").attributeType(ScalarAttributeType.S),
					(sk) -> sk.attributeName("SK").attributeType(ScalarAttributeType.S))
			.keySchema((pk) -> pk.attributeName("PK").keyType(KeyType.HASH),
					(sk) -> sk.attributeName("SK").keyType(KeyType.RANGE)));
	}

	private static Map<String, AttributeValue> key(String partition, String sort) {
		return Map.of("PK", AttributeValue.fromS(partition), "SK", AttributeValue.fromS(sort));
	}

	private static Map<String, AttributeValue> item(String partition, String sort) {
		return Map.of("PK", AttributeValue.fromS(partition), "SK", AttributeValue.fromS(sort), "total",
				AttributeValue.fromN("12.5"));
	}

}
