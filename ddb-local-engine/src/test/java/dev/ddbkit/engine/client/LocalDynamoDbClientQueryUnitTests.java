package dev.ddbkit.engine.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.ddbkit.engine.DynamoEngine;
import dev.ddbkit.engine.DynamoManualClock;
import dev.ddbkit.engine.Engines;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.Select;

import static dev.ddbkit.engine.client.Tables.ORDERS;
import static dev.ddbkit.engine.client.Tables.n;
import static dev.ddbkit.engine.client.Tables.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

// Query returns one partition's items in sort-key order (S by UTF-8 bytes, N numerically,
// B unsigned), reversed with ScanIndexForward=false; Limit counts items read; a page that
// stops at Limit carries a LastEvaluatedKey; a FilterExpression reduces Count but not
// ScannedCount; a GSI is queried by its own key (API Reference, "Query").
class LocalDynamoDbClientQueryUnitTests {

	@AutoClose
	private final DynamoEngine engine = DynamoEngine.create();

	private final DynamoDbClient client = this.engine.client();

	@Test
	void stringSortKeysComeBackInUtf8ByteOrder() {
		Tables.createSorted(this.client, "Strings", ScalarAttributeType.S);
		for (String sk : List.of("é", "Z", "a", "\uD83D\uDE00", "\uFFFD", "A", "ab")) {
			putSorted("Strings", s(sk));
		}
		assertThat(sortKeys(queryAll("Strings", true))).containsExactly(s("A"), s("Z"), s("a"), s("ab"), s("é"),
				s("\uFFFD"), s("\uD83D\uDE00"));
	}

	@Test
	void numberSortKeysComeBackInNumericOrderIncludingNegativesAndDecimals() {
		Tables.createSorted(this.client, "Numbers", ScalarAttributeType.N);
		for (String sk : List.of("10", "-1.5", "2", "-10", "0", "1.25", "-0.001", "100")) {
			putSorted("Numbers", n(sk));
		}
		assertThat(sortKeys(queryAll("Numbers", true))).containsExactly(n("-10"), n("-1.5"), n("-0.001"), n("0"),
				n("1.25"), n("2"), n("10"), n("100"));
		assertThat(sortKeys(queryAll("Numbers", false))).startsWith(n("100"), n("10")).endsWith(n("-10"));
	}

	@Test
	void binarySortKeysComeBackInUnsignedByteOrder() {
		Tables.createSorted(this.client, "Binaries", ScalarAttributeType.B);
		for (byte[] sk : List.of(new byte[] { (byte) 0xFF }, new byte[] { 0x01 }, new byte[] { (byte) 0x80 },
				new byte[] { 0x01, 0x00 })) {
			putSorted("Binaries", AttributeValue.fromB(SdkBytes.fromByteArray(sk)));
		}
		List<String> hex = sortKeys(queryAll("Binaries", true)).stream()
			.map((value) -> java.util.HexFormat.of().formatHex(value.b().asByteArray()))
			.toList();
		assertThat(hex).containsExactly("01", "0100", "80", "ff");
	}

	@Test
	void sortKeyConditionsSelectTheirRange() {
		Tables.createSorted(this.client, "Numbers", ScalarAttributeType.N);
		for (int i = 1; i <= 10; i++) {
			putSorted("Numbers", n(Integer.toString(i)));
		}
		assertThat(sortKeys(query("Numbers", "PK = :pk AND SK BETWEEN :a AND :b", Map.of(":a", n("3"), ":b", n("5")))))
			.containsExactly(n("3"), n("4"), n("5"));
		assertThat(sortKeys(query("Numbers", "PK = :pk AND SK > :a", Map.of(":a", n("8"))))).containsExactly(n("9"),
				n("10"));
		assertThat(sortKeys(query("Numbers", "PK = :pk AND SK <= :a", Map.of(":a", n("2"))))).containsExactly(n("1"),
				n("2"));
	}

	@Test
	void beginsWithSelectsThePrefixRun() {
		Tables.createSorted(this.client, "Strings", ScalarAttributeType.S);
		for (String sk : List.of("ORDER#2024-05-01", "ORDER#2024-050", "ORDER#2024-06-01", "ITEM#1",
				"ORDER#2024-05-31")) {
			putSorted("Strings", s(sk));
		}
		assertThat(sortKeys(query("Strings", "PK = :pk AND begins_with(SK, :p)", Map.of(":p", s("ORDER#2024-05-")))))
			.containsExactly(s("ORDER#2024-05-01"), s("ORDER#2024-05-31"));
	}

