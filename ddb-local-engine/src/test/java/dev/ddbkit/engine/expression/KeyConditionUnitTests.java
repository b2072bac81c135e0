package dev.ddbkit.engine.expression;

import java.util.Map;

import dev.ddbkit.engine.value.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.ddbkit.engine.expression.Items.b;
import static dev.ddbkit.engine.expression.Items.n;
import static dev.ddbkit.engine.expression.Items.s;
import static dev.ddbkit.engine.expression.Items.values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KeyConditionUnitTests {

	private static final Map<String, Value> VALUES = values(":pk", s("CUSTOMER#1"), ":a", s("ORDER#2024"), ":b",
			s("ORDER#2025"), ":n", n("5"));

	private static KeyCondition compile(String expression) {
		return new ExpressionCompiler(Map.of("#pk", "PK", "#sk", "SK"), VALUES).keyCondition(expression, "PK", "SK");
	}

	@Test
	void partitionKeyEqualityAloneSelectsTheWholePartition() {
		// DynamoDB rule: a key condition needs partitionKey = :value; the sort key is
		// optional.
		KeyCondition condition = compile("#pk = :pk");
		assertThat(condition.partitionKeyName()).isEqualTo("PK");
		assertThat(condition.partitionValue()).isEqualTo(s("CUSTOMER#1"));
		assertThat(condition.sortKey()).isNull();
		assertThat(condition.matchesSortKey(s("anything"))).isTrue();
	}

	@Test
	void eachSortKeyComparisonBecomesItsCondition() {
		// DynamoDB rule: the sort key takes =, <, <=, >, >=, BETWEEN and begins_with.
		assertThat(compile("#pk = :pk AND #sk = :a").sortKey())
			.isEqualTo(new SortKeyCondition.Equal("SK", s("ORDER#2024")));
		assertThat(compile("#pk = :pk AND #sk < :a").sortKey())
			.isEqualTo(new SortKeyCondition.LessThan("SK", s("ORDER#2024")));
		assertThat(compile("#pk = :pk AND #sk <= :a").sortKey())
			.isEqualTo(new SortKeyCondition.LessThanOrEqual("SK", s("ORDER#2024")));
		assertThat(compile("#pk = :pk AND #sk > :a").sortKey())
			.isEqualTo(new SortKeyCondition.GreaterThan("SK", s("ORDER#2024")));
		assertThat(compile("#pk = :pk AND #sk >= :a").sortKey())
			.isEqualTo(new SortKeyCondition.GreaterThanOrEqual("SK", s("ORDER#2024")));
		assertThat(compile("#sk BETWEEN :a AND :b AND #pk = :pk").sortKey())
			.isEqualTo(new SortKeyCondition.Between("SK", s("ORDER#2024"), s("ORDER#2025")));
		assertThat(compile("#pk = :pk AND begins_with(#sk, :a)").sortKey())
			.isEqualTo(new SortKeyCondition.BeginsWith("SK", s("ORDER#2024")));
	}

	@Test
	void aValueOnTheLeftMirrorsTheComparison() {
		// DynamoDB rule: either operand of a key comparison may be the value.
		assertThat(compile(":pk = #pk AND :a < #sk").sortKey())
			.isEqualTo(new SortKeyCondition.GreaterThan("SK", s("ORDER#2024")));
	}

	@Test
	void sortKeyConditionsMatchLikeTheirComparisons() {
		// DynamoDB rule: sort keys order as S by UTF-8 bytes, N numerically, B by
		// unsigned
		// bytes; BETWEEN is inclusive; begins_with applies to S and B.
		KeyCondition between = compile("#pk = :pk AND #sk BETWEEN :a AND :b");
		assertThat(between.matchesSortKey(s("ORDER#2024"))).isTrue();
		assertThat(between.matchesSortKey(s("ORDER#2024-05"))).isTrue();
		assertThat(between.matchesSortKey(s("ORDER#2026"))).isFalse();
		assertThat(between.matchesSortKey(n("5"))).isFalse();
		assertThat(between.matchesSortKey(null)).isFalse();
		assertThat(new SortKeyCondition.LessThan("SK", n("10")).matches(n("9.5"))).isTrue();
		assertThat(new SortKeyCondition.BeginsWith("SK", b(1)).matches(b(1, 2))).isTrue();
		assertThat(new SortKeyCondition.BeginsWith("SK", s("ORDER#")).matches(s("ORDER#1"))).isTrue();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '"',
			textBlock = """
					"#pk = :pk OR #sk = :a" | Invalid operator used in KeyConditionExpression: OR
					"NOT #pk = :pk" | Invalid operator used in KeyConditionExpression: NOT
					"#pk = :pk AND #sk IN (:a, :b)" | Invalid operator used in KeyConditionExpression: IN
					"#pk = :pk AND #sk <> :a" | Invalid operator used in KeyConditionExpression: <>
					"#pk = :pk AND contains(#sk, :a)" | Invalid operator used in KeyConditionExpression: contains
					"#pk = :pk AND attribute_exists(#sk)" | Invalid operator used in KeyConditionExpression: attribute_exists
					"#pk = :pk AND size(#sk) > :n" | KeyConditionExpressions cannot contain nested operations
					"#pk = :pk AND extra.x = :a" | KeyConditionExpressions cannot have conditions on nested attributes
					"#pk = :pk AND #sk.x = :a" | Key attributes must be scalars; list random access '[]' and map lookup '.' are not allowed: Key: SK
					"#pk = :pk AND #sk = #pk" | Invalid condition in KeyConditionExpression: Multiple attribute names used in one condition
					"#pk = :pk AND :a = :b" | Invalid condition in KeyConditionExpression: No key attribute specified
					"#pk = :pk AND :a BETWEEN #sk AND :b" | Invalid condition in KeyConditionExpression: BETWEEN operator must have the key attribute as its first operand
					"#pk = :pk AND begins_with(:a, #sk)" | Invalid condition in KeyConditionExpression: begins_with operator must have the key attribute as its first operand
					"#pk = :pk AND #pk = :pk" | KeyConditionExpressions must only contain one condition per key
					"#pk = :pk AND #sk = :a AND extra = :a" | Conditions can be of length 1 or 2 only
					"#pk > :pk" | Query key condition not supported
					"extra = :a AND #pk > :pk" | Query key condition not supported
					"begins_with(#pk, :pk)" | Query key condition not supported
					"#pk = :pk AND extra = :a" | Query condition missed key schema element
					"#sk = :a" | Query condition missed key schema element
					""")
	void unsupportedKeyConditionsAreRejectedWithDynamoDbsMessages(String expression, String message) {
		// DynamoDB rule: a key condition is partition key equality AND at most one sort
		// key
		// condition on top-level key attributes.
		Map<String, Value> values = values(":pk", s("CUSTOMER#1"), ":a", s("ORDER#2024"), ":b", s("ORDER#2025"), ":n",
				n("5"));
		ExpressionCompiler compiler = new ExpressionCompiler(Map.of("#pk", "PK", "#sk", "SK"), values);
		assertThatThrownBy(() -> compiler.keyCondition(expression, "PK", "SK")).hasMessage(message);
	}

	@Test
	void keyConditionSyntaxErrorsNameTheKeyConditionExpression() {
		// DynamoDB rule: parse errors carry the parameter name KeyConditionExpression.
		assertThatThrownBy(() -> compile("#pk = "))
			.hasMessage("Invalid KeyConditionExpression: Syntax error; token: \"<EOF>\", near: \"= \"");
		assertThatThrownBy(() -> compile("#pk = :pk AND begins_with(#sk, :n)"))
			.hasMessage("Invalid KeyConditionExpression: Incorrect operand type for operator or function; "
					+ "operator or function: begins_with, operand type: N");
	}

}
