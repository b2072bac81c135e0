package dev.ddbkit.it.sdk;

import java.util.Map;

import dev.ddbkit.it.backend.DynamoCapability;
import dev.ddbkit.it.backend.EveryBackend;
import dev.ddbkit.it.backend.RequiresCapability;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

import static dev.ddbkit.it.sdk.Attributes.item;
import static dev.ddbkit.it.sdk.Attributes.n;
import static dev.ddbkit.it.sdk.Attributes.s;
import static dev.ddbkit.it.sdk.DynamoErrors.assertFails;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * ConditionExpression on PutItem, UpdateItem and DeleteItem (DG "Condition expressions";
 * API PutItem "ReturnValuesOnConditionCheckFailure").
 */
@EveryBackend
class ConditionalWriteIntegrationTests {

	private static final String FAILED = "The conditional request failed";

	private final DynamoDbClient ddb;

	private String table = "";

	ConditionalWriteIntegrationTests(DynamoDbClient ddb) {
		this.ddb = ddb;
	}

	@BeforeEach
	void createTableWithOneItem() {
		this.table = TestTable.hash("pk", ScalarAttributeType.S).create(this.ddb);
		this.ddb.putItem((request) -> request.tableName(this.table).item(item("pk", s("a"), "version", n(1))));
	}

	@Test
	void refusesToOverwriteWhenTheItemMustNotExist() {
		// attribute_not_exists(pk) on an existing item fails with
		// ConditionalCheckFailedException and writes
		// nothing.
		assertFails(
				() -> this.ddb.putItem((request) -> request.tableName(this.table)
					.item(item("pk", s("a"), "version", n(9)))
					.conditionExpression("attribute_not_exists(pk)")),
				ConditionalCheckFailedException.class, "ConditionalCheckFailedException", FAILED);
		assertThat(version("a")).isEqualTo("1");
	}

	@Test
	void writesWhenTheConditionHolds() {
		// A condition that holds lets the write through; on a missing item
		// attribute_not_exists holds.
		this.ddb.putItem((request) -> request.tableName(this.table)
			.item(item("pk", s("b"), "version", n(1)))
			.conditionExpression("attribute_not_exists(pk)"));
		this.ddb.putItem((request) -> request.tableName(this.table)
			.item(item("pk", s("a"), "version", n(2)))
			.conditionExpression("version = :expected")
			.expressionAttributeValues(Map.of(":expected", n(1))));
		assertThat(version("a")).isEqualTo("2");
		assertThat(version("b")).isEqualTo("1");
	}

	@Test
	void checksVersionsOnUpdateAndDelete() {
		// A stale version fails an UpdateItem or DeleteItem condition; the item stays as
		// it was.
		assertFails(
				() -> this.ddb.updateItem((request) -> request.tableName(this.table)
					.key(item("pk", s("a")))
					.updateExpression("SET version = :next")
					.conditionExpression("version = :expected")
					.expressionAttributeValues(Map.of(":next", n(3), ":expected", n(2)))),
				ConditionalCheckFailedException.class, "ConditionalCheckFailedException", FAILED);
		assertFails(
				() -> this.ddb.deleteItem((request) -> request.tableName(this.table)
					.key(item("pk", s("a")))
					.conditionExpression("version = :expected")
					.expressionAttributeValues(Map.of(":expected", n(2)))),
				ConditionalCheckFailedException.class, "ConditionalCheckFailedException", FAILED);
		assertThat(version("a")).isEqualTo("1");
	}

	@Test
	void failsAConditionOnAMissingItemThatNeedsAnAttribute() {
		// On a missing item every attribute is absent, so a comparison is false and
		// attribute_exists fails.
		assertFails(
				() -> this.ddb.updateItem((request) -> request.tableName(this.table)
					.key(item("pk", s("ghost")))
					.updateExpression("SET version = :v")
					.conditionExpression("attribute_exists(pk)")
					.expressionAttributeValues(Map.of(":v", n(1)))),
				ConditionalCheckFailedException.class, "ConditionalCheckFailedException", FAILED);
		assertThat(this.ddb.getItem((request) -> request.tableName(this.table).key(item("pk", s("ghost")))).hasItem())
			.isFalse();
	}

	@Test
	@RequiresCapability(DynamoCapability.RETURN_VALUES_ON_CONDITION_CHECK_FAILURE)
	void returnsTheCurrentItemWithTheFailureWhenAsked() {
		// ReturnValuesOnConditionCheckFailure=ALL_OLD puts the item as it is into the
		// exception's Item.
		ConditionalCheckFailedException failure = assertFails(
				() -> this.ddb.putItem((request) -> request.tableName(this.table)
					.item(item("pk", s("a"), "version", n(5)))
					.conditionExpression("version = :expected")
					.expressionAttributeValues(Map.of(":expected", n(4)))
					.returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)),
				ConditionalCheckFailedException.class, "ConditionalCheckFailedException", FAILED);
		assertThat(failure.item()).isEqualTo(item("pk", s("a"), "version", n(1)));
		ConditionalCheckFailedException silent = assertFails(
				() -> this.ddb.putItem((request) -> request.tableName(this.table)
					.item(item("pk", s("a"), "version", n(5)))
					.conditionExpression("version = :expected")
					.expressionAttributeValues(Map.of(":expected", n(4)))),
				ConditionalCheckFailedException.class, "ConditionalCheckFailedException", FAILED);
		assertThat(silent.hasItem()).isFalse();
	}

	@Test
	void evaluatesFunctionsAndBooleanOperatorsInConditions() {
		// Conditions combine comparisons and functions with AND, OR, NOT and parentheses.
		this.ddb.putItem((request) -> request.tableName(this.table)
			.item(item("pk", s("c"), "name", s("order-42"), "tags",
					software.amazon.awssdk.services.dynamodb.model.AttributeValue
						.fromSs(java.util.List.of("x", "y")))));
		this.ddb.updateItem((request) -> request.tableName(this.table)
			.key(item("pk", s("c")))
			.updateExpression("SET checked = :t")
			.conditionExpression(
					"begins_with(#n, :prefix) AND contains(tags, :tag) AND (size(tags) = :two OR NOT attribute_exists(pk))"
							+ " AND attribute_type(#n, :string) AND #n IN (:a, :b, :order)")
			.expressionAttributeNames(Map.of("#n", "name"))
			.expressionAttributeValues(Map.of(":prefix", s("order-"), ":tag", s("y"), ":two", n(2), ":t", s("yes"),
					":string", s("S"), ":a", s("a"), ":b", s("b"), ":order", s("order-42")))
			.returnValues(ReturnValue.NONE));
		assertThat(this.ddb.getItem((request) -> request.tableName(this.table).key(item("pk", s("c"))))
			.item()
			.get("checked")).isEqualTo(s("yes"));
	}

	private String version(String pk) {
		return this.ddb.getItem((request) -> request.tableName(this.table).key(item("pk", s(pk))).consistentRead(true))
			.item()
			.get("version")
			.n();
	}

}
