package dev.ddbkit.mapping.observability;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import dev.ddbkit.mapping.resilience.DynamoClients;
import dev.ddbkit.mapping.resilience.DynamoFailures;
import dev.ddbkit.mapping.resilience.DynamoRetrySettings;
import dev.ddbkit.mapping.resilience.ScriptedDynamoDbClient;
import io.micrometer.core.instrument.MockClock;
import io.micrometer.core.instrument.simple.SimpleConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.Capacity;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.entry;

class DynamoMetricsUnitTests {

	private static final Map<String, AttributeValue> ORDER_1 = Map.of("PK", AttributeValue.fromS("ORDER#1"), "SK",
			AttributeValue.fromS("ORDER#1"), "status", AttributeValue.fromS("PAID"));

	private static final GetItemRequest GET = GetItemRequest.builder()
		.tableName("orders")
		.key(Map.of("PK", AttributeValue.fromS("ORDER#1"), "SK", AttributeValue.fromS("ORDER#1")))
		.build();

	private final MockClock clock = new MockClock();

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry(SimpleConfig.DEFAULT, this.clock);

	private final ScriptedDynamoDbClient dynamo = new ScriptedDynamoDbClient()
		.onCall(() -> this.clock.add(Duration.ofMillis(15)));

	private final DynamoMetrics metrics = DynamoMetrics.builder(this.registry).build();

	private final DynamoDbClient client = this.metrics.instrument(this.dynamo);

	@Test
	void timesEachRequestByOperationTableIndexAndOutcome() {
		this.dynamo.then(QueryResponse.builder().build());

		this.client.query(QueryRequest.builder()
			.tableName("orders")
			.indexName("GSI1")
			.keyConditionExpression("GSI1PK = :c")
			.expressionAttributeValues(Map.of(":c", AttributeValue.fromS("CUSTOMER#7")))
			.build());

		assertThat(MeterSnapshot.of(this.registry, DynamoMetrics.REQUESTS))
			.containsExactly(entry("entity=none,index=GSI1,operation=Query,outcome=success,table=orders", 1.0));
		assertThat(this.registry.get(DynamoMetrics.REQUESTS).timer().totalTime(TimeUnit.MILLISECONDS)).isEqualTo(15.0);
	}

	@Test
	void tagsEachFailureWithItsOutcome() {
		this.dynamo.then(DynamoFailures.conditionFailed(), DynamoFailures.internalServerError(),
				DynamoFailures.provisionedThroughputExceeded(), DynamoFailures.throttling(),
				DynamoFailures.connectionReset(), GetItemResponse.builder().build());

		for (int i = 0; i < 5; i++) {
			assertThatExceptionOfType(RuntimeException.class).isThrownBy(() -> this.client.getItem(GET));
		}
		this.client.getItem(GET);

		assertThat(MeterSnapshot.of(this.registry, DynamoMetrics.REQUESTS)).containsExactly(
				entry("entity=none,index=none,operation=GetItem,outcome=client_error,table=orders", 2.0),
				entry("entity=none,index=none,operation=GetItem,outcome=server_error,table=orders", 1.0),
				entry("entity=none,index=none,operation=GetItem,outcome=success,table=orders", 1.0),
				entry("entity=none,index=none,operation=GetItem,outcome=throttled,table=orders", 2.0));
	}

	// ConsumedCapacity with INDEXES: Table and each GlobalSecondaryIndexes entry carry
	// their own units.
	@Test
	void recordsConsumedCapacityOfTheTableAndOfEachIndex() {
		this.dynamo.then(
				PutItemResponse.builder()
					.consumedCapacity(ConsumedCapacity.builder()
						.tableName("orders")
						.capacityUnits(3.0)
						.table(units(1.0))
						.globalSecondaryIndexes(Map.of("GSI1", units(1.0), "GSI2", units(1.0)))
						.build())
					.build(),
				GetItemResponse.builder()
					.consumedCapacity(
							ConsumedCapacity.builder().tableName("orders").capacityUnits(0.5).table(units(0.5)).build())
					.build());

		this.client.putItem(PutItemRequest.builder().tableName("orders").item(ORDER_1).build());
		this.client.getItem(GET);

		assertThat(MeterSnapshot.of(this.registry, DynamoMetrics.CONSUMED_WCU)).containsExactly(
				entry("index=GSI1,table=orders", 1.0), entry("index=GSI2,table=orders", 1.0),
				entry("index=none,table=orders", 1.0));
		assertThat(MeterSnapshot.of(this.registry, DynamoMetrics.CONSUMED_RCU))
			.containsExactly(entry("index=none,table=orders", 0.5));
	}

