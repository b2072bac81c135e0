package dev.ddbkit.engine.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.ddbkit.engine.DynamoEngine;
import dev.ddbkit.engine.DynamoManualClock;
import dev.ddbkit.engine.EngineSettings;
import dev.ddbkit.engine.EngineSettings.CapacityEnforcement;
import dev.ddbkit.engine.Engines;
import dev.ddbkit.engine.capacity.ResourceDiagnostics;
import dev.ddbkit.engine.value.Value;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.ThrottlingReason;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

import static dev.ddbkit.engine.client.Tables.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

// A partition serves at most 1,000 WCU and 3,000 RCU per second and has no burst;
// provisioned tables keep 300 s of unused capacity as burst; a throttled request fails
// with ProvisionedThroughputExceededException carrying ThrottlingReasons (reason and
// resource ARN), and BatchWriteItem returns the throttled part as UnprocessedItems
// (Developer Guide, "Burst and adaptive capacity", "DynamoDB throttling"; API Reference,
// "ThrottlingReason", "BatchWriteItem").
class LocalDynamoDbClientThrottlingUnitTests {

	private static final String ARN = "arn:aws:dynamodb:us-east-1:000000000000:table/";

	private final DynamoManualClock clock = Engines.clock();

	@AutoClose
	private DynamoEngine engine = engine(CapacityEnforcement.ENFORCE);

	private DynamoDbClient client = this.engine.client();

	@Test
	void aResellerWritingTwoHundredItemsPerSecondToOneCustomerThrottlesWhileOtherCustomersDoNot() {
		// 200 writes of 6 KB per second = 1,200 WCU on one partition key: over the
		// partition's 1,000 WCU; the table (5,000 WCU) is far from its limit
		createProvisioned("Orders", 2_000, 5_000);
		List<String> others = customersOnOtherPartitions("Orders", "CUSTOMER#reseller", 5);
		Map<String, Integer> throttles = new HashMap<>();
		for (int second = 0; second < 5; second++) {
			for (String other : others) {
				write("Orders", other, "order" + second, throttles);
			}
			for (int i = 0; i < 200; i++) {
				write("Orders", "CUSTOMER#reseller", "order" + second + "-" + i, throttles);
			}
			this.clock.advance(Duration.ofSeconds(1));
		}
		assertThat(throttles).containsOnlyKeys("CUSTOMER#reseller");
		assertThat(throttles.get("CUSTOMER#reseller")).isBetween(5 * 30, 5 * 40);
		ResourceDiagnostics table = this.engine.capacityDiagnostics("Orders").table();
		assertThat(table.writeThrottleEvents()).isEqualTo((long) throttles.get("CUSTOMER#reseller"));
		assertThat(table.hottestKeys().get(0).partitionKey()).isEqualTo(Value.s("CUSTOMER#reseller"));
	}

	@Test
	void writeShardingOverTenSuffixesRemovesTheThrottles() {
		// the same 1,200 WCU per second spread over CUSTOMER#reseller#0..9 lands on
		// several partitions, none over 1,000 WCU
		createProvisioned("Orders", 2_000, 5_000);
		Map<String, Integer> throttles = new HashMap<>();
		for (int second = 0; second < 5; second++) {
			for (int i = 0; i < 200; i++) {
				write("Orders", "CUSTOMER#reseller#" + (i % 10), "order" + second + "-" + i, throttles);
			}
			this.clock.advance(Duration.ofSeconds(1));
		}
		assertThat(throttles).isEmpty();
	}

	@Test
	void theThrottleCarriesItsReasonAndTheTableArn() {
		createProvisioned("Orders", 2_000, 5_000);
		ProvisionedThroughputExceededException throttle = null;
		for (int i = 0; i < 200 && throttle == null; i++) {
			try {
				put("Orders", "CUSTOMER#reseller", "order" + i);
			}
			catch (ProvisionedThroughputExceededException ex) {
				throttle = ex;
			}
		}
		assertThat(throttle).isNotNull();
		assertThat(throttle.awsErrorDetails().errorCode()).isEqualTo("ProvisionedThroughputExceededException");
		assertThat(throttle.throttlingReasons()).containsExactly(ThrottlingReason.builder()
			.reason("TableWriteKeyRangeThroughputExceeded")
			.resource(ARN + "Orders")
			.build());
		assertThat(throttle.isThrottlingException()).isTrue();
	}

