package dev.ddbkit.engine;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.IndexStatus;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

// GSIs are eventually consistent: a change reaches them after the table write, so a read-after-write on a GSI can
// miss; a GSI added by UpdateTable is CREATING (unreadable) while it backfills, then ACTIVE (Developer Guide,
// "Global secondary indexes", "Adding a global secondary index to an existing table"). DynamoEngine.catchUpIndexes()
// ends both waits at once for tests, without moving the clock; DynamoDB itself has no such call.
class DynamoEngineIndexCatchUpUnitTests {

	private final DynamoManualClock clock = Engines.clock();

	@AutoClose
	private final DynamoEngine engine = Engines.on(this.clock,
			(settings) -> settings.withGsiPropagationDelay(Duration.ofSeconds(1))
				.withIndexBackfillTime(Duration.ofMinutes(5)));

	private final DynamoDbClient client = this.engine.client();

	@Test
	void pendingChangesReachTheIndexInWriteOrderWithoutMovingTheClock() {
		Engines.createOrdersByStatus(this.client, ProjectionType.KEYS_ONLY);
		putOrder("o1", "PAID");
		putOrder("o2", "PAID");
		putOrder("o1", "SHIPPED");
		this.client.deleteItem((request) -> request.tableName("Orders").key(Map.of("PK", s("o2"))));
		putOrder("o3", "PAID");
		assertThat(byStatus("PAID")).isEmpty();
		assertThat(this.engine.catchUpIndexes()).isEqualTo(5);
		assertThat(byStatus("PAID")).containsExactly("o3");
		assertThat(byStatus("SHIPPED")).containsExactly("o1");
		assertThat(this.engine.catchUpIndexes()).isZero();
		putOrder("o4", "PAID");
		assertThat(byStatus("PAID")).containsExactly("o3");
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(byStatus("PAID")).containsExactlyInAnyOrder("o3", "o4");
	}

	@Test
	void aBackfillingIndexBecomesActiveAndReadable() {
		Engines.createOrdersByStatus(this.client, ProjectionType.KEYS_ONLY);
		putOrder("o1", "PAID");
		this.client.updateTable((request) -> request.tableName("Orders")
			.attributeDefinitions(
					(attribute) -> attribute.attributeName("customer").attributeType(ScalarAttributeType.S))
			.globalSecondaryIndexUpdates((update) -> update.create((index) -> index.indexName("byCustomer")
				.keySchema((key) -> key.attributeName("customer").keyType(KeyType.HASH))
				.projection((projection) -> projection.projectionType(ProjectionType.KEYS_ONLY)))));
		assertThat(indexStatus("byCustomer")).isEqualTo(IndexStatus.CREATING);
		assertThatExceptionOfType(DynamoDbException.class).isThrownBy(() -> byCustomer("alice"))
			.withMessageContaining("Cannot read from backfilling global secondary index: byCustomer");
		this.engine.catchUpIndexes();
		assertThat(indexStatus("byCustomer")).isEqualTo(IndexStatus.ACTIVE);
		assertThat(byCustomer("alice")).containsExactly("o1");
	}

	private void putOrder(String order, String status) {
		this.client.putItem((request) -> request.tableName("Orders")
			.item(Map.of("PK", s(order), "status", s(status), "customer", s("alice"))));
	}

	private List<String> byStatus(String status) {
		return query("byStatus", "status", status);
	}

	private List<String> byCustomer(String customer) {
		return query("byCustomer", "customer", customer);
	}

	private List<String> query(String index, String attribute, String value) {
		return this.client
			.query((request) -> request.tableName("Orders")
				.indexName(index)
				.keyConditionExpression("#k = :v")
				.expressionAttributeNames(Map.of("#k", attribute))
				.expressionAttributeValues(Map.of(":v", s(value))))
			.items()
			.stream()
			.map((item) -> item.get("PK").s())
			.toList();
	}

	private IndexStatus indexStatus(String index) {
		return this.client.describeTable((request) -> request.tableName("Orders"))
			.table()
			.globalSecondaryIndexes()
			.stream()
			.filter((description) -> description.indexName().equals(index))
			.findFirst()
			.orElseThrow()
			.indexStatus();
	}

	private static AttributeValue s(String value) {
		return AttributeValue.fromS(value);
	}

}
