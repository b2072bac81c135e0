package dev.ddbkit.engine.client;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import dev.ddbkit.engine.DynamoEngine;
import dev.ddbkit.engine.DynamoManualClock;
import dev.ddbkit.engine.Engines;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateGlobalSecondaryIndexAction;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteGlobalSecondaryIndexAction;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexUpdate;
import software.amazon.awssdk.services.dynamodb.model.IndexStatus;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ListTablesResponse;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;
import software.amazon.awssdk.services.dynamodb.model.Tag;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;
import software.amazon.awssdk.services.dynamodb.model.UpdateTableRequest;

import static dev.ddbkit.engine.client.Tables.ORDERS;
import static dev.ddbkit.engine.client.Tables.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

// The control plane: CreateTable validates names, keys, attribute definitions and billing;
// DescribeTable reports keys, indexes, item count and size; ListTables pages by name;
// UpdateTable adds a GSI that is backfilled (CREATING, then ACTIVE) or removes one;
// UpdateTimeToLive/DescribeTimeToLive record the TTL attribute (API Reference,
// "CreateTable", "DescribeTable", "ListTables", "UpdateTable", "UpdateTimeToLive").
class LocalDynamoDbClientTableUnitTests {

	private final DynamoManualClock clock = Engines.clock();

	@AutoClose
	private final DynamoEngine engine = Engines.on(this.clock,
			(settings) -> settings.withIndexBackfillTime(Duration.ofSeconds(30)));

	private final DynamoDbClient client = this.engine.client();

	@Test
	void describeTableReportsKeysIndexesCountsAndArn() {
		Tables.createOrders(this.client);
		putOrder("c1", "o1", "PAID");
		putOrder("c1", "o2", null);
		TableDescription table = this.client.describeTable((request) -> request.tableName(ORDERS)).table();
		assertThat(table.tableStatus()).isEqualTo(TableStatus.ACTIVE);
		assertThat(table.tableArn()).isEqualTo("arn:aws:dynamodb:us-east-1:000000000000:table/Orders");
		assertThat(table.creationDateTime()).isEqualTo(this.clock.instant());
		assertThat(table.itemCount()).isEqualTo(2);
		assertThat(table.tableSizeBytes()).isPositive();
		assertThat(table.billingModeSummary().billingMode()).isEqualTo(BillingMode.PAY_PER_REQUEST);
		assertThat(table.keySchema()).extracting((key) -> key.attributeName() + ":" + key.keyType())
			.containsExactly("PK:HASH", "SK:RANGE");
		assertThat(table.globalSecondaryIndexes()).singleElement().satisfies((index) -> {
			assertThat(index.indexName()).isEqualTo("GSI1");
			assertThat(index.indexStatus()).isEqualTo(IndexStatus.ACTIVE);
			assertThat(index.itemCount()).isEqualTo(1);
		});
		assertThat(table.localSecondaryIndexes()).singleElement()
			.satisfies((index) -> assertThat(index.projection().projectionType()).isEqualTo(ProjectionType.KEYS_ONLY));
	}

	@Test
	void theSdkWaiterSeesANewTableAsExisting() {
		Tables.createOrders(this.client);
		assertThat(
				this.client.waiter().waitUntilTableExists((request) -> request.tableName(ORDERS)).matched().response())
			.hasValueSatisfying((response) -> assertThat(response.table().tableName()).isEqualTo(ORDERS));
	}

	@Test
	void createTableRejectsBadDefinitions() {
		assertValidation(
				CreateTableRequest.builder()
					.tableName("ab")
					.billingMode(BillingMode.PAY_PER_REQUEST)
					.attributeDefinitions(Tables.attribute("PK", ScalarAttributeType.S))
					.keySchema(Tables.key("PK", KeyType.HASH))
					.build(),
				"at 'tableName' failed to satisfy constraint: Member must have length greater than or equal to 3");
		assertValidation(
				CreateTableRequest.builder()
					.tableName("Good")
					.billingMode(BillingMode.PAY_PER_REQUEST)
					.attributeDefinitions(Tables.attribute("PK", ScalarAttributeType.S),
							Tables.attribute("Extra", ScalarAttributeType.S))
					.keySchema(Tables.key("PK", KeyType.HASH))
					.build(),
				"One or more parameter values were invalid: Number of attributes in KeySchema does not exactly match number of attributes defined in AttributeDefinitions");
		assertValidation(
				CreateTableRequest.builder()
					.tableName("Good")
					.attributeDefinitions(Tables.attribute("PK", ScalarAttributeType.S))
					.keySchema(Tables.key("PK", KeyType.HASH))
					.build(),
				"One or more parameter values were invalid: ReadCapacityUnits and WriteCapacityUnits must both be specified when BillingMode is PROVISIONED");
	}

	@Test
	void listTablesPagesByName() {
		for (String name : new String[] { "Charlie", "alpha", "Bravo" }) {
			Tables.createSorted(this.client, name, ScalarAttributeType.S);
		}
		ListTablesResponse first = this.client.listTables((request) -> request.limit(2));
		assertThat(first.tableNames()).containsExactly("Bravo", "Charlie");
		assertThat(first.lastEvaluatedTableName()).isEqualTo("Charlie");
		ListTablesResponse second = this.client
			.listTables((request) -> request.exclusiveStartTableName(first.lastEvaluatedTableName()));
		assertThat(second.tableNames()).containsExactly("alpha");
		assertThat(second.lastEvaluatedTableName()).isNull();
	}