	@Test
	void limitStopsTheReadWithALastEvaluatedKeyAndTheNextPageResumesAfterIt() {
		Tables.createSorted(this.client, "Numbers", ScalarAttributeType.N);
		for (int i = 1; i <= 5; i++) {
			putSorted("Numbers", n(Integer.toString(i)));
		}
		QueryResponse first = this.client.query(numbersQuery().limit(2).build());
		assertThat(sortKeys(first.items())).containsExactly(n("1"), n("2"));
		assertThat(first.lastEvaluatedKey()).containsOnly(Map.entry("PK", s("p")), Map.entry("SK", n("2")));
		QueryResponse second = this.client
			.query(numbersQuery().limit(3).exclusiveStartKey(first.lastEvaluatedKey()).build());
		assertThat(sortKeys(second.items())).containsExactly(n("3"), n("4"), n("5"));
		// The page stopped at Limit, so DynamoDB reports a LastEvaluatedKey even though
		// nothing follows; the next page is then empty.
		assertThat(second.hasLastEvaluatedKey()).isTrue();
		QueryResponse third = this.client.query(numbersQuery().exclusiveStartKey(second.lastEvaluatedKey()).build());
		assertThat(third.items()).isEmpty();
		assertThat(third.hasLastEvaluatedKey()).isFalse();
	}

	@Test
	void aStartingKeyOutsideTheSortKeyConditionIsRejected() {
		Tables.createSorted(this.client, "Numbers", ScalarAttributeType.N);
		assertThatExceptionOfType(DynamoDbException.class).isThrownBy(() -> this.client.query(QueryRequest.builder()
			.tableName("Numbers")
			.keyConditionExpression("PK = :pk AND SK > :min")
			.expressionAttributeValues(Map.of(":pk", s("p"), ":min", n("5")))
			.exclusiveStartKey(Map.of("PK", s("p"), "SK", n("1")))
			.build())).withMessageStartingWith("The provided starting key does not match the range key predicate");
		assertThatExceptionOfType(DynamoDbException.class)
			.isThrownBy(() -> this.client.query(numbersQuery().exclusiveStartKey(Map.of("PK", s("p"))).build()))
			.withMessageStartingWith(
					"The provided starting key is invalid: The provided key element does not match the schema");
	}

	@Test
	void reverseOrderPagesResumeDownwards() {
		Tables.createSorted(this.client, "Numbers", ScalarAttributeType.N);
		for (int i = 1; i <= 5; i++) {
			putSorted("Numbers", n(Integer.toString(i)));
		}
		QueryResponse first = this.client.query(numbersQuery().scanIndexForward(false).limit(2).build());
		assertThat(sortKeys(first.items())).containsExactly(n("5"), n("4"));
		QueryResponse second = this.client
			.query(numbersQuery().scanIndexForward(false).exclusiveStartKey(first.lastEvaluatedKey()).build());
		assertThat(sortKeys(second.items())).containsExactly(n("3"), n("2"), n("1"));
	}

	@Test
	void aFilterReducesCountButNotScannedCountAndLimitCountsItemsRead() {
		Tables.createSorted(this.client, "Numbers", ScalarAttributeType.N);
		for (int i = 1; i <= 6; i++) {
			this.client.putItem(PutItemRequest.builder()
				.tableName("Numbers")
				.item(Map.of("PK", s("p"), "SK", n(Integer.toString(i)), "v", n(Integer.toString(i))))
				.build());
		}
		QueryResponse response = this.client.query(numbersQuery().filterExpression("v > :min")
			.expressionAttributeValues(Map.of(":pk", s("p"), ":min", n("3")))
			.limit(4)
			.build());
		assertThat(response.count()).isEqualTo(1);
		assertThat(response.scannedCount()).isEqualTo(4);
		assertThat(sortKeys(response.items())).containsExactly(n("4"));
	}

	@Test
	void selectCountReturnsOnlyTheCount() {
		Tables.createSorted(this.client, "Numbers", ScalarAttributeType.N);
		for (int i = 1; i <= 3; i++) {
			putSorted("Numbers", n(Integer.toString(i)));
		}
		QueryResponse response = this.client.query(numbersQuery().select(Select.COUNT).build());
		assertThat(response.count()).isEqualTo(3);
		assertThat(response.items()).isEmpty();
	}

