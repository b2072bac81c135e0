package dev.ddbkit.engine.client;

import java.util.List;
import java.util.Map;

import dev.ddbkit.engine.DynamoEngine;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeAction;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.AttributeValueUpdate;
import software.amazon.awssdk.services.dynamodb.model.ComparisonOperator;
import software.amazon.awssdk.services.dynamodb.model.Condition;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ConditionalOperator;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ExpectedAttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

import static dev.ddbkit.engine.client.Tables.n;
import static dev.ddbkit.engine.client.Tables.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

// Older clients send the legacy parameters (KeyConditions, QueryFilter, ScanFilter,
// Expected, ConditionalOperator, AttributeUpdates, AttributesToGet); DynamoDB still
// honours them, and rejects a request that mixes them with expressions (Developer Guide,
// "Legacy conditional parameters").
class LocalDynamoDbClientLegacyParametersUnitTests {

	@AutoClose
	private final DynamoEngine engine = DynamoEngine.create();

	private final DynamoDbClient client = this.engine.client();

	@BeforeEach
	void fill() {
		Tables.createSorted(this.client, "Numbers", ScalarAttributeType.N);
		for (int i = 1; i <= 6; i++) {
			int sk = i;
			this.client.putItem((request) -> request.tableName("Numbers")
				.item(Map.of("PK", s("p"), "SK", n(Integer.toString(sk)), "even", AttributeValue.fromBool(sk % 2 == 0),
						"label", s("item" + sk))));
		}
	}

	@Test
	void keyConditionsQueryFilterAndAttributesToGetWork() {
		QueryResponse response = this.client.query((request) -> request.tableName("Numbers")
			.keyConditions(Map.of("PK", condition(ComparisonOperator.EQ, s("p")), "SK",
					condition(ComparisonOperator.BETWEEN, n("2"), n("5"))))
			.queryFilter(Map.of("even", condition(ComparisonOperator.EQ, AttributeValue.fromBool(true))))
			.attributesToGet("SK", "label"));
		assertThat(response.scannedCount()).isEqualTo(4);
		assertThat(response.items()).containsExactly(Map.of("SK", n("2"), "label", s("item2")),
				Map.of("SK", n("4"), "label", s("item4")));
	}

	@Test
	void scanFilterJoinsConditionsWithConditionalOperator() {
		assertThat(this.client
			.scan((request) -> request.tableName("Numbers")
				.scanFilter(Map.of("SK", condition(ComparisonOperator.IN, n("1"), n("3")), "label",
						condition(ComparisonOperator.BEGINS_WITH, s("item6"))))
				.conditionalOperator(ConditionalOperator.OR))
			.count()).isEqualTo(3);
	}

	@Test
	void expectedGuardsWritesAndAttributeUpdatesEditItems() {
		Map<String, AttributeValue> key = Map.of("PK", s("p"), "SK", n("1"));
		assertThatExceptionOfType(ConditionalCheckFailedException.class)
			.isThrownBy(() -> this.client.putItem((request) -> request.tableName("Numbers")
				.item(key)
				.expected(Map.of("PK", ExpectedAttributeValue.builder().exists(false).build()))));
		this.client
			.updateItem((request) -> request.tableName("Numbers")
				.key(key)
				.attributeUpdates(Map.of("count",
						AttributeValueUpdate.builder().action(AttributeAction.ADD).value(n("5")).build(), "label",
						AttributeValueUpdate.builder().action(AttributeAction.DELETE).build(), "tags",
						AttributeValueUpdate.builder().value(AttributeValue.fromSs(List.of("a"))).build()))
				.expected(Map.of("label", ExpectedAttributeValue.builder().value(s("item1")).build())));
		Map<String, AttributeValue> item = this.client.getItem((request) -> request.tableName("Numbers").key(key))
			.item();
		assertThat(item).containsEntry("count", n("5"))
			.containsEntry("tags", AttributeValue.fromSs(List.of("a")))
			.doesNotContainKey("label");
	}

	@Test
	void mixingLegacyParametersAndExpressionsIsRejected() {
		assertThatExceptionOfType(DynamoDbException.class)
			.isThrownBy(() -> this.client.query((request) -> request.tableName("Numbers")
				.keyConditions(Map.of("PK", condition(ComparisonOperator.EQ, s("p"))))
				.filterExpression("even = :t")
				.expressionAttributeValues(Map.of(":t", AttributeValue.fromBool(true)))))
			.withMessageStartingWith(
					"Can not use both expression and non-expression parameters in the same request: Non-expression parameters: {KeyConditions} Expression parameters: {ExpressionAttributeValues, FilterExpression}");
	}

	@Test
	void aComparisonWithTheWrongNumberOfArgumentsIsRejected() {
		assertThatExceptionOfType(DynamoDbException.class)
			.isThrownBy(() -> this.client.scan((request) -> request.tableName("Numbers")
				.scanFilter(Map.of("SK", condition(ComparisonOperator.EQ, n("1"), n("2"))))))
			.withMessageStartingWith(
					"One or more parameter values were invalid: Invalid number of argument(s) for the EQ ComparisonOperator");
	}

	@Test
	void notContainsIsFalseForAMissingAttribute() {
		// Legacy NOT_CONTAINS holds only when the attribute exists and does not contain
		// the value; on a missing attribute it is false (API Reference, "Condition":
		// NOT_CONTAINS "checks for absence of a subsequence ... in a set"; DynamoDB
		// Local answers false), unlike the expression NOT contains(a, :v).
		assertThat(this.client
			.scan((request) -> request.tableName("Numbers")
				.scanFilter(Map.of("missing", condition(ComparisonOperator.NOT_CONTAINS, s("x")))))
			.count()).isZero();
		assertThat(this.client
			.scan((request) -> request.tableName("Numbers")
				.scanFilter(Map.of("label", condition(ComparisonOperator.NOT_CONTAINS, s("item1")))))
			.count()).isEqualTo(5);
	}

	@Test
	void aLegacyQueryFilterMayNotNameAKeyAttribute() {
		assertThatExceptionOfType(DynamoDbException.class)
			.isThrownBy(() -> this.client.query((request) -> request.tableName("Numbers")
				.keyConditions(Map.of("PK", condition(ComparisonOperator.EQ, s("p"))))
				.queryFilter(Map.of("SK", condition(ComparisonOperator.EQ, n("1"))))))
			.withMessageStartingWith(
					"QueryFilter can only contain non-primary key attributes: Primary key attribute: SK");
	}

	private static Condition condition(ComparisonOperator operator, AttributeValue... values) {
		return Condition.builder().comparisonOperator(operator).attributeValueList(values).build();
	}

}
