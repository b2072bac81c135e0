package dev.ddbkit.engine.client;

import java.util.Map;

import dev.ddbkit.engine.DynamoEngine;
import dev.ddbkit.engine.DynamoManualClock;
import dev.ddbkit.engine.Engines;
import dev.ddbkit.engine.capacity.ResourceDiagnostics;
import dev.ddbkit.engine.capacity.ThrottlingReason;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import static dev.ddbkit.engine.client.Tables.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

// DynamoDB performs two underlying reads or writes of every item in a transaction, one to prepare it and one to
// commit it (Developer Guide, "Amazon DynamoDB Transactions: how it works", "Capacity management for transactions"),
// and that capacity is consumed even when the transaction is cancelled, for example because a condition check fails
// (Developer Guide, "DynamoDB read and write operations"); a write whose condition is false is charged by the
// existing item, at least 1 WCU ("Condition expressions", "Capacity units consumed by conditional writes"). The SDK's
// TransactionCanceledException carries no ConsumedCapacity, so the charge shows in the throughput model: the
// table's consumed units and what later requests can still use. A request repeated with the same ClientRequestToken
// changes nothing and reports "the number of read capacity units consumed in reading the item" (API Reference,
// "TransactWriteItems"; the engine prices those reads as strongly consistent).
class LocalDynamoDbClientTransactionCapacityUnitTests {

	private final DynamoManualClock clock = Engines.clock();

	@AutoClose
	private final DynamoEngine engine = Engines.on(this.clock);

	private final DynamoDbClient client = this.engine.client();

	@Test
	void aTransactionCancelledByAFailedConditionConsumesThePreparedCapacityOfEveryItem() {
		createProvisioned(100, 100);
		put("o1", 2_000);
		put("o3", 100);
		ResourceDiagnostics before = table();
		TransactionCanceledException cancelled = catchCancelled(
				// a new 500-byte item: 2 x 1 WCU
				TransactWriteItem.builder()
					.put((put) -> put.tableName("Orders").item(Map.of("PK", s("o2"), "payload", s("x".repeat(490)))))
					.build(),
				// false condition on a 2,000-byte item: 2 x 2 WCU
				TransactWriteItem.builder()
					.update((update) -> update.tableName("Orders")
						.key(Map.of("PK", s("o1")))
						.updateExpression("SET paid = :t")
						.conditionExpression("attribute_not_exists(PK)")
						.expressionAttributeValues(Map.of(":t", s("yes"))))
					.build(),
				// a condition check that holds: a transactional read of a small item, 2
				// RCU
				TransactWriteItem.builder()
					.conditionCheck((check) -> check.tableName("Orders")
						.key(Map.of("PK", s("o3")))
						.conditionExpression("attribute_exists(PK)"))
					.build());
		assertThat(cancelled.cancellationReasons()).extracting(CancellationReason::code)
			.containsExactly("None", "ConditionalCheckFailed", "None");
		ResourceDiagnostics after = table();
		assertThat(after.consumedWriteCapacityUnits() - before.consumedWriteCapacityUnits()).isEqualTo(6.0);
		assertThat(after.consumedReadCapacityUnits() - before.consumedReadCapacityUnits()).isEqualTo(2.0);
		assertThat(this.client.getItem((request) -> request.tableName("Orders").key(Map.of("PK", s("o2")))).hasItem())
			.isFalse();
	}

	@Test
	void theCapacityACancelledTransactionConsumedIsNoLongerAvailable() {
		// 6 WCU per second; the setup write takes 2: the cancelled transaction takes the
		// other 4, so a 1 WCU write in the same second is throttled
		createProvisioned(10, 6);
		put("o1", 1_500);
		catchCancelled(TransactWriteItem.builder()
			.delete((delete) -> delete.tableName("Orders")
				.key(Map.of("PK", s("o1")))
				.conditionExpression("attribute_not_exists(PK)"))
			.build());
		assertThatExceptionOfType(ProvisionedThroughputExceededException.class).isThrownBy(() -> put("o2", 10));
	}