	@Test
	void aGlobalSecondaryIndexIsQueriedByItsOwnKeyAndIsSparse() {
		Tables.createOrders(this.client);
		putOrder("c1", "o1", "PAID", "2024-05-02");
		putOrder("c2", "o2", "PAID", "2024-05-01");
		putOrder("c1", "o3", "NEW", "2024-05-03");
		this.client.putItem(PutItemRequest.builder().tableName(ORDERS).item(Tables.key("c3", "ORDER#o4")).build());
		QueryResponse response = this.client.query(QueryRequest.builder()
			.tableName(ORDERS)
			.indexName("GSI1")
			.keyConditionExpression("GSI1PK = :status")
			.expressionAttributeValues(Map.of(":status", s("PAID")))
			.build());
		assertThat(response.items()).extracting((item) -> item.get("SK").s()).containsExactly("ORDER#o2", "ORDER#o1");
		QueryResponse page = this.client.query(QueryRequest.builder()
			.tableName(ORDERS)
			.indexName("GSI1")
			.keyConditionExpression("GSI1PK = :status")
			.expressionAttributeValues(Map.of(":status", s("PAID")))
			.limit(1)
			.build());
		assertThat(page.lastEvaluatedKey()).containsOnlyKeys("GSI1PK", "GSI1SK", "PK", "SK");
	}

	@Test
	void aGlobalSecondaryIndexFollowsUpdatesAndDeletes() {
		Tables.createOrders(this.client);
		putOrder("c1", "o1", "NEW", "2024-05-02");
		putOrder("c1", "o1", "PAID", "2024-05-02");
		assertThat(queryStatus("NEW")).isEmpty();
		assertThat(queryStatus("PAID")).hasSize(1);
		this.client.deleteItem((builder) -> builder.tableName(ORDERS).key(Tables.key("c1", "ORDER#o1")));
		assertThat(queryStatus("PAID")).isEmpty();
	}

	@Test
	void aGlobalSecondaryIndexFollowsItsTableAfterThePropagationDelayWhileALocalOneIsAlwaysInStep() {
		DynamoManualClock clock = Engines.clock();
		try (DynamoEngine lagging = Engines.on(clock,
				(settings) -> settings.withGsiPropagationDelay(Duration.ofMillis(500)))) {
			DynamoDbClient lagged = lagging.client();
			Tables.createOrders(lagged);
			Map<String, AttributeValue> item = new HashMap<>(Tables.key("c1", "ORDER#o1"));
			item.put("GSI1PK", s("PAID"));
			item.put("GSI1SK", s("o1"));
			item.put("LSK", n("1"));
			lagged.putItem((request) -> request.tableName(ORDERS).item(item));
			QueryRequest byStatus = QueryRequest.builder()
				.tableName(ORDERS)
				.indexName("GSI1")
				.keyConditionExpression("GSI1PK = :s")
				.expressionAttributeValues(Map.of(":s", s("PAID")))
				.build();
			assertThat(lagged.query(byStatus).items()).isEmpty();
			assertThat(lagged
				.query((request) -> request.tableName(ORDERS)
					.indexName("LSI1")
					.keyConditionExpression("PK = :pk")
					.expressionAttributeValues(Map.of(":pk", s("c1"))))
				.items()).hasSize(1);
			clock.advance(Duration.ofMillis(499));
			assertThat(lagged.query(byStatus).items()).isEmpty();
			clock.advance(Duration.ofMillis(1));
			assertThat(lagged.query(byStatus).items()).hasSize(1);
		}
	}

	@Test
	void aLocalSecondaryIndexOrdersByItsSortKeyAndFetchesUnprojectedAttributes() {
		Tables.createOrders(this.client);
		for (int i = 0; i < 3; i++) {
			Map<String, AttributeValue> item = new HashMap<>(Tables.key("c1", "ORDER#" + i));
			item.put("LSK", n(Integer.toString(10 - i)));
			item.put("total", n("5"));
			this.client.putItem(PutItemRequest.builder().tableName(ORDERS).item(item).build());
		}
		QueryRequest.Builder request = QueryRequest.builder()
			.tableName(ORDERS)
			.indexName("LSI1")
			.keyConditionExpression("PK = :pk")
			.expressionAttributeValues(Map.of(":pk", s("c1")));
		assertThat(this.client.query(request.build()).items()).extracting((item) -> item.get("LSK").n())
			.containsExactly("8", "9", "10");
		assertThat(this.client.query(request.build()).items().get(0)).doesNotContainKey("total");
		assertThat(this.client.query(request.select(Select.ALL_ATTRIBUTES).build()).items().get(0))
			.containsEntry("total", n("5"));
	}

