package dev.ddbkit.it.sdk;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.ddbkit.it.backend.EveryBackend;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

import static dev.ddbkit.it.sdk.Attributes.item;
import static dev.ddbkit.it.sdk.Attributes.n;
import static dev.ddbkit.it.sdk.Attributes.s;
import static dev.ddbkit.it.sdk.DynamoErrors.assertValidation;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Query on a global secondary index: index key order, sparse indexes, paging keys, and
 * what a GSI refuses (DG "Global secondary indexes"; API Query "IndexName",
 * "ConsistentRead").
 */
@EveryBackend
class GsiQueryIntegrationTests {

	private final DynamoDbClient ddb;

	private String table = "";

	GsiQueryIntegrationTests(DynamoDbClient ddb) {
		this.ddb = ddb;
	}

	@BeforeEach
	void createOrders() {
		this.table = TestTable.hash("pk", ScalarAttributeType.S)
			.range("sk", ScalarAttributeType.S)
			.gsi("byStatus", "status", ScalarAttributeType.S, "placed", ScalarAttributeType.N)
			.create(this.ddb);
		put("c1", "o1", "OPEN", 30);
		put("c1", "o2", "SHIPPED", 10);
		put("c2", "o3", "OPEN", 10);
		put("c3", "o4", "OPEN", 20);
		put("c3", "o5", "OPEN", 40);
		this.ddb.putItem((request) -> request.tableName(this.table).item(item("pk", s("c4"), "sk", s("draft"))));
	}

	@Test
	void queriesAcrossPartitionsInIndexSortKeyOrder() {
		// A GSI groups items of many table partitions under the index partition key,
		// ordered by the index sort key.
		assertThat(orders(open().build())).containsExactly("o3", "o4", "o1", "o5");
		assertThat(orders(open().scanIndexForward(false).build())).containsExactly("o5", "o1", "o4", "o3");
		assertThat(orders(open().keyConditionExpression("#status = :s AND placed BETWEEN :lo AND :hi")
			.expressionAttributeValues(Map.of(":s", s("OPEN"), ":lo", n(15), ":hi", n(35)))
			.build())).containsExactly("o4", "o1");
	}

	@Test
	void leavesItemsWithoutTheIndexKeyOutOfTheIndex() {
		// A GSI is sparse: an item without the index key attributes is not in it.
		List<Map<String, AttributeValue>> all = new ArrayList<>();
		for (String status : List.of("OPEN", "SHIPPED", "draft")) {
			all.addAll(this.ddb.query(open().expressionAttributeValues(Map.of(":s", s(status))).build()).items());
		}
		assertThat(all).hasSize(5).noneMatch((found) -> found.get("sk").equals(s("draft")));
	}

	@Test
	void pagesWithKeysOfBothTheIndexAndTheTable() {
		// The LastEvaluatedKey of an index query holds the index key and the table key of
		// the last item read.
		QueryResponse first = this.ddb.query(open().limit(2).build());
		assertThat(first.lastEvaluatedKey())
			.isEqualTo(item("status", s("OPEN"), "placed", n(20), "pk", s("c3"), "sk", s("o4")));
		QueryResponse rest = this.ddb.query(open().exclusiveStartKey(first.lastEvaluatedKey()).build());
		assertThat(orders(rest)).containsExactly("o1", "o5");
	}

	@Test
	void refusesConsistentReadsOnAGlobalIndex() {
		// GSIs are eventually consistent; ConsistentRead=true is a ValidationException.
		assertValidation(() -> this.ddb.query(open().consistentRead(true).build()),
				"Consistent reads are not supported on global secondary indexes");
	}

	@Test
	void reportsAnUnknownIndex() {
		// Querying an index the table does not have is a ValidationException naming the
		// index.
		assertValidation(() -> this.ddb.query(open().indexName("nope").build()),
				"The table does not have the specified index: nope");
	}

	private QueryRequest.Builder open() {
		return QueryRequest.builder()
			.tableName(this.table)
			.indexName("byStatus")
			.keyConditionExpression("#status = :s")
			.expressionAttributeNames(Map.of("#status", "status"))
			.expressionAttributeValues(Map.of(":s", s("OPEN")));
	}

	private List<String> orders(QueryRequest request) {
		return orders(this.ddb.query(request));
	}

	private static List<String> orders(QueryResponse response) {
		return response.items().stream().map((found) -> found.get("sk").s()).toList();
	}

	private void put(String customer, String order, String status, int placed) {
		this.ddb.putItem((request) -> request.tableName(this.table)
			.item(item("pk", s(customer), "sk", s(order), "status", s(status), "placed", n(placed))));
	}

}