	@Test
	void asksForIndexesCapacityWhenTheCallerDidNotAndHidesItFromTheCaller() {
		this.dynamo.then(GetItemResponse.builder()
			.item(ORDER_1)
			.consumedCapacity(
					ConsumedCapacity.builder().tableName("orders").capacityUnits(1.0).table(units(1.0)).build())
			.build());

		GetItemResponse response = this.client.getItem(GET);

		assertThat(this.dynamo.requests())
			.containsExactly(GET.toBuilder().returnConsumedCapacity(ReturnConsumedCapacity.INDEXES).build());
		assertThat(response.consumedCapacity()).isNull();
		assertThat(response.item()).isEqualTo(ORDER_1);
		assertThat(MeterSnapshot.of(this.registry, DynamoMetrics.CONSUMED_RCU))
			.containsExactly(entry("index=none,table=orders", 1.0));
	}

	@Test
	void keepsTheCapacityTheCallerAskedFor() {
		ConsumedCapacity capacity = ConsumedCapacity.builder()
			.tableName("orders")
			.capacityUnits(1.0)
			.table(units(1.0))
			.build();
		this.dynamo.thenRepeat(2, GetItemResponse.builder().consumedCapacity(capacity).build());
		GetItemRequest total = GET.toBuilder().returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build();
		GetItemRequest indexes = GET.toBuilder().returnConsumedCapacity(ReturnConsumedCapacity.INDEXES).build();

		assertThat(this.client.getItem(total).consumedCapacity()).isEqualTo(capacity);
		assertThat(this.client.getItem(indexes).consumedCapacity()).isEqualTo(capacity);

		assertThat(this.dynamo.requests()).containsExactly(indexes, indexes);
		assertThat(this.dynamo.requests().get(1)).isSameAs(indexes);
	}

	@Test
	void leavesRequestsAloneWhenAskingForCapacityIsTurnedOff() {
		DynamoDbClient quiet = DynamoMetrics.builder(this.registry)
			.requestConsumedCapacity(false)
			.build()
			.instrument(this.dynamo);
		this.dynamo.then(GetItemResponse.builder().build());

		quiet.getItem(GET);

		assertThat(this.dynamo.requests().get(0)).isSameAs(GET);
		assertThat(MeterSnapshot.of(this.registry, DynamoMetrics.CONSUMED_RCU)).isEmpty();
	}

	// Without a breakdown (TOTAL), CapacityUnits are the operation's: read units for a
	// read, write units for a write.
	@Test
	void givesTotalOnlyCapacityToTheTableAsReadOrWriteUnitsByOperation() {
		this.dynamo.then(PutItemResponse.builder()
			.consumedCapacity(ConsumedCapacity.builder().tableName("orders").capacityUnits(4.0).build())
			.build());

		this.client.putItem(PutItemRequest.builder()
			.tableName("orders")
			.item(ORDER_1)
			.returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
			.build());

		assertThat(MeterSnapshot.of(this.registry, DynamoMetrics.CONSUMED_WCU))
			.containsExactly(entry("index=none,table=orders", 4.0));
		assertThat(MeterSnapshot.of(this.registry, DynamoMetrics.CONSUMED_RCU)).isEmpty();
	}

	@Test
	void tagsABatchOverSeveralTablesAsMultipleAndRecordsCapacityPerTable() {
		this.dynamo.then(BatchWriteItemResponse.builder()
			.consumedCapacity(
					ConsumedCapacity.builder().tableName("orders").capacityUnits(2.0).table(units(2.0)).build(),
					ConsumedCapacity.builder().tableName("customers").capacityUnits(1.0).table(units(1.0)).build())
			.build());

		this.client.batchWriteItem(BatchWriteItemRequest.builder()
			.requestItems(Map.of("orders", List.of(put(ORDER_1), put(ORDER_1)), "customers",
					List.of(put(Map.of("PK", AttributeValue.fromS("CUSTOMER#7"))))))
			.build());

		assertThat(MeterSnapshot.of(this.registry, DynamoMetrics.REQUESTS))
			.containsOnlyKeys("entity=none,index=none,operation=BatchWriteItem,outcome=success,table=multiple");
		assertThat(MeterSnapshot.of(this.registry, DynamoMetrics.CONSUMED_WCU))
			.containsExactly(entry("index=none,table=customers", 1.0), entry("index=none,table=orders", 2.0));
	}

	@Test
	void countsThrottlesOncePerReasonTheExceptionCarries() {
		this.dynamo.then(
				DynamoFailures.provisionedThroughputExceeded("TableWriteProvisionedThroughputExceeded",
						"IndexWriteProvisionedThroughputExceeded:GSI1"),
				DynamoFailures.provisionedThroughputExceeded("TableWriteProvisionedThroughputExceeded"),
				DynamoFailures.throttling(), DynamoFailures.conditionFailed());

		for (int i = 0; i < 4; i++) {
			assertThatExceptionOfType(RuntimeException.class).isThrownBy(
					() -> this.client.putItem(PutItemRequest.builder().tableName("orders").item(ORDER_1).build()));
		}

		assertThat(MeterSnapshot.of(this.registry, DynamoMetrics.THROTTLES)).containsExactly(
				entry("index=GSI1,operation=PutItem,reason=IndexWriteProvisionedThroughputExceeded,table=orders", 1.0),
				entry("index=none,operation=PutItem,reason=TableWriteProvisionedThroughputExceeded,table=orders", 2.0),
				entry("index=none,operation=PutItem,reason=ThrottlingException,table=orders", 1.0));
	}

