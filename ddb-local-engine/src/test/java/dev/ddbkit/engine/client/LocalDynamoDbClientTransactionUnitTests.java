package dev.ddbkit.engine.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.ddbkit.engine.DynamoEngine;
import dev.ddbkit.engine.DynamoManualClock;
import dev.ddbkit.engine.Engines;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionCheck;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.Get;
import software.amazon.awssdk.services.dynamodb.model.IdempotentParameterMismatchException;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItem;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;

import static dev.ddbkit.engine.client.Tables.ORDERS;
import static dev.ddbkit.engine.client.Tables.n;
import static dev.ddbkit.engine.client.Tables.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

// TransactWriteItems applies all of its actions or none; a cancelled transaction lists one
// reason per action in order; no two actions may touch one item; a ClientRequestToken
// makes the call idempotent for 10 minutes and a reuse with other parameters is
// IdempotentParameterMismatchException (API Reference, "TransactWriteItems",
// "TransactGetItems").
class LocalDynamoDbClientTransactionUnitTests {

	private final DynamoManualClock clock = Engines.clock();

	@AutoClose
	private final DynamoEngine engine = Engines.on(this.clock);

	private final DynamoDbClient client = this.engine.client();

	@BeforeEach
	void createTable() {
		Tables.createOrders(this.client);
		this.client.putItem((request) -> request.tableName(ORDERS).item(item("stock", "qty", n("5"))));
	}

	@Test
	void allActionsApplyTogether() {
		this.client.transactWriteItems(TransactWriteItemsRequest.builder()
			.transactItems(decrementStock("1"), putOrder("o1"),
					TransactWriteItem.builder()
						.conditionCheck(ConditionCheck.builder()
							.tableName(ORDERS)
							.key(Tables.key("blocked-customer", "A"))
							.conditionExpression("attribute_not_exists(PK)")
							.build())
						.build())
			.build());
		assertThat(get("stock")).containsEntry("qty", n("4"));
		assertThat(get("o1")).isNotEmpty();
	}

	@Test
	void aFailedConditionCancelsEveryActionWithOneReasonPerAction() {
		assertThatExceptionOfType(TransactionCanceledException.class)
			.isThrownBy(() -> this.client.transactWriteItems(
					TransactWriteItemsRequest.builder().transactItems(putOrder("o1"), decrementStock("9")).build()))
			.withMessageStartingWith(
					"Transaction cancelled, please refer cancellation reasons for specific reasons [None, ConditionalCheckFailed]")
			.satisfies((ex) -> {
				assertThat(ex.cancellationReasons()).extracting(CancellationReason::code)
					.containsExactly("None", "ConditionalCheckFailed");
				assertThat(ex.cancellationReasons().get(1).item()).containsEntry("qty", n("5"));
				assertThat(ex.awsErrorDetails().errorCode()).isEqualTo("TransactionCanceledException");
			});
		assertThat(get("o1")).isEmpty();
		assertThat(get("stock")).containsEntry("qty", n("5"));
	}

	@Test
	void twoActionsOnOneItemAreRejected() {
		assertThatExceptionOfType(DynamoDbException.class)
			.isThrownBy(() -> this.client.transactWriteItems(TransactWriteItemsRequest.builder()
				.transactItems(decrementStock("1"),
						TransactWriteItem.builder()
							.delete(Delete.builder().tableName(ORDERS).key(Tables.key("stock", "A")).build())
							.build())
				.build()))
			.withMessageStartingWith("Transaction request cannot include multiple operations on one item");
	}

	@Test
	void moreThanOneHundredActionsAreRejected() {
		List<TransactWriteItem> actions = new ArrayList<>();
		for (int i = 0; i < 101; i++) {
			actions.add(putOrder("o" + i));
		}
		assertThatExceptionOfType(DynamoDbException.class)
			.isThrownBy(() -> this.client
				.transactWriteItems(TransactWriteItemsRequest.builder().transactItems(actions).build()))
			.withMessageContaining("Member must have length less than or equal to 100");
	}

	@Test
	void aClientRequestTokenMakesTheCallIdempotentForTenMinutes() {
		TransactWriteItemsRequest request = TransactWriteItemsRequest.builder()
			.clientRequestToken("token-1")
			.transactItems(decrementStock("1"))
			.build();
		this.client.transactWriteItems(request);
		this.client.transactWriteItems(request);
		assertThat(get("stock")).containsEntry("qty", n("4"));
		assertThatExceptionOfType(IdempotentParameterMismatchException.class).isThrownBy(
				() -> this.client.transactWriteItems(request.toBuilder().transactItems(decrementStock("2")).build()));
		this.clock.advance(Duration.ofMinutes(10).plusSeconds(1));
		this.client.transactWriteItems(request);
		assertThat(get("stock")).containsEntry("qty", n("3"));
	}

	@Test
	void transactGetReadsEveryItemInOrder() {
		TransactGetItemsResponse response = this.client.transactGetItems((request) -> request.transactItems(
				TransactGetItem.builder()
					.get(Get.builder().tableName(ORDERS).key(Tables.key("stock", "A")).build())
					.build(),
				TransactGetItem.builder()
					.get(Get.builder().tableName(ORDERS).key(Tables.key("none", "A")).build())
					.build()));
		assertThat(response.responses()).hasSize(2);
		assertThat(response.responses().get(0).item()).containsEntry("qty", n("5"));
		assertThat(response.responses().get(1).hasItem()).isFalse();
	}

	private static TransactWriteItem decrementStock(String quantity) {
		return TransactWriteItem.builder()
			.update(Update.builder()
				.tableName(ORDERS)
				.key(Tables.key("stock", "A"))
				.updateExpression("SET qty = qty - :q")
				.conditionExpression("qty >= :q")
				.expressionAttributeValues(Map.of(":q", n(quantity)))
				.returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)
				.build())
			.build();
	}

	private static TransactWriteItem putOrder(String order) {
		return TransactWriteItem.builder()
			.put(Put.builder()
				.tableName(ORDERS)
				.item(item(order, "status", s("NEW")))
				.conditionExpression("attribute_not_exists(PK)")
				.build())
			.build();
	}

	private static Map<String, AttributeValue> item(String pk, String name, AttributeValue value) {
		Map<String, AttributeValue> item = new HashMap<>(Tables.key(pk, "A"));
		item.put(name, value);
		return item;
	}

	private Map<String, AttributeValue> get(String pk) {
		return this.client.getItem((request) -> request.tableName(ORDERS).key(Tables.key(pk, "A"))).item();
	}

}
