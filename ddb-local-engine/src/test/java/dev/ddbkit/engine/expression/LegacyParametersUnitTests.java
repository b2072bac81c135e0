package dev.ddbkit.engine.expression;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.ddbkit.engine.expression.LegacyParameters.Condition;
import dev.ddbkit.engine.expression.eval.LegacyUpdate.Action;
import dev.ddbkit.engine.value.Item;
import dev.ddbkit.engine.value.Value;
import org.junit.jupiter.api.Test;

import static dev.ddbkit.engine.expression.Items.b;
import static dev.ddbkit.engine.expression.Items.item;
import static dev.ddbkit.engine.expression.Items.l;
import static dev.ddbkit.engine.expression.Items.m;
import static dev.ddbkit.engine.expression.Items.n;
import static dev.ddbkit.engine.expression.Items.ns;
import static dev.ddbkit.engine.expression.Items.s;
import static dev.ddbkit.engine.expression.Items.ss;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LegacyParametersUnitTests {

	private static final Item ORDER = item("pk", s("ORDER#1"), "qty", n("3"), "status", s("SHIPPED"), "tags",
			ss("gift", "express"), "bin", b(1, 2, 3, 4), "entries", l(s("a"), n("7")), "address", m("city", s("Lyon")));

	private static boolean filter(String attribute, String operator, Value... values) {
		return LegacyParameters.filter("ScanFilter", Map.of(attribute, Condition.of(operator, values)), null, Set.of())
			.test(ORDER);
	}

	@Test
	void comparisonOperatorsMatchLikeTheirExpressionCounterparts() {
		// DynamoDB rule: legacy ComparisonOperators; a value of another type never
		// matches.
		assertThat(filter("qty", "EQ", n("3.0"))).isTrue();
		assertThat(filter("qty", "EQ", s("3"))).isFalse();
		assertThat(filter("qty", "NE", s("3"))).isTrue();
		assertThat(filter("absent", "NE", s("3"))).isTrue();
		assertThat(filter("qty", "LT", n("4"))).isTrue();
		assertThat(filter("qty", "LE", n("3"))).isTrue();
		assertThat(filter("qty", "GT", n("3"))).isFalse();
		assertThat(filter("qty", "GE", s("0"))).isFalse();
		assertThat(filter("status", "BEGINS_WITH", s("SHIP"))).isTrue();
		assertThat(filter("qty", "IN", n("1"), n("3"))).isTrue();
		assertThat(filter("qty", "BETWEEN", n("3"), n("4"))).isTrue();
		assertThat(filter("address", "EQ", m("city", s("Lyon")))).isTrue();
	}

	@Test
	void nullAndNotNullTestPresence() {
		// DynamoDB rule: NULL is true when the attribute is missing, NOT_NULL when
		// present.
		assertThat(filter("absent", "NULL")).isTrue();
		assertThat(filter("qty", "NULL")).isFalse();
		assertThat(filter("qty", "NOT_NULL")).isTrue();
	}

	@Test
	void containsFindsSubstringsSubsequencesMembersAndElements() {
		// DynamoDB rule: CONTAINS checks a substring of S, a subsequence of B, a member
		// of a
		// set, an element of a list; NOT_CONTAINS is its negation for present attributes.
		assertThat(filter("status", "CONTAINS", s("IPP"))).isTrue();
		assertThat(filter("bin", "CONTAINS", b(2, 3))).isTrue();
		assertThat(filter("bin", "CONTAINS", b(3, 2))).isFalse();
		assertThat(filter("tags", "CONTAINS", s("gift"))).isTrue();
		assertThat(filter("entries", "CONTAINS", n("7"))).isTrue();
		assertThat(filter("tags", "NOT_CONTAINS", s("other"))).isTrue();
		assertThat(filter("absent", "NOT_CONTAINS", s("other"))).isFalse();
	}

	@Test
	void expectedSupportsTheValueAndExistsForm() {
		// DynamoDB rule: Expected {Value} means equal, {Exists: false} means absent.
		Map<String, Condition> expected = new LinkedHashMap<>();
		expected.put("qty", new Condition(null, null, n("3"), null));
		expected.put("absent", new Condition(null, null, null, false));
		assertThat(LegacyParameters.expected(expected, null).test(ORDER)).isTrue();
		expected.put("status", new Condition(null, null, s("NEW"), true));
		assertThat(LegacyParameters.expected(expected, "AND").test(ORDER)).isFalse();
		assertThat(LegacyParameters.expected(expected, "OR").test(ORDER)).isTrue();
	}

	@Test
	void invalidConditionsAreRejectedWithDynamoDbsMessages() {
		// DynamoDB rule: argument counts and types per ComparisonOperator, and the
		// Value/Exists combinations of ExpectedAttributeValue (texts as DynamoDB
		// Local's).
		String invalid = "One or more parameter values were invalid: ";
		assertExpectedFails(new Condition(null, null, null, null),
				invalid + "Value must be provided when Exists is null for Attribute: a");
		assertExpectedFails(new Condition(null, null, null, true),
				invalid + "Value must be provided when Exists is true for Attribute: a");
		assertExpectedFails(new Condition(null, null, s("a"), false),
				invalid + "Value cannot be used when Exists is false for Attribute: a");
		assertExpectedFails(new Condition(null, List.of(), null, true),
				invalid + "AttributeValueList can only be used with a ComparisonOperator for Attribute: a");
		assertExpectedFails(new Condition("EQ", List.of(), s("a"), null),
				invalid + "Value and AttributeValueList cannot be used together for Attribute: a");
		assertExpectedFails(new Condition("BETWEEN", null, s("a"), null),
				invalid + "Invalid number of argument(s) for the BETWEEN ComparisonOperator");
		assertExpectedFails(Condition.of("NULL", s("a")),
				invalid + "Invalid number of argument(s) for the NULL ComparisonOperator");
		assertExpectedFails(Condition.of("LT", ss("a")),
				invalid + "ComparisonOperator LT is not valid for SS AttributeValue type");
		assertExpectedFails(Condition.of("BEGINS_WITH", n("1")),
				invalid + "ComparisonOperator BEGINS_WITH is not valid for N AttributeValue type");
		assertExpectedFails(Condition.of("BETWEEN", n("5"), n("1")),
				"The BETWEEN condition was provided a range where the lower bound is greater than the upper bound");
		assertExpectedFails(Condition.of("IN", n("5"), s("1")),
				invalid + "AttributeValues inside AttributeValueList must be of same type");
		assertExpectedFails(new Condition("EQ", null, null, null),
				invalid + "Value or AttributeValueList must be used with ComparisonOperator: EQ for Attribute: a");
	}

	private static void assertExpectedFails(Condition condition, String message) {
		assertThatThrownBy(() -> LegacyParameters.expected(Map.of("a", condition), null)).hasMessage(message);
	}

	@Test
	void aQueryFilterMayNotNameKeyAttributes() {
		// DynamoDB rule: a QueryFilter can only contain non-primary key attributes.
		assertThatThrownBy(() -> LegacyParameters.filter("QueryFilter", Map.of("pk", Condition.of("NOT_NULL")), null,
				Set.of("pk")))
			.hasMessage("QueryFilter can only contain non-primary key attributes: Primary key attribute: pk");
	}

	@Test
	void keyConditionsBecomeAKeyCondition() {
		// DynamoDB rule: KeyConditions hold EQ on the partition key and at most one sort
		// key condition (EQ, LE, LT, GE, GT, BEGINS_WITH, BETWEEN).
		Map<String, Condition> conditions = new LinkedHashMap<>();
		conditions.put("PK", Condition.of("EQ", s("C#1")));
		conditions.put("SK", Condition.of("BETWEEN", s("A"), s("B")));
		KeyCondition key = LegacyParameters.keyConditions(conditions, "PK", "SK");
		assertThat(key).isEqualTo(new KeyCondition("PK", s("C#1"), new SortKeyCondition.Between("SK", s("A"), s("B"))));
		conditions.put("SK", Condition.of("CONTAINS", s("A")));
		assertThatThrownBy(() -> LegacyParameters.keyConditions(conditions, "PK", "SK"))
			.hasMessage("Attempted conditional constraint is not an indexable operation");
		assertThatThrownBy(() -> LegacyParameters.keyConditions(Map.of("PK", Condition.of("GT", s("A"))), "PK", "SK"))
			.hasMessage("Query key condition not supported");
		assertThatThrownBy(() -> LegacyParameters.keyConditions(Map.of("SK", Condition.of("EQ", s("A"))), "PK", "SK"))
			.hasMessage("Query condition missed key schema element");
		conditions.put("X", Condition.of("NULL"));
		assertThatThrownBy(() -> LegacyParameters.keyConditions(conditions, "PK", "SK"))
			.hasMessage("Conditions can be of length 1 or 2 only");
	}

	@Test
	void attributeUpdatesPutAddAndDelete() {
		// DynamoDB rule: AttributeValueUpdate PUT sets, ADD adds to numbers, sets and
		// lists,
		// DELETE removes the attribute or set members.
		Map<String, Action> updates = new LinkedHashMap<>();
		updates.put("status", new Action(null, s("NEW")));
		updates.put("qty", new Action("ADD", n("2")));
		updates.put("tags", new Action("DELETE", ss("gift", "express")));
		updates.put("entries", new Action("ADD", l(s("b"))));
		updates.put("bin", new Action("DELETE", null));
		updates.put("ids", new Action("ADD", ns("1")));
		Item updated = LegacyParameters.attributeUpdates(updates).apply(ORDER);
		assertThat(updated).isEqualTo(item("pk", s("ORDER#1"), "qty", n("5"), "status", s("NEW"), "entries",
				l(s("a"), n("7"), s("b")), "address", m("city", s("Lyon")), "ids", ns("1")));
	}

	@Test
	void invalidAttributeUpdatesAreRejected() {
		// DynamoDB rule: PUT and ADD need a value, DELETE's value is a set, ADD takes
		// numbers, sets and lists of the attribute's type.
		String invalid = "One or more parameter values were invalid: ";
		assertUpdateFails("PUT", null, invalid + "Only DELETE action is allowed when no attribute value is specified");
		assertUpdateFails("DELETE", s("1"), invalid + "DELETE action with value is not supported for the type STRING");
		assertUpdateFails("ADD", Value.bool(true), invalid + "ADD action is not supported for the type BOOLEAN");
		assertUpdateFails("ADD", ns("1"), "Type mismatch for attribute to update");
		assertUpdateFails("DELETE", ns("1"), "Type mismatch for attribute to update");
	}

	private static void assertUpdateFails(String action, Value value, String message) {
		assertThatThrownBy(
				() -> LegacyParameters.attributeUpdates(Map.of("tags", new Action(action, value))).apply(ORDER))
			.hasMessage(message);
	}

	@Test
	void attributesToGetProjectsTopLevelAttributesWithoutDuplicates() {
		// DynamoDB rule: AttributesToGet names top-level attributes, each once.
		assertThat(LegacyParameters.attributesToGet(List.of("qty", "absent", "pk")).apply(ORDER))
			.isEqualTo(item("qty", n("3"), "pk", s("ORDER#1")));
		assertThatThrownBy(() -> LegacyParameters.attributesToGet(Arrays.asList("qty", "qty")))
			.hasMessage("Cannot have two attributes with the same name");
	}

}
