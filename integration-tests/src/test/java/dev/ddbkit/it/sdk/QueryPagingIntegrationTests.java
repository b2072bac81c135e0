package dev.ddbkit.it.sdk;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.ddbkit.it.backend.DynamoCapability;
import dev.ddbkit.it.backend.EveryBackend;
import dev.ddbkit.it.backend.RequiresCapability;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.Select;

import static dev.ddbkit.it.sdk.Attributes.item;
import static dev.ddbkit.it.sdk.Attributes.n;
import static dev.ddbkit.it.sdk.Attributes.s;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Query pages: Limit, ExclusiveStartKey/LastEvaluatedKey, the 1 MB page limit,
 * FilterExpression with Count and ScannedCount, and Select=COUNT (API Query; DG
 * "Paginating table query results", "Filter expressions for Query").
 */
@EveryBackend
class QueryPagingIntegrationTests {

	private final DynamoDbClient ddb;

	QueryPagingIntegrationTests(DynamoDbClient ddb) {
		this.ddb = ddb;
	}

	@Test
	void walksEveryPageInOrderWithoutLosingItems() {
		// Limit caps the items read per call; LastEvaluatedKey is the key of the last
		// item read and continues the
		// query from there, forward and backward.
		String table = numberedTable(10);
		List<List<Integer>> forward = pages(table, 3, true);
		assertThat(forward).containsExactly(List.of(0, 1, 2), List.of(3, 4, 5), List.of(6, 7, 8), List.of(9));
		List<List<Integer>> backward = pages(table, 4, false);
		assertThat(backward).containsExactly(List.of(9, 8, 7, 6), List.of(5, 4, 3, 2), List.of(1, 0));
	}

	@Test
	void returnsTheKeyOfTheLastItemReadAsLastEvaluatedKey() {
		// LastEvaluatedKey holds exactly the table's key attributes of the last item of
		// the page.
		String table = numberedTable(5);
		QueryResponse page = this.ddb.query(partition(table).limit(2).build());
		assertThat(page.lastEvaluatedKey()).isEqualTo(item("pk", s("p"), "sk", n(1)));
	}

	@Test
	void returnsLastEvaluatedKeyWhenAPageEndsAtLimitEvenIfNothingFollows() {
		// A page that stopped because of Limit carries LastEvaluatedKey; only the next
		// (empty) page tells that the
		// partition is exhausted.
		String table = numberedTable(4);
		QueryResponse full = this.ddb.query(partition(table).limit(4).build());
		assertThat(full.count()).isEqualTo(4);
		assertThat(full.lastEvaluatedKey()).isEqualTo(item("pk", s("p"), "sk", n(3)));
		QueryResponse after = this.ddb
			.query(partition(table).limit(4).exclusiveStartKey(full.lastEvaluatedKey()).build());
		assertThat(after.items()).isEmpty();
		assertThat(after.hasLastEvaluatedKey()).isFalse();
	}

	@Test
	void stopsAPageAtOneMegabyteOfItemsRead() {
		// A Query reads at most 1 MB per call: twelve items of ~100 KB need two pages,
		// and the first page ends
		// with a LastEvaluatedKey although no Limit was given.
		String table = TestTable.hash("pk", ScalarAttributeType.S).range("sk", ScalarAttributeType.N).create(this.ddb);
		String payload = "x".repeat(100_000);
		for (int i = 0; i < 12; i++) {
			int sk = i;
			this.ddb.putItem(
					(request) -> request.tableName(table).item(item("pk", s("p"), "sk", n(sk), "payload", s(payload))));
		}
		QueryResponse first = this.ddb.query(partition(table).build());
		assertThat(first.count()).isEqualTo(first.scannedCount()).isEqualTo(11);
		assertThat(first.lastEvaluatedKey()).isEqualTo(item("pk", s("p"), "sk", n(first.count() - 1)));
		QueryResponse second = this.ddb.query(partition(table).exclusiveStartKey(first.lastEvaluatedKey()).build());
		assertThat(first.count() + second.count()).isEqualTo(12);
		assertThat(second.hasLastEvaluatedKey()).isFalse();
	}

	@Test
	void countsItemsReadAndItemsMatchedSeparatelyUnderAFilter() {
		// Limit counts items read before the filter: ScannedCount is what was read, Count
		// what passed the filter;
		// a page may hold no items and still go on.
		String table = numberedTable(10);
		QueryRequest.Builder filtered = partition(table).filterExpression("odd = :yes")
			.expressionAttributeValues(Map.of(":p", s("p"), ":yes", AttributeValue.fromBool(true)));
		QueryResponse first = this.ddb.query(filtered.limit(4).build());
		assertThat(first.scannedCount()).isEqualTo(4);
		assertThat(first.count()).isEqualTo(2);
		assertThat(first.items()).extracting((found) -> found.get("sk").n()).containsExactly("1", "3");
		int matched = 0;
		int scanned = 0;
		Map<String, AttributeValue> start = null;
		do {
			QueryResponse page = this.ddb.query(filtered.limit(3).exclusiveStartKey(start).build());
			matched += page.count();
			scanned += page.scannedCount();
			start = page.hasLastEvaluatedKey() ? page.lastEvaluatedKey() : null;
		}
		while (start != null);
		assertThat(matched).isEqualTo(5);
		assertThat(scanned).isEqualTo(10);
	}

	@Test
	@RequiresCapability(DynamoCapability.SELECT_COUNT)
	void countsWithoutReturningItemsWhenSelectIsCount() {
		// Select=COUNT returns Count and ScannedCount and no Items.
		String table = numberedTable(7);
		QueryResponse counted = this.ddb.query(partition(table).select(Select.COUNT)
			.filterExpression("odd = :yes")
			.expressionAttributeValues(Map.of(":p", s("p"), ":yes", AttributeValue.fromBool(true)))
			.build());
		assertThat(counted.count()).isEqualTo(3);
		assertThat(counted.scannedCount()).isEqualTo(7);
		assertThat(counted.hasItems()).isFalse();
	}

	private String numberedTable(int count) {
		String table = TestTable.hash("pk", ScalarAttributeType.S).range("sk", ScalarAttributeType.N).create(this.ddb);
		for (int i = 0; i < count; i++) {
			int sk = i;
			this.ddb.putItem((request) -> request.tableName(table)
				.item(item("pk", s("p"), "sk", n(sk), "odd", AttributeValue.fromBool(sk % 2 == 1))));
		}
		this.ddb.putItem((request) -> request.tableName(table).item(item("pk", s("q"), "sk", n(0))));
		return table;
	}

	private static QueryRequest.Builder partition(String table) {
		return QueryRequest.builder()
			.tableName(table)
			.keyConditionExpression("pk = :p")
			.expressionAttributeValues(Map.of(":p", s("p")));
	}

	private List<List<Integer>> pages(String table, int limit, boolean forward) {
		List<List<Integer>> pages = new ArrayList<>();
		Map<String, AttributeValue> start = null;
		do {
			QueryResponse page = this.ddb
				.query(partition(table).limit(limit).scanIndexForward(forward).exclusiveStartKey(start).build());
			if (page.count() > 0) {
				pages.add(page.items().stream().map((found) -> Integer.parseInt(found.get("sk").n())).toList());
			}
			start = page.hasLastEvaluatedKey() ? page.lastEvaluatedKey() : null;
		}
		while (start != null);
		return pages;
	}

}
