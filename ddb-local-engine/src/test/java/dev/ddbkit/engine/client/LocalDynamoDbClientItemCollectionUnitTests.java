package dev.ddbkit.engine.client;

import java.util.List;
import java.util.Map;

import dev.ddbkit.engine.DynamoEngine;
import dev.ddbkit.engine.EngineSettings;
import dev.ddbkit.engine.Engines;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ItemCollectionMetrics;
import software.amazon.awssdk.services.dynamodb.model.ItemCollectionSizeLimitExceededException;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnItemCollectionMetrics;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

import static dev.ddbkit.engine.client.Tables.n;
import static dev.ddbkit.engine.client.Tables.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

// DynamoDB rule (Developer Guide, "Item collections in Local Secondary Indexes" and
// "Storage considerations for local secondary indexes"; "Error handling with DynamoDB"):
// on a table with a local secondary index the items sharing a partition key value (an
// item collection), plus their LSI entries (projected attributes with the keys, plus 100
// bytes each), may not exceed 10 GB; a write that would grow a collection past it fails
// with ItemCollectionSizeLimitExceededException "Collection size exceeded." (in a
// transaction: cancellation reason ItemCollectionSizeLimitExceeded), writes that shrink
// it succeed, and tables without an LSI have no such limit. The limit is
// EngineSettings.itemCollectionSizeLimitBytes, pinned small here.
class LocalDynamoDbClientItemCollectionUnitTests {

	// {pk: "c", sk: "o1", total: 5, body: 300 x}: 3 + 4 + 7 + 304 = 318 bytes; with
	// its entry in one LSI projecting ALL: 318 + 318 + 100 = 736 bytes.
	private static final long ITEM_FOOTPRINT = 736;

	private static final String TABLE = "Collections";

	@AutoClose
	private final DynamoEngine engine = Engines.on(Engines.clock(),
			(settings) -> settings.withItemCollectionSizeLimitBytes(2 * ITEM_FOOTPRINT));

	private final DynamoDbClient client = this.engine.client();

	@BeforeEach
	void createTable() {
		createTable(this.client);
	}

	private static void createTable(DynamoDbClient client) {
		client.createTable((request) -> request.tableName(TABLE)
			.billingMode("PAY_PER_REQUEST")
			.attributeDefinitions(Tables.attribute("pk", ScalarAttributeType.S),
					Tables.attribute("sk", ScalarAttributeType.S), Tables.attribute("total", ScalarAttributeType.N))
			.keySchema(Tables.key("pk", KeyType.HASH), Tables.key("sk", KeyType.RANGE))
			.localSecondaryIndexes(LocalSecondaryIndex.builder()
				.indexName("byTotal")
				.keySchema(Tables.key("pk", KeyType.HASH), Tables.key("total", KeyType.RANGE))
				.projection((projection) -> projection.projectionType(ProjectionType.ALL))
				.build()));
	}

	@Test
	void aPutThatGrowsACollectionPastTheLimitFailsAndChangesNothing() {
		put("c", "o1");
		put("c", "o2");
		assertThatExceptionOfType(ItemCollectionSizeLimitExceededException.class).isThrownBy(() -> put("c", "o3"))
			.satisfies((ex) -> assertThat(ex.awsErrorDetails().errorMessage()).isEqualTo("Collection size exceeded."));
		assertThat(this.client.getItem((request) -> request.tableName(TABLE).key(key("c", "o3"))).hasItem()).isFalse();
		put("d", "o3");
	}

	@Test
	void anItemCountsWithItsIndexEntryAndOneHundredBytesOfOverhead() {
		try (DynamoEngine tight = engineWithLimit(ITEM_FOOTPRINT - 1);
				DynamoEngine exact = engineWithLimit(ITEM_FOOTPRINT)) {
			assertThatExceptionOfType(ItemCollectionSizeLimitExceededException.class)
				.isThrownBy(() -> tight.client().putItem((request) -> request.tableName(TABLE).item(item("c", "o1"))));
			exact.client().putItem((request) -> request.tableName(TABLE).item(item("c", "o1")));
			assertThat(exact.client().getItem((request) -> request.tableName(TABLE).key(key("c", "o1"))).hasItem())
				.isTrue();
		}
	}

	private static DynamoEngine engineWithLimit(long limitBytes) {
		DynamoEngine engine = DynamoEngine.builder()
			.settings(EngineSettings.defaults().withItemCollectionSizeLimitBytes(limitBytes))
			.build();
		createTable(engine.client());
		return engine;
	}