	@Test
	void consistentReadsOnAGlobalSecondaryIndexAreRejected() {
		Tables.createOrders(this.client);
		assertThatExceptionOfType(DynamoDbException.class).isThrownBy(() -> this.client.query(QueryRequest.builder()
			.tableName(ORDERS)
			.indexName("GSI1")
			.consistentRead(true)
			.keyConditionExpression("GSI1PK = :s")
			.expressionAttributeValues(Map.of(":s", s("PAID")))
			.build())).withMessageStartingWith("Consistent reads are not supported on global secondary indexes");
		assertThatExceptionOfType(DynamoDbException.class).isThrownBy(() -> this.client.query(QueryRequest.builder()
			.tableName(ORDERS)
			.indexName("Nope")
			.keyConditionExpression("GSI1PK = :s")
			.expressionAttributeValues(Map.of(":s", s("PAID")))
			.build())).withMessageStartingWith("The table does not have the specified index: Nope");
	}

	@Test
	void parallelScanSegmentsPartitionTheTableWithoutOverlap() {
		Tables.createSorted(this.client, "Strings", ScalarAttributeType.S);
		for (int p = 0; p < 40; p++) {
			int partition = p;
			this.client.putItem(
					(request) -> request.tableName("Strings").item(Map.of("PK", s("p" + partition), "SK", s("a"))));
		}
		List<String> seen = new ArrayList<>();
		for (int segment = 0; segment < 4; segment++) {
			int current = segment;
			List<Map<String, AttributeValue>> items = this.client
				.scan((request) -> request.tableName("Strings").segment(current).totalSegments(4))
				.items();
			assertThat(items).as("segment %d", segment).isNotEmpty();
			items.forEach((item) -> seen.add(item.get("PK").s()));
		}
		assertThat(seen).hasSize(40).doesNotHaveDuplicates();
		assertThatExceptionOfType(DynamoDbException.class)
			.isThrownBy(() -> this.client.scan((request) -> request.tableName("Strings").segment(4).totalSegments(4)))
			.withMessageStartingWith(
					"The Segment parameter is zero-based and must be less than parameter TotalSegments");
	}

	@Test
	void projectedAttributesCanOnlyBeSelectedOnAnIndex() {
		Tables.createSorted(this.client, "Strings", ScalarAttributeType.S);
		assertThatExceptionOfType(DynamoDbException.class)
			.isThrownBy(() -> this.client
				.scan((request) -> request.tableName("Strings").select(Select.ALL_PROJECTED_ATTRIBUTES)))
			.withMessageStartingWith("ALL_PROJECTED_ATTRIBUTES can be used only when Querying using an IndexName");
	}

	private List<Map<String, AttributeValue>> queryStatus(String status) {
		return this.client
			.query(QueryRequest.builder()
				.tableName(ORDERS)
				.indexName("GSI1")
				.keyConditionExpression("GSI1PK = :status")
				.expressionAttributeValues(Map.of(":status", s(status)))
				.build())
			.items();
	}

	private void putOrder(String customer, String order, String status, String date) {
		Map<String, AttributeValue> item = new HashMap<>(Tables.key(customer, "ORDER#" + order));
		item.put("GSI1PK", s(status));
		item.put("GSI1SK", s(date));
		this.client.putItem(PutItemRequest.builder().tableName(ORDERS).item(item).build());
	}

	private void putSorted(String table, AttributeValue sortKey) {
		this.client
			.putItem(PutItemRequest.builder().tableName(table).item(Map.of("PK", s("p"), "SK", sortKey)).build());
	}

	private QueryRequest.Builder numbersQuery() {
		return QueryRequest.builder()
			.tableName("Numbers")
			.keyConditionExpression("PK = :pk")
			.expressionAttributeValues(Map.of(":pk", s("p")));
	}

	private List<Map<String, AttributeValue>> queryAll(String table, boolean forward) {
		return this.client
			.query(QueryRequest.builder()
				.tableName(table)
				.keyConditionExpression("PK = :pk")
				.expressionAttributeValues(Map.of(":pk", s("p")))
				.scanIndexForward(forward)
				.build())
			.items();
	}

	private List<Map<String, AttributeValue>> query(String table, String condition,
			Map<String, AttributeValue> values) {
		Map<String, AttributeValue> all = new HashMap<>(values);
		all.put(":pk", s("p"));
		return this.client
			.query(QueryRequest.builder()
				.tableName(table)
				.keyConditionExpression(condition)
				.expressionAttributeValues(all)
				.build())
			.items();
	}

	private static List<AttributeValue> sortKeys(List<Map<String, AttributeValue>> items) {
		List<AttributeValue> keys = new ArrayList<>();
		items.forEach((item) -> keys.add(item.get("SK")));
		return keys;
	}

}
