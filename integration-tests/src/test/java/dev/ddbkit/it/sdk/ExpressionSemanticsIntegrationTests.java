package dev.ddbkit.it.sdk;

import java.util.List;
import java.util.Map;

import dev.ddbkit.it.backend.EveryBackend;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

import static dev.ddbkit.it.sdk.Attributes.b;
import static dev.ddbkit.it.sdk.Attributes.item;
import static dev.ddbkit.it.sdk.Attributes.n;
import static dev.ddbkit.it.sdk.Attributes.s;
import static dev.ddbkit.it.sdk.DynamoErrors.assertValidation;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Expression semantics beyond the basics: nested document paths, functions on every type,
 * comparisons across types, and type errors in updates (DG "Expressions", "Comparison
 * operator and function reference", "Update expressions").
 */
@EveryBackend
class ExpressionSemanticsIntegrationTests {

	private final DynamoDbClient ddb;

	private String table = "";

	ExpressionSemanticsIntegrationTests(DynamoDbClient ddb) {
		this.ddb = ddb;
	}

	@BeforeEach
	void createTable() {
		this.table = TestTable.hash("pk", ScalarAttributeType.S).create(this.ddb);
		this.ddb.putItem((request) -> request.tableName(this.table)
			.item(item("pk", s("doc"), "text", s("h\u00e9llo"), "bytes", b(1, 2, 3), "num", n(5), "flag",
					AttributeValue.fromBool(false), "none", AttributeValue.fromNul(true), "tags",
					AttributeValue.fromSs(List.of("a", "b")), "nums", AttributeValue.fromNs(List.of("1", "2", "3")),
					"order",
					AttributeValue.fromM(Map.of("orderLines",
							AttributeValue.fromL(List.of(AttributeValue.fromM(Map.of("sku", s("A"), "qty", n(1))),
									AttributeValue.fromM(Map.of("sku", s("B"), "qty", n(2))))))))));
	}

	@Test
	void updatesAndReadsNestedDocumentPaths() {
		// SET and REMOVE reach into maps and lists; ProjectionExpression returns just the
		// named elements.
		this.ddb.updateItem((request) -> request.tableName(this.table)
			.key(item("pk", s("doc")))
			.updateExpression(
					"SET #o.orderLines[1].qty = #o.orderLines[1].qty + :one, #o.note = :note REMOVE #o.orderLines[0].sku")
			.expressionAttributeNames(Map.of("#o", "order"))
			.expressionAttributeValues(Map.of(":one", n(1), ":note", s("gift"))));
		Map<String, AttributeValue> projected = this.ddb
			.getItem((request) -> request.tableName(this.table)
				.key(item("pk", s("doc")))
				.projectionExpression("#o.orderLines[1].qty, #o.orderLines[0], #o.note")
				.expressionAttributeNames(Map.of("#o", "order")))
			.item();
		assertThat(projected).isEqualTo(item("order",
				AttributeValue.fromM(Map.of("orderLines", AttributeValue.fromL(
						List.of(AttributeValue.fromM(Map.of("qty", n(1))), AttributeValue.fromM(Map.of("qty", n(3))))),
						"note", s("gift")))));
	}

	@Test
	void measuresSizesAndTypesOfEveryKindOfValue() {
		// size() counts the characters of S ("h\u00e9llo" is 5; DynamoDB Local and the
		// engine agree), the bytes of B
		// and the elements of sets, lists and maps; attribute_type matches the type
		// descriptor.
		Map<String, Integer> sizes = Map.of("#text", 5, "#bytes", 3, "tags", 2, "nums", 3, "#order", 1,
				"#order.orderLines", 2);
		sizes.forEach((path, size) -> assertThat(matches("size(" + path + ") = :n", Map.of(":n", n(size))))
			.as("size(" + path + ") = " + size)
			.isTrue());
		Map<String, String> types = Map.of("#flag", "BOOL", "#none", "NULL", "nums", "NS", "tags", "SS", "#order", "M",
				"#order.orderLines", "L", "#bytes", "B", "#text", "S", "#num", "N");
		types.forEach((path, type) -> assertThat(matches("attribute_type(" + path + ", :t)", Map.of(":t", s(type))))
			.as(path + " is " + type)
			.isTrue());
	}

	@Test
	void comparesOnlyValuesOfTheSameType() {
		// A comparison between different types is false (not an error), and <> between
		// them is true.
		assertThat(matches("#num < :text", Map.of(":text", s("9")))).isFalse();
		assertThat(matches("#num > :text", Map.of(":text", s("9")))).isFalse();
		assertThat(matches("#num <> :text", Map.of(":text", s("5")))).isTrue();
		assertThat(matches("contains(tags, :a) AND contains(#text, :ll) AND NOT contains(nums, :nine)",
				Map.of(":a", s("a"), ":ll", s("ll"), ":nine", n(9))))
			.isTrue();
		assertThat(matches("#num BETWEEN :lo AND :hi AND #num IN (:lo, :five)",
				Map.of(":lo", n(1), ":hi", n(10), ":five", n(5))))
			.isTrue();
	}

	@Test
	void rejectsArithmeticOnAString() {
		// + and - need numbers; ADD needs a number or a set.
		assertValidation(
				() -> this.ddb.updateItem((request) -> request.tableName(this.table)
					.key(item("pk", s("doc")))
					.updateExpression("SET #text = #text + :one")
					.expressionAttributeNames(Map.of("#text", "text"))
					.expressionAttributeValues(Map.of(":one", n(1)))),
				"An operand in the update expression has an incorrect data type");
		assertValidation(
				() -> this.ddb.updateItem((request) -> request.tableName(this.table)
					.key(item("pk", s("doc")))
					.updateExpression("ADD #text :one")
					.expressionAttributeNames(Map.of("#text", "text"))
					.expressionAttributeValues(Map.of(":one", n(1)))),
				"An operand in the update expression has an incorrect data type");
	}

	@Test
	void returnsTheOldNestedValuesOfAnUpdate() {
		// UPDATED_OLD of a nested SET returns the whole top-level attribute as it was
		// (DynamoDB Local and the engine agree).
		Map<String, AttributeValue> old = this.ddb
			.updateItem((request) -> request.tableName(this.table)
				.key(item("pk", s("doc")))
				.updateExpression("SET #o.orderLines[0].qty = :ten")
				.expressionAttributeNames(Map.of("#o", "order"))
				.expressionAttributeValues(Map.of(":ten", n(10)))
				.returnValues(ReturnValue.UPDATED_OLD))
			.attributes();
		assertThat(old).isEqualTo(item("order",
				AttributeValue.fromM(Map.of("orderLines",
						AttributeValue.fromL(List.of(AttributeValue.fromM(Map.of("sku", s("A"), "qty", n(1))),
								AttributeValue.fromM(Map.of("sku", s("B"), "qty", n(2)))))))));
	}

	private boolean matches(String filter, Map<String, AttributeValue> values) {
		Map<String, String> names = new java.util.HashMap<>();
		for (String name : List.of("text", "bytes", "num", "flag", "none", "order")) {
			if (filter.contains("#" + name)) {
				names.put("#" + name, name);
			}
		}
		ScanResponse response = this.ddb.scan((request) -> {
			request.tableName(this.table).filterExpression(filter).expressionAttributeValues(values);
			if (!names.isEmpty()) {
				request.expressionAttributeNames(names);
			}
		});
		return response.count() == 1;
	}

}
