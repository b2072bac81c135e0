package dev.ddbkit.engine.client;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.ddbkit.engine.DynamoEngine;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ConditionCheck;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.Get;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import static dev.ddbkit.engine.client.Tables.ORDERS;
import static dev.ddbkit.engine.client.Tables.n;
import static dev.ddbkit.engine.client.Tables.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

// Capacity as the Developer Guide documents it ("DynamoDB read/write capacity mode",
// "Provisioned throughput considerations for Global Secondary Indexes"): reads cost one
// unit per 4 KB strongly consistent, half eventually consistent, at least one block even
// when nothing is found; writes one unit per 1 KB of the larger of old and new item; each
// index entry written costs its own write, an index key change a delete plus a put; Query
// charges the items read before the filter, rounded once per page; no ReturnConsumedCapacity,
// no ConsumedCapacity. A query of a local secondary index that needs attributes the index
// does not project also pays every table item it fetches, whole and rounded up to 4 KB on
// its own ("Local secondary indexes", "Read capacity units").
class LocalDynamoDbClientCapacityUnitTests {

	@AutoClose
	private final DynamoEngine engine = DynamoEngine.create();

	private final DynamoDbClient client = this.engine.client();

	@Test
	void aTenKilobyteReadCostsThreeUnitsStronglyAndOneAndAHalfEventually() {
		Tables.createOrders(this.client);
		put(sized("c1", "o1", 10 * 1024 - 40));
		assertThat(get("o1", true).capacityUnits()).isEqualTo(3.0);
		assertThat(get("o1", false).capacityUnits()).isEqualTo(1.5);
		assertThat(get("none", false).capacityUnits()).isEqualTo(0.5);
	}

	@Test
	void aKilobyteAndAHalfWriteCostsTwoUnitsAndNoCapacityWhenNotAsked() {
		Tables.createOrders(this.client);
		ConsumedCapacity capacity = this.client
			.putItem((request) -> request.tableName(ORDERS)
				.item(sized("c1", "o1", 1536 - 40))
				.returnConsumedCapacity(ReturnConsumedCapacity.TOTAL))
			.consumedCapacity();
		assertThat(capacity.tableName()).isEqualTo(ORDERS);
		assertThat(capacity.capacityUnits()).isEqualTo(2.0);
		assertThat(capacity.writeCapacityUnits()).isEqualTo(2.0);
		assertThat(this.client.putItem((request) -> request.tableName(ORDERS).item(sized("c1", "o1", 10)))
			.consumedCapacity()).isNull();
	}

	@Test
	void aSmallPutToATableWithThreeAllProjectingIndexesCostsFourUnits() {
		this.client.createTable((request) -> request.tableName("Three")
			.billingMode(BillingMode.PAY_PER_REQUEST)
			.attributeDefinitions(Tables.attribute("PK", ScalarAttributeType.S),
					Tables.attribute("A", ScalarAttributeType.S), Tables.attribute("B", ScalarAttributeType.S),
					Tables.attribute("C", ScalarAttributeType.S))
			.keySchema(Tables.key("PK", KeyType.HASH))
			.globalSecondaryIndexes(index("ByA", "A"), index("ByB", "B"), index("ByC", "C")));
		ConsumedCapacity capacity = this.client
			.putItem((request) -> request.tableName("Three")
				.item(Map.of("PK", s("1"), "A", s("a"), "B", s("b"), "C", s("c")))
				.returnConsumedCapacity(ReturnConsumedCapacity.INDEXES))
			.consumedCapacity();
		assertThat(capacity.capacityUnits()).isEqualTo(4.0);
		assertThat(capacity.table().capacityUnits()).isEqualTo(1.0);
		assertThat(capacity.globalSecondaryIndexes()).hasSize(3)
			.allSatisfy((name, units) -> assertThat(units.capacityUnits()).isEqualTo(1.0));
	}

	@Test
	void changingAnIndexKeyCostsADeleteAndAPutInThatIndex() {
		Tables.createOrders(this.client);
		put(order("c1", "o1", "NEW"));
		ConsumedCapacity capacity = this.client
			.updateItem((request) -> request.tableName(ORDERS)
				.key(Tables.key("c1", "ORDER#o1"))
				.updateExpression("SET GSI1PK = :s")
				.expressionAttributeValues(Map.of(":s", s("PAID")))
				.returnConsumedCapacity(ReturnConsumedCapacity.INDEXES))
			.consumedCapacity();
		assertThat(capacity.table().capacityUnits()).isEqualTo(1.0);
		assertThat(capacity.globalSecondaryIndexes().get("GSI1").capacityUnits()).isEqualTo(2.0);
		assertThat(capacity.capacityUnits()).isEqualTo(3.0);
	}