	@Test
	void aProvisionedTableAtSixPercentOfItsCapacityThrottlesOnOneHotKey() {
		// strongly consistent reads of a small item cost 1 RCU: one partition key stops
		// at the partition's 3,000 RCU, 6% of the table's 50,000
		createProvisioned("Catalog", 50_000, 16_000);
		this.client.putItem((request) -> request.tableName("Catalog")
			.item(Map.of("PK", s("PRODUCT#bestseller"), "SK", s("detail"), "price", Tables.n("19.90"))));
		// a new second: the write's share of the partition (1 WCU = 3 RCU) is behind us
		this.clock.advance(Duration.ofSeconds(1));
		int served = 0;
		ProvisionedThroughputExceededException throttle = null;
		while (throttle == null) {
			try {
				this.client.getItem((request) -> request.tableName("Catalog")
					.key(Map.of("PK", s("PRODUCT#bestseller"), "SK", s("detail")))
					.consistentRead(true));
				served++;
			}
			catch (ProvisionedThroughputExceededException ex) {
				throttle = ex;
			}
		}
		assertThat(served).isEqualTo(3_000);
		assertThat(served / 50_000.0).isEqualTo(0.06);
		assertThat(throttle.throttlingReasons()).extracting(ThrottlingReason::reason)
			.containsExactly("TableReadKeyRangeThroughputExceeded");
		assertThat(this.engine.capacityDiagnostics("Catalog").table().readThrottleEvents()).isEqualTo(1);
	}

	@Test
	void aHundredFiftyUnitTableIdleForFiveMinutesServesTwoHundredUnitsForNineHundredSeconds() {
		// 300 s x 150 RCU = 45,000 burst units; 200 RCU per second drains 50 a second
		createProvisioned("Burst", 150, 1_000);
		for (int i = 0; i < 8; i++) {
			Map<String, AttributeValue> item = new HashMap<>(Map.of("PK", s("hot"), "SK", s("i" + i)));
			// 102,400 bytes each: a strongly consistent Query of all eight reads 800 KB =
			// 200 RCU
			item.put("payload", s("x".repeat(102_400 - 16)));
			this.client.putItem((request) -> request.tableName("Burst").item(item));
		}
		this.clock.advance(Duration.ofMinutes(5));
		for (int second = 0; second < 900; second++) {
			assertThat(queryHot().consumedCapacity().capacityUnits()).as("second %d", second).isEqualTo(200.0);
			this.clock.advance(Duration.ofSeconds(1));
		}
		assertThatExceptionOfType(ProvisionedThroughputExceededException.class).isThrownBy(this::queryHot)
			.satisfies((ex) -> assertThat(ex.throttlingReasons()).extracting(ThrottlingReason::reason)
				.containsExactly("TableReadProvisionedThroughputExceeded"));
	}

	@Test
	void batchWriteItemReturnsTheThrottledPartAsUnprocessedItems() {
		// a new 10 WCU table holds one second of capacity: 10 of 25 small puts fit; the
		// rest come back unprocessed, and a request of which nothing fits fails whole
		createProvisioned("Small", 10, 10);
		List<WriteRequest> writes = new ArrayList<>();
		for (int i = 0; i < 25; i++) {
			writes.add(WriteRequest.builder()
				.putRequest(PutRequest.builder().item(Map.of("PK", s("k" + i), "SK", s("a"))).build())
				.build());
		}
		BatchWriteItemResponse response = this.client
			.batchWriteItem((request) -> request.requestItems(Map.of("Small", writes)));
		assertThat(response.unprocessedItems().get("Small")).hasSize(15).isEqualTo(writes.subList(10, 25));
		assertThatExceptionOfType(ProvisionedThroughputExceededException.class)
			.isThrownBy(
					() -> this.client.batchWriteItem((request) -> request.requestItems(response.unprocessedItems())))
			.satisfies((ex) -> assertThat(ex.throttlingReasons()).extracting(ThrottlingReason::reason)
				.containsExactly("TableWriteProvisionedThroughputExceeded"));
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(this.client.batchWriteItem((request) -> request.requestItems(response.unprocessedItems()))
			.unprocessedItems()
			.get("Small")).hasSize(5);
	}

