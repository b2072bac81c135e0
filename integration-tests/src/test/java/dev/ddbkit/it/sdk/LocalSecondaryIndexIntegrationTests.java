package dev.ddbkit.it.sdk;

import java.util.Map;

import dev.ddbkit.it.backend.EveryBackend;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

import static dev.ddbkit.it.sdk.Attributes.item;
import static dev.ddbkit.it.sdk.Attributes.n;
import static dev.ddbkit.it.sdk.Attributes.s;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Query on a local secondary index: same partition, another sort key, strongly consistent
 * reads allowed, KEYS_ONLY projection (DG "Local secondary indexes").
 */
@EveryBackend
class LocalSecondaryIndexIntegrationTests {

	private final DynamoDbClient ddb;

	private String table = "";

	LocalSecondaryIndexIntegrationTests(DynamoDbClient ddb) {
		this.ddb = ddb;
	}

	@BeforeEach
	void createTable() {
		this.table = TestTable.hash("pk", ScalarAttributeType.S)
			.range("sk", ScalarAttributeType.S)
			.lsi("byTotal", "total", ScalarAttributeType.N, ProjectionType.KEYS_ONLY)
			.create(this.ddb);
		put("o1", 30);
		put("o2", 10);
		put("o3", 20);
		this.ddb.putItem((request) -> request.tableName(this.table).item(item("pk", s("c"), "sk", s("o4"))));
	}

	@Test
	void ordersThePartitionByTheIndexSortKeyWithKeysOnly() {
		// An LSI orders one partition by its own sort key; KEYS_ONLY returns table and
		// index keys only; items
		// without the index sort key are absent.
		QueryResponse response = this.ddb.query((request) -> request.tableName(this.table)
			.indexName("byTotal")
			.keyConditionExpression("pk = :c AND #total >= :min")
			.expressionAttributeNames(Map.of("#total", "total"))
			.expressionAttributeValues(Map.of(":c", s("c"), ":min", n(15)))
			.consistentRead(true));
		assertThat(response.items()).containsExactly(item("pk", s("c"), "sk", s("o3"), "total", n(20)),
				item("pk", s("c"), "sk", s("o1"), "total", n(30)));
	}

	@Test
	void pagesWithTheIndexAndTableKeys() {
		// The LastEvaluatedKey of an LSI query holds the table key and the index sort
		// key.
		QueryResponse first = this.ddb.query((request) -> request.tableName(this.table)
			.indexName("byTotal")
			.keyConditionExpression("pk = :c")
			.expressionAttributeValues(Map.of(":c", s("c")))
			.limit(1));
		assertThat(first.lastEvaluatedKey()).isEqualTo(item("pk", s("c"), "sk", s("o2"), "total", n(10)));
	}

	private void put(String order, int total) {
		this.ddb.putItem((request) -> request.tableName(this.table)
			.item(item("pk", s("c"), "sk", s(order), "total", n(total), "note", s("n"))));
	}

}