	@Test
	void countsAThrottleWithoutReasonsOnTheIndexTheRequestReads() {
		this.dynamo.then(DynamoFailures.requestLimitExceeded());

		assertThatExceptionOfType(RuntimeException.class).isThrownBy(() -> this.client
			.query((query) -> query.tableName("orders").indexName("GSI1").keyConditionExpression("GSI1PK = :p")));

		assertThat(MeterSnapshot.of(this.registry, DynamoMetrics.THROTTLES))
			.containsExactly(entry("index=GSI1,operation=Query,reason=RequestLimitExceeded,table=orders", 1.0));
	}

	@Test
	void countsTheThrottlingCancellationsOfATransactionAsThrottles() {
		DynamoDbClient transactional = this.metrics.instrument(
				new ScriptedDynamoDbClient().then(DynamoFailures.transactionCanceled("None", "ThrottlingError")));

		assertThatExceptionOfType(RuntimeException.class)
			.isThrownBy(() -> transactional.transactWriteItems((request) -> request
				.transactItems((item) -> item.put((put) -> put.tableName("orders").item(ORDER_1)))));

		assertThat(MeterSnapshot.of(this.registry, DynamoMetrics.THROTTLES))
			.containsExactly(entry("index=none,operation=TransactWriteItems,reason=ThrottlingError,table=orders", 1.0));
		assertThat(MeterSnapshot.of(this.registry, DynamoMetrics.REQUESTS))
			.containsOnlyKeys("entity=none,index=none,operation=TransactWriteItems,outcome=throttled,table=orders");
	}

	@Test
	void countsEveryAttemptRetriesAndSpentBudgetsWhenComposedUnderTheRetry() {
		DynamoDbClient retrying = DynamoClients.withRetry(this.client,
				new DynamoRetrySettings(3, Duration.ZERO, Duration.ZERO, DynamoRetrySettings.Jitter.FULL),
				this.metrics.retryListener());
		this.dynamo.then(DynamoFailures.internalServerError(), GetItemResponse.builder().build());
		this.dynamo.thenRepeat(3, DynamoFailures.provisionedThroughputExceeded());

		retrying.getItem(GET);
		assertThatExceptionOfType(RuntimeException.class).isThrownBy(() -> retrying.getItem(GET));

		assertThat(MeterSnapshot.of(this.registry, DynamoMetrics.REQUESTS)).containsExactly(
				entry("entity=none,index=none,operation=GetItem,outcome=server_error,table=orders", 1.0),
				entry("entity=none,index=none,operation=GetItem,outcome=success,table=orders", 1.0),
				entry("entity=none,index=none,operation=GetItem,outcome=throttled,table=orders", 3.0));
		assertThat(MeterSnapshot.of(this.registry, DynamoMetrics.RETRIES)).containsExactly(
				entry("error=InternalServerError,operation=GetItem,table=orders", 1.0),
				entry("error=ProvisionedThroughputExceededException,operation=GetItem,table=orders", 2.0));
		assertThat(MeterSnapshot.of(this.registry, DynamoMetrics.RETRIES_EXHAUSTED))
			.containsExactly(entry("operation=GetItem,table=orders", 1.0));
		assertThat(MeterSnapshot.of(this.registry, DynamoMetrics.CALL_ATTEMPTS)).containsExactly(
				entry("operation=GetItem,outcome=success,table=orders", 1.0),
				entry("operation=GetItem,outcome=throttled,table=orders", 1.0));
		assertThat(this.registry.get(DynamoMetrics.CALL_ATTEMPTS).tag("outcome", "throttled").summary().totalAmount())
			.isEqualTo(3.0);
		assertThat(this.registry.get(DynamoMetrics.CALL_ATTEMPTS).tag("outcome", "success").summary().totalAmount())
			.isEqualTo(2.0);
	}

	@Test
	void tracksHotPartitionKeysWithoutATagPerKey() {
		GetItemRequest other = GET.toBuilder().key(Map.of("PK", AttributeValue.fromS("ORDER#2"))).build();
		this.dynamo.thenRepeat(4, GetItemResponse.builder().build());

		this.client.getItem(GET);
		this.client.getItem(other);
		this.client.getItem(GET);
		this.client.getItem(GET);

		assertThat(this.metrics.hotKeys().top("orders")).containsExactly(new DynamoHotKey("orders", "ORDER#1", 3, 0),
				new DynamoHotKey("orders", "ORDER#2", 1, 0));
		assertThat(MeterSnapshot.of(this.registry, DynamoMetrics.HOT_KEY_COUNT))
			.containsExactly(entry("table=orders", 3.0));
	}

	private static Capacity units(double units) {
		return Capacity.builder().capacityUnits(units).build();
	}

	private static WriteRequest put(Map<String, AttributeValue> item) {
		return WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build();
	}

}
