package dev.ddbkit.it.sdk;

import java.util.List;
import java.util.Map;

import dev.ddbkit.it.backend.DynamoCapability;
import dev.ddbkit.it.backend.EveryBackend;
import dev.ddbkit.it.backend.RequiresCapability;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ItemCollectionMetrics;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnItemCollectionMetrics;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

import static dev.ddbkit.it.sdk.Attributes.item;
import static dev.ddbkit.it.sdk.Attributes.n;
import static dev.ddbkit.it.sdk.Attributes.s;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * ReturnItemCollectionMetrics=SIZE (API Reference, "ItemCollectionMetrics"; DG "Item
 * collections in Local Secondary Indexes"): a write to a table with a local secondary
 * index reports the partition key of the item collection it touched and a size estimate
 * in GB; tables without an LSI report nothing. DynamoDB Local never returns
 * ItemCollectionMetrics, so the reporting tests run where {@code ITEM_COLLECTION_METRICS}
 * is declared.
 */
@EveryBackend
class ItemCollectionMetricsIntegrationTests {

	private final DynamoDbClient ddb;

	private String table = "";

	ItemCollectionMetricsIntegrationTests(DynamoDbClient ddb) {
		this.ddb = ddb;
	}

	@BeforeEach
	void createTable() {
		this.table = TestTable.hash("pk", ScalarAttributeType.S)
			.range("sk", ScalarAttributeType.S)
			.lsi("byTotal", "total", ScalarAttributeType.N, ProjectionType.ALL)
			.create(this.ddb);
	}

	@Test
	@RequiresCapability(DynamoCapability.ITEM_COLLECTION_METRICS)
	void singleItemWritesReportTheirCollectionUnderOneGigabyte() {
		// PutItem, UpdateItem and DeleteItem each report ItemCollectionKey {pk} and
		// SizeEstimateRangeGB [0.0, 1.0] for a small collection.
		ItemCollectionMetrics put = this.ddb
			.putItem((request) -> request.tableName(this.table)
				.item(item("pk", s("c1"), "sk", s("o1"), "total", n(10)))
				.returnItemCollectionMetrics(ReturnItemCollectionMetrics.SIZE))
			.itemCollectionMetrics();
		assertSmallCollection(put, "c1");
		ItemCollectionMetrics updated = this.ddb
			.updateItem((request) -> request.tableName(this.table)
				.key(item("pk", s("c1"), "sk", s("o1")))
				.updateExpression("SET #total = :t")
				.expressionAttributeNames(Map.of("#total", "total"))
				.expressionAttributeValues(Map.of(":t", n(20)))
				.returnItemCollectionMetrics(ReturnItemCollectionMetrics.SIZE))
			.itemCollectionMetrics();
		assertSmallCollection(updated, "c1");
		ItemCollectionMetrics deleted = this.ddb
			.deleteItem((request) -> request.tableName(this.table)
				.key(item("pk", s("c1"), "sk", s("o1")))
				.returnItemCollectionMetrics(ReturnItemCollectionMetrics.SIZE))
			.itemCollectionMetrics();
		assertSmallCollection(deleted, "c1");
	}

	@Test
	void writesWithoutTheParameterOrOnATableWithoutALocalIndexReportNothing() {
		// ItemCollectionMetrics is returned only when asked for, and only for tables
		// with an LSI.
		assertThat(this.ddb.putItem((request) -> request.tableName(this.table).item(item("pk", s("c1"), "sk", s("o1"))))
			.itemCollectionMetrics()).isNull();
		String plain = TestTable.hash("pk", ScalarAttributeType.S).create(this.ddb);
		assertThat(this.ddb
			.putItem((request) -> request.tableName(plain)
				.item(item("pk", s("c1")))
				.returnItemCollectionMetrics(ReturnItemCollectionMetrics.SIZE))
			.itemCollectionMetrics()).isNull();
		BatchWriteItemResponse batch = this.ddb
			.batchWriteItem((request) -> request.requestItems(Map.of(plain, List.of(put(item("pk", s("c2"))))))
				.returnItemCollectionMetrics(ReturnItemCollectionMetrics.SIZE));
		assertThat(batch.itemCollectionMetrics()).isEmpty();
	}

	@Test
	@RequiresCapability(DynamoCapability.ITEM_COLLECTION_METRICS)
	void aBatchReportsEachCollectionItWrote() {
		// BatchWriteItem lists, per table, the item collections its puts and deletes
		// touched.
		BatchWriteItemResponse batch = this.ddb.batchWriteItem((request) -> request
			.requestItems(Map.of(this.table,
					List.of(put(item("pk", s("c1"), "sk", s("o1"))), put(item("pk", s("c1"), "sk", s("o2"))),
							put(item("pk", s("c2"), "sk", s("o1"))))))
			.returnItemCollectionMetrics(ReturnItemCollectionMetrics.SIZE));
		assertThat(batch.itemCollectionMetrics()).containsOnlyKeys(this.table);
		assertThat(batch.itemCollectionMetrics().get(this.table))
			.allSatisfy((metrics) -> assertThat(metrics.sizeEstimateRangeGB()).containsExactly(0.0, 1.0))
			.extracting((metrics) -> metrics.itemCollectionKey().get("pk").s())
			.containsExactlyInAnyOrder("c1", "c2");
	}

	@Test
	@RequiresCapability(DynamoCapability.ITEM_COLLECTION_METRICS)
	void aTransactionReportsEachCollectionItWrote() {
		// TransactWriteItems lists, per table, the item collections its puts, updates
		// and deletes touched.
		TransactWriteItemsResponse response = this.ddb.transactWriteItems(
				(request) -> request
					.transactItems(
							TransactWriteItem.builder()
								.put((put) -> put.tableName(this.table).item(item("pk", s("c1"), "sk", s("o1"))))
								.build(),
							TransactWriteItem.builder()
								.put((put) -> put.tableName(this.table).item(item("pk", s("c2"), "sk", s("o1"))))
								.build())
					.returnItemCollectionMetrics(ReturnItemCollectionMetrics.SIZE));
		assertThat(response.itemCollectionMetrics()).containsOnlyKeys(this.table);
		assertThat(response.itemCollectionMetrics().get(this.table))
			.allSatisfy((metrics) -> assertThat(metrics.sizeEstimateRangeGB()).containsExactly(0.0, 1.0))
			.extracting((metrics) -> metrics.itemCollectionKey().get("pk").s())
			.containsExactlyInAnyOrder("c1", "c2");
	}

	private static void assertSmallCollection(ItemCollectionMetrics metrics, String partitionKey) {
		assertThat(metrics).isNotNull();
		assertThat(metrics.itemCollectionKey()).isEqualTo(item("pk", s(partitionKey)));
		assertThat(metrics.sizeEstimateRangeGB()).containsExactly(0.0, 1.0);
	}

	private static WriteRequest put(Map<String, AttributeValue> item) {
		return WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build();
	}

}