	@Test
	void aFilteredQueryCostsAsMuchAsTheUnfilteredOneAndIndexQueriesChargeTheIndex() {
		Tables.createOrders(this.client);
		for (int i = 0; i < 5; i++) {
			put(sized("c1", "o" + i, 3000));
		}
		QueryRequest.Builder query = QueryRequest.builder()
			.tableName(ORDERS)
			.keyConditionExpression("PK = :pk")
			.returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
			.consistentRead(true);
		double unfiltered = this.client.query(query.expressionAttributeValues(Map.of(":pk", s("c1"))).build())
			.consumedCapacity()
			.capacityUnits();
		double filtered = this.client
			.query(query.filterExpression("payload = :none")
				.expressionAttributeValues(Map.of(":pk", s("c1"), ":none", s("x")))
				.build())
			.consumedCapacity()
			.capacityUnits();
		// five items of about 3 KB: about 15 KB read, rounded up once to 4 blocks of 4 KB
		assertThat(unfiltered).isEqualTo(4.0);
		assertThat(filtered).isEqualTo(unfiltered);
		put(order("c2", "o9", "PAID"));
		ConsumedCapacity index = this.client
			.query((request) -> request.tableName(ORDERS)
				.indexName("GSI1")
				.keyConditionExpression("GSI1PK = :s")
				.expressionAttributeValues(Map.of(":s", s("PAID")))
				.returnConsumedCapacity(ReturnConsumedCapacity.INDEXES))
			.consumedCapacity();
		assertThat(index.capacityUnits()).isEqualTo(0.5);
		assertThat(index.globalSecondaryIndexes().get("GSI1").capacityUnits()).isEqualTo(0.5);
	}

	@Test
	void aLocalIndexQueryFetchingUnprojectedAttributesPaysEveryTableItemFetched() {
		// the Developer Guide's example: four index entries read (well under 4 KB: 1
		// block) and four table items of about 300 bytes fetched (1 block each)
		Tables.createOrders(this.client);
		for (int i = 0; i < 4; i++) {
			Map<String, AttributeValue> item = sized("c1", "o" + i, 250);
			item.put("LSK", n(Integer.toString(i)));
			put(item);
		}
		QueryRequest.Builder query = QueryRequest.builder()
			.tableName(ORDERS)
			.indexName("LSI1")
			.keyConditionExpression("PK = :pk")
			.expressionAttributeValues(Map.of(":pk", s("c1")))
			.returnConsumedCapacity(ReturnConsumedCapacity.INDEXES)
			.consistentRead(true);
		ConsumedCapacity fetching = this.client.query(query.select("ALL_ATTRIBUTES").build()).consumedCapacity();
		assertThat(fetching.capacityUnits()).isEqualTo(5.0);
		assertThat(fetching.localSecondaryIndexes().get("LSI1").capacityUnits()).isEqualTo(1.0);
		assertThat(fetching.table().capacityUnits()).isEqualTo(4.0);
		ConsumedCapacity projected = this.client.query(query.select("ALL_PROJECTED_ATTRIBUTES").build())
			.consumedCapacity();
		assertThat(projected.capacityUnits()).isEqualTo(1.0);
		assertThat(this.client.query(query.select("ALL_ATTRIBUTES").consistentRead(false).build())
			.consumedCapacity()
			.capacityUnits()).isEqualTo(2.5);
	}

	@Test
	void aFailedConditionalWriteIsChargedByTheLargerOfTheExistingAndTheAttemptedItem() {
		// the exception carries no ConsumedCapacity: the charge shows in the diagnostics
		Tables.createOrders(this.client);
		put(sized("c1", "o1", 900));
		double before = this.engine.capacityDiagnostics(ORDERS).table().consumedWriteCapacityUnits();
		// a 3 KB put over a 1 KB item: 3 WCU
		assertThatExceptionOfType(ConditionalCheckFailedException.class)
			.isThrownBy(() -> this.client.putItem((request) -> request.tableName(ORDERS)
				.item(sized("c1", "o1", 3_000))
				.conditionExpression("attribute_not_exists(PK)")));
		// an update that would grow the item to about 5 KB: 5 WCU
		assertThatExceptionOfType(ConditionalCheckFailedException.class)
			.isThrownBy(() -> this.client.updateItem((request) -> request.tableName(ORDERS)
				.key(Tables.key("c1", "ORDER#o1"))
				.updateExpression("SET notes = :n")
				.conditionExpression("attribute_not_exists(PK)")
				.expressionAttributeValues(Map.of(":n", s("y".repeat(4_000))))));
		// a delete: the existing 1 KB item, 1 WCU
		assertThatExceptionOfType(ConditionalCheckFailedException.class)
			.isThrownBy(() -> this.client.deleteItem((request) -> request.tableName(ORDERS)
				.key(Tables.key("c1", "ORDER#o1"))
				.conditionExpression("attribute_not_exists(PK)")));
		double after = this.engine.capacityDiagnostics(ORDERS).table().consumedWriteCapacityUnits();
		assertThat(after - before).isEqualTo(9.0);
	}

