package dev.ddbkit.it.sdk;

import java.util.List;
import java.util.Map;

import dev.ddbkit.it.backend.DynamoCapability;
import dev.ddbkit.it.backend.EveryBackend;
import dev.ddbkit.it.backend.RequiresCapability;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeAction;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.AttributeValueUpdate;
import software.amazon.awssdk.services.dynamodb.model.ComparisonOperator;
import software.amazon.awssdk.services.dynamodb.model.Condition;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ExpectedAttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

import static dev.ddbkit.it.sdk.Attributes.item;
import static dev.ddbkit.it.sdk.Attributes.n;
import static dev.ddbkit.it.sdk.Attributes.s;
import static dev.ddbkit.it.sdk.DynamoErrors.assertFails;
import static dev.ddbkit.it.sdk.DynamoErrors.assertValidation;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The legacy (pre-expression) parameters older clients still send: KeyConditions,
 * QueryFilter, AttributesToGet, Expected and AttributeUpdates (API Reference "Legacy
 * conditional parameters").
 */
@EveryBackend
@RequiresCapability(DynamoCapability.LEGACY_PARAMETERS)
class LegacyParametersIntegrationTests {

	private final DynamoDbClient ddb;

	private String table = "";

	LegacyParametersIntegrationTests(DynamoDbClient ddb) {
		this.ddb = ddb;
	}

	@BeforeEach
	void createTable() {
		this.table = TestTable.hash("pk", ScalarAttributeType.S).range("sk", ScalarAttributeType.N).create(this.ddb);
		for (int i = 0; i < 5; i++) {
			int sk = i;
			this.ddb.putItem((request) -> request.tableName(this.table)
				.item(item("pk", s("p"), "sk", n(sk), "color", s((sk % 2 == 0) ? "red" : "blue"), "extra", s("x"))));
		}
	}

	@Test
	void queriesWithKeyConditionsQueryFilterAndAttributesToGet() {
		// KeyConditions and QueryFilter select like their expression counterparts;
		// AttributesToGet projects.
		QueryResponse response = this.ddb.query((request) -> request.tableName(this.table)
			.keyConditions(Map.of("pk", condition(ComparisonOperator.EQ, s("p")), "sk",
					condition(ComparisonOperator.BETWEEN, n(1), n(4))))
			.queryFilter(Map.of("color", condition(ComparisonOperator.EQ, s("red"))))
			.attributesToGet("sk", "color"));
		assertThat(response.items()).containsExactly(item("sk", n(2), "color", s("red")),
				item("sk", n(4), "color", s("red")));
		assertThat(response.scannedCount()).isEqualTo(4);
	}

	@Test
	void checksExpectedValuesOnWrites() {
		// Expected is the legacy ConditionExpression: a mismatch fails the write.
		assertFails(
				() -> this.ddb.putItem((request) -> request.tableName(this.table)
					.item(item("pk", s("p"), "sk", n(0)))
					.expected(Map.of("color", ExpectedAttributeValue.builder().value(s("blue")).build()))),
				ConditionalCheckFailedException.class, "ConditionalCheckFailedException",
				"The conditional request failed");
		this.ddb.putItem((request) -> request.tableName(this.table)
			.item(item("pk", s("p"), "sk", n(9)))
			.expected(Map.of("pk", ExpectedAttributeValue.builder().exists(false).build())));
		assertThat(this.ddb.getItem((request) -> request.tableName(this.table).key(item("pk", s("p"), "sk", n(9))))
			.hasItem()).isTrue();
	}

	@Test
	void updatesWithAttributeUpdates() {
		// AttributeUpdates PUT, ADD and DELETE are the legacy update actions.
		Map<String, AttributeValue> updated = this.ddb
			.updateItem((request) -> request.tableName(this.table)
				.key(item("pk", s("p"), "sk", n(1)))
				.attributeUpdates(Map.of("color", update(AttributeAction.PUT, s("green")), "hits",
						update(AttributeAction.ADD, n(2)), "extra",
						AttributeValueUpdate.builder().action(AttributeAction.DELETE).build()))
				.returnValues(ReturnValue.ALL_NEW))
			.attributes();
		assertThat(updated).isEqualTo(item("pk", s("p"), "sk", n(1), "color", s("green"), "hits", n(2)));
	}

	@Test
	@RequiresCapability(DynamoCapability.REJECTS_MIXED_PARAMETER_STYLES)
	void rejectsMixingLegacyParametersWithExpressions() {
		// "DynamoDB does not allow mixing legacy conditional parameters and expression
		// parameters in a single call"
		// (DG "Legacy conditional parameters"); the message is the service's.
		assertValidation(
				() -> this.ddb.query((request) -> request.tableName(this.table)
					.keyConditions(Map.of("pk", condition(ComparisonOperator.EQ, s("p"))))
					.filterExpression("color = :c")
					.expressionAttributeValues(Map.of(":c", s("red")))),
				"Can not use both expression and non-expression parameters in the same request: "
						+ "Non-expression parameters: {KeyConditions} Expression parameters: {FilterExpression}");
	}

	private static Condition condition(ComparisonOperator operator, AttributeValue... values) {
		return Condition.builder().comparisonOperator(operator).attributeValueList(List.of(values)).build();
	}

	private static AttributeValueUpdate update(AttributeAction action, AttributeValue value) {
		return AttributeValueUpdate.builder().action(action).value(value).build();
	}

}