	@Test
	void aCancelledTransactionThatTheTableCannotServeIsCancelledForThrottling() {
		// the throttle wins over the failed condition, as for a single conditional write
		createProvisioned(10, 1);
		put("o1", 10);
		TransactionCanceledException cancelled = catchCancelled(TransactWriteItem.builder()
			.delete((delete) -> delete.tableName("Orders")
				.key(Map.of("PK", s("o1")))
				.conditionExpression("attribute_not_exists(PK)"))
			.build());
		assertThat(cancelled.cancellationReasons()).extracting(CancellationReason::code)
			.containsExactly("ThrottlingError");
		assertThat(table().throttlesByReason())
			.containsKey(ThrottlingReason.TABLE_WRITE_PROVISIONED_THROUGHPUT_EXCEEDED);
	}

	@Test
	void aRequestRepeatedWithItsTokenConsumesOnlyTheReadsOfItsItems() {
		createProvisioned(100, 100);
		TransactWriteItem[] items = {
				TransactWriteItem.builder()
					.put((put) -> put.tableName("Orders").item(Map.of("PK", s("o1"), "payload", s("x".repeat(5_000)))))
					.build(),
				TransactWriteItem.builder().put((put) -> put.tableName("Orders").item(Map.of("PK", s("o2")))).build() };
		ConsumedCapacity first = this.client
			.transactWriteItems((request) -> request.clientRequestToken("order-1")
				.transactItems(items)
				.returnConsumedCapacity(ReturnConsumedCapacity.TOTAL))
			.consumedCapacity()
			.get(0);
		// 2 x 5 KB + 2 x 1 KB
		assertThat(first.writeCapacityUnits()).isEqualTo(12.0);
		ResourceDiagnostics before = table();
		ConsumedCapacity replay = this.client
			.transactWriteItems((request) -> request.clientRequestToken("order-1")
				.transactItems(items)
				.returnConsumedCapacity(ReturnConsumedCapacity.TOTAL))
			.consumedCapacity()
			.get(0);
		// 5 KB read: 2 RCU; small item: 1 RCU
		assertThat(replay.readCapacityUnits()).isEqualTo(3.0);
		assertThat(replay.writeCapacityUnits()).isNull();
		ResourceDiagnostics after = table();
		assertThat(after.consumedReadCapacityUnits() - before.consumedReadCapacityUnits()).isEqualTo(3.0);
		assertThat(after.consumedWriteCapacityUnits()).isEqualTo(before.consumedWriteCapacityUnits());
	}

	private TransactionCanceledException catchCancelled(TransactWriteItem... items) {
		TransactionCanceledException[] thrown = new TransactionCanceledException[1];
		assertThatExceptionOfType(TransactionCanceledException.class)
			.isThrownBy(() -> this.client.transactWriteItems((request) -> request.transactItems(items)))
			.satisfies((ex) -> thrown[0] = ex);
		return thrown[0];
	}

	private ResourceDiagnostics table() {
		return this.engine.capacityDiagnostics("Orders").table();
	}

	private void createProvisioned(long readUnits, long writeUnits) {
		this.client.createTable((request) -> request.tableName("Orders")
			.billingMode(BillingMode.PROVISIONED)
			.provisionedThroughput(
					(throughput) -> throughput.readCapacityUnits(readUnits).writeCapacityUnits(writeUnits))
			.attributeDefinitions(Tables.attribute("PK", ScalarAttributeType.S))
			.keySchema(Tables.key("PK", KeyType.HASH)));
	}

	/** An item of about {@code bytes} bytes. */
	private void put(String order, int bytes) {
		this.client.putItem((request) -> request.tableName("Orders")
			.item(Map.of("PK", s(order), "payload", s("x".repeat(Math.max(1, bytes - 12))))));
	}

}
