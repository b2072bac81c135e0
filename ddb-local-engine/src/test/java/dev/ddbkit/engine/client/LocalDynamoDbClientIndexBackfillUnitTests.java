package dev.ddbkit.engine.client;

import java.time.Duration;
import java.util.Map;

import dev.ddbkit.engine.DynamoEngine;
import dev.ddbkit.engine.DynamoManualClock;
import dev.ddbkit.engine.EngineSettings;
import dev.ddbkit.engine.Engines;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.IndexStatus;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

import static dev.ddbkit.engine.client.Tables.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

// DynamoDB rule (Developer Guide, "Adding a global secondary index to an existing table";
// API Reference, "GlobalSecondaryIndexDescription"): a GSI added by UpdateTable is
// CREATING with Backfilling=true while DynamoDB copies the table's items into it, and
// becomes ACTIVE only after the backfill; until then a Query on it fails with
// ValidationException "Cannot read from backfilling global secondary index: <name>". The
// engine ends the backfill at the first DescribeTable at or after
// EngineSettings.indexBackfillTime on the engine clock (default zero: the first
// DescribeTable), so a client must wait for ACTIVE as it must on DynamoDB.
class LocalDynamoDbClientIndexBackfillUnitTests {

	private static final String TABLE = "Backfilled";

	private final DynamoManualClock clock = Engines.clock();

	@AutoClose
	private DynamoEngine engine = Engines.on(this.clock);

	@Test
	void withDefaultSettingsANewIndexIsCreatingUntilTheFirstDescribeTable() {
		DynamoDbClient client = this.engine.client();
		createWithTwoItems(client);
		GlobalSecondaryIndexDescription added = addIndex(client);
		assertThat(added.indexStatus()).isEqualTo(IndexStatus.CREATING);
		assertThat(added.backfilling()).isTrue();
		assertBackfilling(client);
		GlobalSecondaryIndexDescription described = describeIndex(client);
		assertThat(described.indexStatus()).isEqualTo(IndexStatus.ACTIVE);
		assertThat(described.backfilling()).isNull();
		assertThat(client.query(byStatus()).items()).extracting((item) -> item.get("pk").s())
			.containsExactlyInAnyOrder("a", "b");
	}

	@Test
	void aBackfillTimeKeepsTheIndexCreatingUntilTheClockReachesItsEnd() {
		this.engine.close();
		this.engine = Engines.on(this.clock, (settings) -> settings.withIndexBackfillTime(Duration.ofMinutes(5)));
		DynamoDbClient client = this.engine.client();
		createWithTwoItems(client);
		addIndex(client);
		this.clock.advance(Duration.ofMinutes(5).minusMillis(1));
		assertThat(describeIndex(client).indexStatus()).isEqualTo(IndexStatus.CREATING);
		assertBackfilling(client);
		this.clock.advance(Duration.ofMillis(1));
		assertThat(describeIndex(client).indexStatus()).isEqualTo(IndexStatus.ACTIVE);
		assertThat(client.query(byStatus()).items()).hasSize(2);
	}

	@Test
	void indexesCreatedWithTheTableAreActiveAtOnce() {
		DynamoDbClient client = this.engine.client();
		Tables.createOrders(client);
		assertThat(client.describeTable((request) -> request.tableName(Tables.ORDERS)).table().globalSecondaryIndexes())
			.singleElement()
			.satisfies((index) -> assertThat(index.indexStatus()).isEqualTo(IndexStatus.ACTIVE));
	}

	private static void createWithTwoItems(DynamoDbClient client) {
		client.createTable((request) -> request.tableName(TABLE)
			.billingMode("PAY_PER_REQUEST")
			.attributeDefinitions(Tables.attribute("pk", ScalarAttributeType.S))
			.keySchema(Tables.key("pk", KeyType.HASH)));
		client.putItem((request) -> request.tableName(TABLE).item(Map.of("pk", s("a"), "status", s("PAID"))));
		client.putItem((request) -> request.tableName(TABLE).item(Map.of("pk", s("b"), "status", s("PAID"))));
	}

	private static GlobalSecondaryIndexDescription addIndex(DynamoDbClient client) {
		return client
			.updateTable((request) -> request.tableName(TABLE)
				.attributeDefinitions(Tables.attribute("status", ScalarAttributeType.S))
				.globalSecondaryIndexUpdates((update) -> update.create((create) -> create.indexName("byStatus")
					.keySchema(Tables.key("status", KeyType.HASH))
					.projection((projection) -> projection.projectionType(ProjectionType.KEYS_ONLY)))))
			.tableDescription()
			.globalSecondaryIndexes()
			.get(0);
	}

	private static GlobalSecondaryIndexDescription describeIndex(DynamoDbClient client) {
		return client.describeTable((request) -> request.tableName(TABLE)).table().globalSecondaryIndexes().get(0);
	}

	private static void assertBackfilling(DynamoDbClient client) {
		assertThatExceptionOfType(DynamoDbException.class).isThrownBy(() -> client.query(byStatus()))
			.satisfies((ex) -> {
				assertThat(ex.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
				assertThat(ex.awsErrorDetails().errorMessage())
					.isEqualTo("Cannot read from backfilling global secondary index: byStatus");
			});
	}

	private static QueryRequest byStatus() {
		return QueryRequest.builder()
			.tableName(TABLE)
			.indexName("byStatus")
			.keyConditionExpression("#s = :s")
			.expressionAttributeNames(Map.of("#s", "status"))
			.expressionAttributeValues(Map.of(":s", s("PAID")))
			.build();
	}

}