	@Test
	void batchGetItemReturnsTheThrottledPartAsUnprocessedKeys() {
		// 10 RCU hold ten strongly consistent reads of a small item: of 25 keys, 15 come
		// back unprocessed, and a request of which nothing fits fails whole
		createProvisioned("Small", 10, 100);
		List<Map<String, AttributeValue>> keys = new ArrayList<>();
		for (int i = 0; i < 25; i++) {
			Map<String, AttributeValue> key = Map.of("PK", s("k" + i), "SK", s("a"));
			this.client.putItem((request) -> request.tableName("Small").item(key));
			keys.add(key);
		}
		BatchGetItemResponse response = this.client.batchGetItem((request) -> request
			.requestItems(Map.of("Small", KeysAndAttributes.builder().keys(keys).consistentRead(true).build())));
		assertThat(response.responses().get("Small")).hasSize(10);
		assertThat(response.unprocessedKeys().get("Small").keys()).hasSize(15).isEqualTo(keys.subList(10, 25));
		assertThatExceptionOfType(ProvisionedThroughputExceededException.class)
			.isThrownBy(() -> this.client.batchGetItem((request) -> request.requestItems(response.unprocessedKeys())))
			.satisfies((ex) -> assertThat(ex.throttlingReasons()).extracting(ThrottlingReason::reason)
				.containsExactly("TableReadProvisionedThroughputExceeded"));
		this.clock.advance(Duration.ofSeconds(2));
		assertThat(this.client.batchGetItem((request) -> request.requestItems(response.unprocessedKeys()))
			.unprocessedKeys()).isEmpty();
	}

	@Test
	void aThrottledGlobalSecondaryIndexThrottlesBaseTableWritesUntilItsThroughputIsRaised() {
		// a write is admitted only if every GSI it touches admits it (back-pressure); the
		// throttle names the index and its ARN; UpdateTable raises a GSI's throughput
		this.client.createTable((request) -> request.tableName("Orders")
			.billingMode(BillingMode.PROVISIONED)
			.provisionedThroughput((throughput) -> throughput.readCapacityUnits(100L).writeCapacityUnits(100L))
			.attributeDefinitions(Tables.attribute("PK", ScalarAttributeType.S),
					Tables.attribute("SK", ScalarAttributeType.S), Tables.attribute("status", ScalarAttributeType.S))
			.keySchema(Tables.key("PK", KeyType.HASH), Tables.key("SK", KeyType.RANGE))
			.globalSecondaryIndexes((index) -> index.indexName("byStatus")
				.keySchema(Tables.key("status", KeyType.HASH))
				.projection((projection) -> projection.projectionType(ProjectionType.KEYS_ONLY))
				.provisionedThroughput((throughput) -> throughput.readCapacityUnits(1L).writeCapacityUnits(1L))));
		putWithStatus("o1");
		assertThatExceptionOfType(ProvisionedThroughputExceededException.class).isThrownBy(() -> putWithStatus("o2"))
			.satisfies((ex) -> assertThat(ex.throttlingReasons()).containsExactly(ThrottlingReason.builder()
				.reason("IndexWriteProvisionedThroughputExceeded")
				.resource(ARN + "Orders/index/byStatus")
				.build()));
		assertThat(this.client
			.getItem((request) -> request.tableName("Orders").key(Map.of("PK", s("o2"), "SK", s("order"))))
			.hasItem()).isFalse();
		this.client.updateTable((request) -> request.tableName("Orders")
			.globalSecondaryIndexUpdates((update) -> update.update((index) -> index.indexName("byStatus")
				.provisionedThroughput((throughput) -> throughput.readCapacityUnits(1L).writeCapacityUnits(50L)))));
		assertThat(this.client.describeTable((request) -> request.tableName("Orders"))
			.table()
			.globalSecondaryIndexes()
			.get(0)
			.provisionedThroughput()
			.writeCapacityUnits()).isEqualTo(50L);
		this.clock.advance(Duration.ofSeconds(1));
		for (int i = 2; i < 40; i++) {
			putWithStatus("o" + i);
		}
	}