	@Test
	void batchReadsRoundEachItemOnItsOwn() {
		Tables.createOrders(this.client);
		put(sized("c1", "o1", 100));
		put(sized("c1", "o2", 5000));
		List<ConsumedCapacity> capacity = this.client.batchGetItem((request) -> request.requestItems(Map.of(ORDERS,
				KeysAndAttributes.builder()
					.keys(Tables.key("c1", "ORDER#o1"), Tables.key("c1", "ORDER#o2"))
					.consistentRead(true)
					.build()))
			.returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)).consumedCapacity();
		assertThat(capacity).singleElement()
			.satisfies((table) -> assertThat(table.capacityUnits()).isEqualTo(1.0 + 2.0));
	}

	@Test
	void transactionsCostTwiceTheirSingleItemOperations() {
		Tables.createOrders(this.client);
		List<ConsumedCapacity> capacity = this.client
			.transactWriteItems(
					(request) -> request
						.transactItems(
								TransactWriteItem.builder()
									.put(Put.builder().tableName(ORDERS).item(sized("c1", "o1", 100)).build())
									.build(),
								TransactWriteItem.builder()
									.conditionCheck(ConditionCheck.builder()
										.tableName(ORDERS)
										.key(Tables.key("c1", "ORDER#o2"))
										.conditionExpression("attribute_not_exists(PK)")
										.build())
									.build())
						.returnConsumedCapacity(ReturnConsumedCapacity.TOTAL))
			.consumedCapacity();
		assertThat(capacity).singleElement().satisfies((table) -> {
			assertThat(table.writeCapacityUnits()).isEqualTo(2.0);
			assertThat(table.readCapacityUnits()).isEqualTo(2.0);
			assertThat(table.capacityUnits()).isEqualTo(4.0);
		});
		List<ConsumedCapacity> read = this.client
			.transactGetItems((request) -> request.transactItems(TransactGetItem.builder()
				.get(Get.builder().tableName(ORDERS).key(Tables.key("c1", "ORDER#o1")).build())
				.build()).returnConsumedCapacity(ReturnConsumedCapacity.TOTAL))
			.consumedCapacity();
		assertThat(read).singleElement().satisfies((table) -> assertThat(table.capacityUnits()).isEqualTo(2.0));
	}

	private ConsumedCapacity get(String order, boolean consistent) {
		return this.client
			.getItem((request) -> request.tableName(ORDERS)
				.key(Tables.key("c1", "ORDER#" + order))
				.consistentRead(consistent)
				.returnConsumedCapacity(ReturnConsumedCapacity.TOTAL))
			.consumedCapacity();
	}

	private void put(Map<String, AttributeValue> item) {
		this.client.putItem((request) -> request.tableName(ORDERS).item(item));
	}

	private static Map<String, AttributeValue> sized(String customer, String order, int payloadBytes) {
		Map<String, AttributeValue> item = new HashMap<>(Tables.key(customer, "ORDER#" + order));
		item.put("payload", s("x".repeat(payloadBytes)));
		return item;
	}

	private static Map<String, AttributeValue> order(String customer, String order, String status) {
		Map<String, AttributeValue> item = new HashMap<>(Tables.key(customer, "ORDER#" + order));
		item.put("GSI1PK", s(status));
		item.put("GSI1SK", s(order));
		item.put("total", n("1"));
		return item;
	}

	private static GlobalSecondaryIndex index(String name, String attribute) {
		return GlobalSecondaryIndex.builder()
			.indexName(name)
			.keySchema(Tables.key(attribute, KeyType.HASH))
			.projection(Projection.builder().projectionType(ProjectionType.ALL).build())
			.build();
	}

}
