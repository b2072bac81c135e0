package dev.ddbkit.it.sdk;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.ddbkit.it.backend.DynamoBackend;
import dev.ddbkit.it.backend.DynamoCapability;
import dev.ddbkit.it.backend.EveryBackend;
import dev.ddbkit.it.backend.RequiresCapability;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

import static dev.ddbkit.it.sdk.Attributes.item;
import static dev.ddbkit.it.sdk.Attributes.n;
import static dev.ddbkit.it.sdk.Attributes.s;
import static dev.ddbkit.it.sdk.DynamoErrors.assertFails;
import static dev.ddbkit.it.sdk.DynamoErrors.assertValidation;
import static dev.ddbkit.it.sdk.DynamoErrors.message;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * BatchWriteItem and BatchGetItem: puts and deletes over several tables, projections, and
 * the request limits (API BatchWriteItem, BatchGetItem; DG "Quotas": 25 writes, 100
 * reads).
 */
@EveryBackend
@RequiresCapability(DynamoCapability.BATCH_OPERATIONS)
class BatchIntegrationTests {

	private final DynamoBackend backend;

	private final DynamoDbClient ddb;

	private String first = "";

	private String second = "";

	BatchIntegrationTests(DynamoBackend backend, DynamoDbClient ddb) {
		this.backend = backend;
		this.ddb = ddb;
	}

	@BeforeEach
	void createTables() {
		this.first = TestTable.hash("pk", ScalarAttributeType.S).create(this.ddb);
		this.second = TestTable.hash("id", ScalarAttributeType.N).create(this.ddb);
	}

	@Test
	void writesAndDeletesAcrossTablesInOneBatch() {
		// One BatchWriteItem may put and delete items in several tables; with no
		// throttling nothing is left over.
		this.ddb.putItem((request) -> request.tableName(this.first).item(item("pk", s("old"))));
		BatchWriteItemResponse response = this.ddb.batchWriteItem((request) -> request.requestItems(Map.of(this.first,
				List.of(put(item("pk", s("a"), "v", n(1))), put(item("pk", s("b"), "v", n(2))),
						delete(item("pk", s("old")))),
				this.second, List.of(put(item("id", n(7), "name", s("seven")))))));
		assertThat(response.unprocessedItems()).isEmpty();
		assertThat(this.ddb.scan((request) -> request.tableName(this.first)).items())
			.extracting((found) -> found.get("pk").s())
			.containsExactlyInAnyOrder("a", "b");
		assertThat(this.ddb.getItem((request) -> request.tableName(this.second).key(item("id", n(7)))).item())
			.containsEntry("name", s("seven"));
	}

	@Test
	void readsItemsOfSeveralTablesWithProjections() {
		// BatchGetItem returns the found items per table (in no particular order),
		// skipping missing keys.
		this.ddb.putItem((request) -> request.tableName(this.first).item(item("pk", s("a"), "v", n(1), "w", n(9))));
		this.ddb.putItem((request) -> request.tableName(this.first).item(item("pk", s("b"), "v", n(2), "w", n(9))));
		this.ddb.putItem((request) -> request.tableName(this.second).item(item("id", n(1), "name", s("one"))));
		BatchGetItemResponse response = this.ddb.batchGetItem((request) -> request.requestItems(Map.of(this.first,
				KeysAndAttributes.builder()
					.keys(item("pk", s("a")), item("pk", s("b")), item("pk", s("missing")))
					.projectionExpression("pk, v")
					.build(),
				this.second, KeysAndAttributes.builder().keys(item("id", n(1))).consistentRead(true).build())));
		assertThat(response.unprocessedKeys()).isEmpty();
		assertThat(response.responses().get(this.first)).containsExactlyInAnyOrder(item("pk", s("a"), "v", n(1)),
				item("pk", s("b"), "v", n(2)));
		assertThat(response.responses().get(this.second)).containsExactly(item("id", n(1), "name", s("one")));
	}

	@Test
	void rejectsMoreThanTwentyFiveWrites() {
		// A BatchWriteItem holds at most 25 requests.
		List<WriteRequest> writes = new ArrayList<>();
		for (int i = 0; i < 26; i++) {
			writes.add(put(item("pk", s("k" + i))));
		}
		assertThat(assertValidation(
				() -> this.ddb.batchWriteItem((request) -> request.requestItems(Map.of(this.first, writes))),
				message(this.backend,
						"1 validation error detected: Value at 'requestItems' failed to satisfy constraint: Map value "
								+ "must satisfy constraint: [Member must have length less than or equal to 25, "
								+ "Member must have length greater than or equal to 1]",
						"Too many items requested for the BatchWriteItem call")))
			.isNotNull();
	}

	@Test
	void rejectsTwoWritesOfTheSameKey() {
		// A batch may not write the same item twice.
		assertValidation(
				() -> this.ddb.batchWriteItem((request) -> request
					.requestItems(Map.of(this.first, List.of(put(item("pk", s("a"))), delete(item("pk", s("a"))))))),
				"Provided list of item keys contains duplicates");
	}

	@Test
	void rejectsReadingTheSameKeyTwice() {
		// A BatchGetItem may not name the same key twice.
		assertValidation(
				() -> this.ddb.batchGetItem((request) -> request.requestItems(Map.of(this.first,
						KeysAndAttributes.builder().keys(item("pk", s("a")), item("pk", s("a"))).build()))),
				"Provided list of item keys contains duplicates");
	}

	@Test
	void reportsAnUnknownTable() {
		// A batch naming a table that does not exist fails as a whole.
		assertFails(
				() -> this.ddb.batchGetItem((request) -> request
					.requestItems(Map.of("it-missing", KeysAndAttributes.builder().keys(item("pk", s("a"))).build()))),
				ResourceNotFoundException.class, "ResourceNotFoundException",
				"Cannot do operations on a non-existent table");
	}

	private static WriteRequest put(Map<String, AttributeValue> item) {
		return WriteRequest.builder().putRequest((request) -> request.item(item)).build();
	}

	private static WriteRequest delete(Map<String, AttributeValue> key) {
		return WriteRequest.builder().deleteRequest((request) -> request.key(key)).build();
	}

}
