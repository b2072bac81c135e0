package dev.ddbkit.it.sdk;

import java.util.List;
import java.util.Map;

import dev.ddbkit.it.backend.DynamoCapability;
import dev.ddbkit.it.backend.EveryBackend;
import dev.ddbkit.it.backend.RequiresCapability;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import static dev.ddbkit.it.sdk.Attributes.item;
import static dev.ddbkit.it.sdk.Attributes.n;
import static dev.ddbkit.it.sdk.Attributes.s;
import static dev.ddbkit.it.sdk.DynamoErrors.assertFails;
import static dev.ddbkit.it.sdk.DynamoErrors.assertValidation;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * TransactWriteItems and TransactGetItems: all-or-nothing writes, cancellation reasons
 * per action, and the one-action-per-item rule (DG "Amazon DynamoDB Transactions"; API
 * TransactWriteItems, TransactGetItems).
 */
@EveryBackend
@RequiresCapability(DynamoCapability.TRANSACTIONS)
class TransactionIntegrationTests {

	private final DynamoDbClient ddb;

	private String table = "";

	TransactionIntegrationTests(DynamoDbClient ddb) {
		this.ddb = ddb;
	}

	@BeforeEach
	void createTableWithStock() {
		this.table = TestTable.hash("pk", ScalarAttributeType.S).create(this.ddb);
		this.ddb.putItem((request) -> request.tableName(this.table).item(item("pk", s("stock"), "left", n(1))));
		this.ddb.putItem((request) -> request.tableName(this.table).item(item("pk", s("obsolete"))));
		this.ddb.putItem((request) -> request.tableName(this.table).item(item("pk", s("shop"), "open", n(1))));
	}

	@Test
	void appliesEveryActionWhenAllConditionsHold() {
		// Put, Update, Delete and ConditionCheck of one transaction take effect together.
		this.ddb.transactWriteItems((request) -> request.transactItems(
				put(item("pk", s("order"), "qty", n(1)), "attribute_not_exists(pk)"), decrementStock(),
				TransactWriteItem.builder()
					.delete((delete) -> delete.tableName(this.table).key(item("pk", s("obsolete"))))
					.build(),
				TransactWriteItem.builder()
					.conditionCheck((check) -> check.tableName(this.table)
						.key(item("pk", s("shop")))
						.conditionExpression("attribute_exists(pk)"))
					.build()));
		assertThat(get("order")).containsEntry("qty", n(1));
		assertThat(get("stock")).containsEntry("left", n(0));
		assertThat(get("obsolete")).isEmpty();
	}

	@Test
	void cancelsEverythingAndGivesAReasonPerAction() {
		// One failed condition cancels the whole transaction:
		// TransactionCanceledException lists a reason per
		// action in order (None for the others), and no action takes effect.
		this.ddb.updateItem((request) -> request.tableName(this.table)
			.key(item("pk", s("stock")))
			.updateExpression("SET #left = :zero")
			.expressionAttributeNames(Map.of("#left", "left"))
			.expressionAttributeValues(Map.of(":zero", n(0))));
		TransactionCanceledException cancelled = assertFails(
				() -> this.ddb.transactWriteItems((request) -> request.transactItems(
						put(item("pk", s("order"), "qty", n(1)), "attribute_not_exists(pk)"),
						TransactWriteItem.builder()
							.update((update) -> update.tableName(this.table)
								.key(item("pk", s("stock")))
								.updateExpression("SET #left = #left - :one")
								.conditionExpression("#left >= :one")
								.expressionAttributeNames(Map.of("#left", "left"))
								.expressionAttributeValues(Map.of(":one", n(1)))
								.returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD))
							.build())),
				TransactionCanceledException.class, "TransactionCanceledException",
				"Transaction cancelled, please refer cancellation reasons for specific reasons "
						+ "[None, ConditionalCheckFailed]");
		assertThat(cancelled.cancellationReasons()).extracting(CancellationReason::code)
			.containsExactly("None", "ConditionalCheckFailed");
		assertThat(cancelled.cancellationReasons().get(1).message()).isEqualTo("The conditional request failed");
		assertThat(cancelled.cancellationReasons().get(1).item()).isEqualTo(item("pk", s("stock"), "left", n(0)));
		assertThat(get("order")).isEmpty();
	}

	@Test
	void rejectsTwoActionsOnOneItem() {
		// A transaction may touch each item only once.
		assertValidation(() -> this.ddb.transactWriteItems(
				(request) -> request.transactItems(put(item("pk", s("stock"), "left", n(5)), null), decrementStock())),
				"Transaction request cannot include multiple operations on one item");
	}

	@Test
	@RequiresCapability(DynamoCapability.TRANSACTION_CONDITION_CHECK_COUNTS_AS_ACTION)
	void rejectsAConditionCheckOnAnItemTheTransactionWrites() {
		// "You can't target the same item with multiple operations within the same
		// transaction" (DG "Amazon
		// DynamoDB Transactions"), a ConditionCheck included.
		assertValidation(
				() -> this.ddb
					.transactWriteItems(
							(request) -> request
								.transactItems(
										TransactWriteItem.builder()
											.delete((delete) -> delete.tableName(this.table)
												.key(item("pk", s("obsolete"))))
											.build(),
										TransactWriteItem.builder()
											.conditionCheck((check) -> check.tableName(this.table)
												.key(item("pk", s("obsolete")))
												.conditionExpression("attribute_exists(pk)"))
											.build())),
				"Transaction request cannot include multiple operations on one item");
		assertThat(get("obsolete")).isNotEmpty();
	}

	@Test
	void readsSeveralItemsInRequestOrder() {
		// TransactGetItems returns one response per request, in request order, empty for
		// a missing item.
		List<ItemResponse> responses = this.ddb.transactGetItems((request) -> request.transactItems(
				TransactGetItem.builder().get((get) -> get.tableName(this.table).key(item("pk", s("stock")))).build(),
				TransactGetItem.builder().get((get) -> get.tableName(this.table).key(item("pk", s("none")))).build(),
				TransactGetItem.builder()
					.get((get) -> get.tableName(this.table).key(item("pk", s("obsolete"))))
					.build()))
			.responses();
		assertThat(responses).hasSize(3);
		assertThat(responses.get(0).item()).isEqualTo(item("pk", s("stock"), "left", n(1)));
		assertThat(responses.get(1).hasItem()).isFalse();
		assertThat(responses.get(2).item()).isEqualTo(item("pk", s("obsolete")));
	}

	private TransactWriteItem put(Map<String, AttributeValue> item, @Nullable String condition) {
		return TransactWriteItem.builder().put((put) -> {
			put.tableName(this.table).item(item);
			if (condition != null) {
				put.conditionExpression(condition);
			}
		}).build();
	}

	private TransactWriteItem decrementStock() {
		return TransactWriteItem.builder()
			.update((update) -> update.tableName(this.table)
				.key(item("pk", s("stock")))
				.updateExpression("SET #left = #left - :one")
				.conditionExpression("#left >= :one")
				.expressionAttributeNames(Map.of("#left", "left"))
				.expressionAttributeValues(Map.of(":one", n(1))))
			.build();
	}

	private Map<String, AttributeValue> get(String pk) {
		return this.ddb.getItem((request) -> request.tableName(this.table).key(item("pk", s(pk))).consistentRead(true))
			.item();
	}

}