	@Test
	void writesThatShrinkACollectionSucceedAndFreeItsSpace() {
		put("c", "o1");
		put("c", "o2");
		this.client
			.updateItem((request) -> request.tableName(TABLE).key(key("c", "o1")).updateExpression("REMOVE body"));
		assertThatExceptionOfType(ItemCollectionSizeLimitExceededException.class).isThrownBy(() -> put("c", "o3"));
		this.client.deleteItem((request) -> request.tableName(TABLE).key(key("c", "o2")));
		put("c", "o3");
	}

	@Test
	void anUpdateThatGrowsAFullCollectionFails() {
		put("c", "o1");
		put("c", "o2");
		assertThatExceptionOfType(ItemCollectionSizeLimitExceededException.class)
			.isThrownBy(() -> this.client.updateItem((request) -> request.tableName(TABLE)
				.key(key("c", "o1"))
				.updateExpression("SET extra = :e")
				.expressionAttributeValues(Map.of(":e", s("x")))));
	}

	@Test
	void aTransactionWhoseWritesTogetherExceedTheLimitIsCancelled() {
		put("c", "o1");
		assertThatExceptionOfType(TransactionCanceledException.class)
			.isThrownBy(() -> this.client.transactWriteItems((request) -> request.transactItems(transactPut("c", "o2"),
					transactPut("c", "o3"), transactPut("d", "o1"))))
			.satisfies((ex) -> {
				assertThat(ex.cancellationReasons()).extracting((reason) -> reason.code())
					.containsExactly("None", "ItemCollectionSizeLimitExceeded", "None");
				assertThat(ex.cancellationReasons().get(1).message()).isEqualTo("Collection size exceeded.");
			});
		assertThat(this.client.getItem((request) -> request.tableName(TABLE).key(key("c", "o2"))).hasItem()).isFalse();
	}

	@Test
	void aBatchWriteThatExceedsTheLimitFails() {
		put("c", "o1");
		assertThatExceptionOfType(ItemCollectionSizeLimitExceededException.class)
			.isThrownBy(() -> this.client.batchWriteItem((request) -> request
				.requestItems(Map.of(TABLE, List.of(batchPut("c", "o2"), batchPut("c", "o3"))))));
	}

	@Test
	void aTableWithoutALocalIndexHasNoCollectionLimit() {
		Tables.createSorted(this.client, "Plain", ScalarAttributeType.S);
		for (int i = 0; i < 5; i++) {
			String sortKey = "o" + i;
			this.client.putItem((request) -> request.tableName("Plain")
				.item(Map.of("PK", s("c"), "SK", s(sortKey), "body", s("x".repeat(300)))));
		}
		assertThat(this.client.scan((request) -> request.tableName("Plain")).count()).isEqualTo(5);
	}

	@Test
	void returnItemCollectionMetricsReportsTheCollectionKeyAndAGigabyteRange() {
		ItemCollectionMetrics metrics = this.client
			.putItem((request) -> request.tableName(TABLE)
				.item(item("c", "o1"))
				.returnItemCollectionMetrics(ReturnItemCollectionMetrics.SIZE))
			.itemCollectionMetrics();
		assertThat(metrics.itemCollectionKey()).isEqualTo(Map.of("pk", s("c")));
		assertThat(metrics.sizeEstimateRangeGB()).containsExactly(0.0, 1.0);
	}

	private void put(String partitionKey, String sortKey) {
		this.client.putItem((request) -> request.tableName(TABLE).item(item(partitionKey, sortKey)));
	}

	private static Map<String, AttributeValue> item(String partitionKey, String sortKey) {
		return Map.of("pk", s(partitionKey), "sk", s(sortKey), "total", n("5"), "body", s("x".repeat(300)));
	}

	private static Map<String, AttributeValue> key(String partitionKey, String sortKey) {
		return Map.of("pk", s(partitionKey), "sk", s(sortKey));
	}

	private static TransactWriteItem transactPut(String partitionKey, String sortKey) {
		return TransactWriteItem.builder().put((put) -> put.tableName(TABLE).item(item(partitionKey, sortKey))).build();
	}

	private static WriteRequest batchPut(String partitionKey, String sortKey) {
		return WriteRequest.builder()
			.putRequest(PutRequest.builder().item(item(partitionKey, sortKey)).build())
			.build();
	}

}