	@Test
	void deleteTableRemovesItAndReportsDeleting() {
		Tables.createOrders(this.client);
		assertThat(this.client.deleteTable((request) -> request.tableName(ORDERS)).tableDescription().tableStatus())
			.isEqualTo(TableStatus.DELETING);
		assertThatExceptionOfType(ResourceNotFoundException.class)
			.isThrownBy(() -> this.client.deleteTable((request) -> request.tableName(ORDERS)))
			.withMessageStartingWith("Requested resource not found: Table: Orders not found");
	}

	@Test
	void aNewGlobalSecondaryIndexIsBackfilledAndReadableOnceActive() {
		Tables.createOrders(this.client);
		putOrder("c1", "o1", "PAID");
		putOrder("c2", "o2", "PAID");
		TableDescription updated = this.client
			.updateTable(UpdateTableRequest.builder()
				.tableName(ORDERS)
				.attributeDefinitions(Tables.attribute("status", ScalarAttributeType.S))
				.globalSecondaryIndexUpdates(GlobalSecondaryIndexUpdate.builder()
					.create(CreateGlobalSecondaryIndexAction.builder()
						.indexName("ByStatus")
						.keySchema(Tables.key("status", KeyType.HASH))
						.projection(Projection.builder().projectionType(ProjectionType.KEYS_ONLY).build())
						.build())
					.build())
				.build())
			.tableDescription();
		assertThat(updated.globalSecondaryIndexes()).filteredOn((index) -> index.indexName().equals("ByStatus"))
			.singleElement()
			.satisfies((index) -> assertThat(index.indexStatus()).isEqualTo(IndexStatus.CREATING));
		QueryRequest byStatus = QueryRequest.builder()
			.tableName(ORDERS)
			.indexName("ByStatus")
			.keyConditionExpression("#s = :s")
			.expressionAttributeNames(Map.of("#s", "status"))
			.expressionAttributeValues(Map.of(":s", s("PAID")))
			.build();
		assertThatExceptionOfType(DynamoDbException.class).isThrownBy(() -> this.client.query(byStatus))
			.withMessageStartingWith("Cannot read from backfilling global secondary index: ByStatus");
		this.clock.advance(Duration.ofSeconds(30));
		assertThat(this.client.describeTable((request) -> request.tableName(ORDERS)).table().globalSecondaryIndexes())
			.filteredOn((index) -> index.indexName().equals("ByStatus"))
			.singleElement()
			.satisfies((index) -> assertThat(index.indexStatus()).isEqualTo(IndexStatus.ACTIVE));
		assertThat(this.client.query(byStatus).items()).hasSize(2);
		this.client.updateTable(UpdateTableRequest.builder()
			.tableName(ORDERS)
			.globalSecondaryIndexUpdates(GlobalSecondaryIndexUpdate.builder()
				.delete(DeleteGlobalSecondaryIndexAction.builder().indexName("ByStatus").build())
				.build())
			.build());
		assertThatExceptionOfType(DynamoDbException.class).isThrownBy(() -> this.client.query(byStatus))
			.withMessageStartingWith("The table does not have the specified index: ByStatus");
	}

	@Test
	void timeToLiveIsRecordedAndDescribed() {
		Tables.createOrders(this.client);
		assertThat(this.client.describeTimeToLive((request) -> request.tableName(ORDERS))
			.timeToLiveDescription()
			.timeToLiveStatus()).isEqualTo(TimeToLiveStatus.DISABLED);
		this.client.updateTimeToLive((request) -> request.tableName(ORDERS)
			.timeToLiveSpecification((spec) -> spec.enabled(true).attributeName("expiresAt")));
		assertThat(this.client.describeTimeToLive((request) -> request.tableName(ORDERS)).timeToLiveDescription())
			.satisfies((ttl) -> {
				assertThat(ttl.timeToLiveStatus()).isEqualTo(TimeToLiveStatus.ENABLED);
				assertThat(ttl.attributeName()).isEqualTo("expiresAt");
			});
		assertThatExceptionOfType(DynamoDbException.class)
			.isThrownBy(() -> this.client.updateTimeToLive((request) -> request.tableName(ORDERS)
				.timeToLiveSpecification((spec) -> spec.enabled(true).attributeName("expiresAt"))))
			.withMessageStartingWith("TimeToLive is already enabled");
	}

	@Test
	void tagsAreAddedListedAndRemovedByTableArn() {
		Tables.createOrders(this.client);
		String arn = this.client.describeTable((request) -> request.tableName(ORDERS)).table().tableArn();
		this.client.tagResource((request) -> request.resourceArn(arn)
			.tags(Tag.builder().key("team").value("orders").build(), Tag.builder().key("env").value("dev").build()));
		this.client.untagResource((request) -> request.resourceArn(arn).tagKeys("env"));
		assertThat(this.client.listTagsOfResource((request) -> request.resourceArn(arn)).tags())
			.containsExactly(Tag.builder().key("team").value("orders").build());
		assertThatExceptionOfType(ResourceNotFoundException.class)
			.isThrownBy(() -> this.client.listTagsOfResource((request) -> request.resourceArn(arn + "x")))
			.withMessageStartingWith("Requested resource not found: ResourcArn: " + arn + "x not found");
	}

	private void putOrder(String customer, String order, String status) {
		Map<String, AttributeValue> item = new HashMap<>(Tables.key(customer, "ORDER#" + order));
		if (status != null) {
			item.put("GSI1PK", s(status));
			item.put("GSI1SK", s(order));
			item.put("status", s(status));
		}
		this.client.putItem((request) -> request.tableName(ORDERS).item(item));
	}

	private void assertValidation(CreateTableRequest request, String message) {
		assertThatExceptionOfType(DynamoDbException.class).isThrownBy(() -> this.client.createTable(request))
			.withMessageContaining(message)
			.satisfies((ex) -> assertThat(ex.awsErrorDetails().errorCode()).isEqualTo("ValidationException"));
	}

}