	private void putWithStatus(String order) {
		this.client.putItem((request) -> request.tableName("Orders")
			.item(Map.of("PK", s(order), "SK", s("order"), "status", s("NEW"))));
	}

	@Test
	void withEnforcementOffNothingIsEverThrottled() {
		this.engine.close();
		this.engine = engine(CapacityEnforcement.OFF);
		this.client = this.engine.client();
		createProvisioned("Orders", 1, 1);
		Map<String, Integer> throttles = new HashMap<>();
		for (int i = 0; i < 300; i++) {
			write("Orders", "CUSTOMER#reseller", "order" + i, throttles);
		}
		assertThat(throttles).isEmpty();
		assertThat(this.engine.capacityDiagnostics()).isEmpty();
	}

	@Test
	void observingServesEverythingAndCountsTheWouldBeThrottles() {
		this.engine.close();
		this.engine = engine(CapacityEnforcement.OBSERVE);
		this.client = this.engine.client();
		createProvisioned("Orders", 2_000, 5_000);
		Map<String, Integer> throttles = new HashMap<>();
		for (int i = 0; i < 200; i++) {
			write("Orders", "CUSTOMER#reseller", "order" + i, throttles);
		}
		assertThat(throttles).isEmpty();
		assertThat(this.engine.capacityDiagnostics("Orders").table().writeThrottleEvents()).isPositive();
	}

	private DynamoEngine engine(CapacityEnforcement enforcement) {
		return Engines.on(this.clock, (settings) -> settings.withCapacityEnforcement(enforcement));
	}

	private void createProvisioned(String name, long readUnits, long writeUnits) {
		this.client.createTable((request) -> request.tableName(name)
			.billingMode(BillingMode.PROVISIONED)
			.provisionedThroughput(
					(throughput) -> throughput.readCapacityUnits(readUnits).writeCapacityUnits(writeUnits))
			.attributeDefinitions(Tables.attribute("PK", ScalarAttributeType.S),
					Tables.attribute("SK", ScalarAttributeType.S))
			.keySchema(Tables.key("PK", KeyType.HASH), Tables.key("SK", KeyType.RANGE)));
	}

	private List<String> customersOnOtherPartitions(String table, String hotKey, int count) {
		var limiter = this.engine.operations().context().throughput().limiter();
		int hot = limiter.partitionOf(table, null, Value.s(hotKey));
		List<String> others = new ArrayList<>();
		for (int i = 0; others.size() < count; i++) {
			if (limiter.partitionOf(table, null, Value.s("CUSTOMER#" + i)) != hot) {
				others.add("CUSTOMER#" + i);
			}
		}
		return others;
	}

	/** A 6 KB item (6 WCU). */
	private void put(String table, String partitionKey, String sortKey) {
		this.client.putItem((request) -> request.tableName(table)
			.item(Map.of("PK", s(partitionKey), "SK", s(sortKey), "payload", s("x".repeat(6_000)))));
	}

	private void write(String table, String partitionKey, String sortKey, Map<String, Integer> throttles) {
		try {
			put(table, partitionKey, sortKey);
		}
		catch (ProvisionedThroughputExceededException ex) {
			throttles.merge(partitionKey, 1, Integer::sum);
		}
	}

	private software.amazon.awssdk.services.dynamodb.model.QueryResponse queryHot() {
		return this.client.query((request) -> request.tableName("Burst")
			.keyConditionExpression("PK = :p")
			.expressionAttributeValues(Map.of(":p", s("hot")))
			.consistentRead(true)
			.returnConsumedCapacity("TOTAL"));
	}

}
