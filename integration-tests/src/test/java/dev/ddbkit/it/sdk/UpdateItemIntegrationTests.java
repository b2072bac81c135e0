package dev.ddbkit.it.sdk;

import java.util.List;
import java.util.Map;

import dev.ddbkit.it.backend.DynamoCapability;
import dev.ddbkit.it.backend.EveryBackend;
import dev.ddbkit.it.backend.RequiresCapability;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

import static dev.ddbkit.it.sdk.Attributes.item;
import static dev.ddbkit.it.sdk.Attributes.n;
import static dev.ddbkit.it.sdk.Attributes.s;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * UpdateItem with SET, REMOVE, ADD and DELETE and every ReturnValues option (API
 * UpdateItem; DG "Update expressions").
 */
@EveryBackend
class UpdateItemIntegrationTests {

	private final DynamoDbClient ddb;

	private String table = "";

	UpdateItemIntegrationTests(DynamoDbClient ddb) {
		this.ddb = ddb;
	}

	@BeforeEach
	void createTableWithOneItem() {
		this.table = TestTable.hash("pk", ScalarAttributeType.S).create(this.ddb);
		this.ddb.putItem((request) -> request.tableName(this.table)
			.item(item("pk", s("a"), "count", n(5), "name", s("old"), "gone", s("bye"), "letters",
					AttributeValue.fromL(List.of(s("x"), s("y"), s("z"))))));
	}

	@Test
	void setsAndRemovesAttributesReturningTheNewItem() {
		// SET assigns (with + and - arithmetic), REMOVE deletes attributes and list
		// elements; ALL_NEW returns the
		// whole item after the update.
		UpdateItemResponse response = update("SET #name = :name, #count = #count + :one REMOVE gone, letters[1]",
				Map.of(":name", s("new"), ":one", n(1)), ReturnValue.ALL_NEW);
		assertThat(response.attributes()).isEqualTo(item("pk", s("a"), "count", n(6), "name", s("new"), "letters",
				AttributeValue.fromL(List.of(s("x"), s("z")))));
	}

	@Test
	void returnsOnlyTheUpdatedAttributesWhenAsked() {
		// UPDATED_OLD returns the changed attributes as they were, UPDATED_NEW as they
		// are; ALL_OLD the whole old item.
		UpdateItemResponse old = update("SET #count = :ten", Map.of(":ten", n(10)), ReturnValue.UPDATED_OLD);
		assertThat(old.attributes()).isEqualTo(item("count", n(5)));
		UpdateItemResponse updated = update("SET #count = :eleven, added = :v", Map.of(":eleven", n(11), ":v", s("v")),
				ReturnValue.UPDATED_NEW);
		assertThat(updated.attributes()).isEqualTo(item("count", n(11), "added", s("v")));
		UpdateItemResponse allOld = update("SET #count = :twelve", Map.of(":twelve", n(12)), ReturnValue.ALL_OLD);
		assertThat(allOld.attributes()).containsEntry("count", n(11)).containsEntry("added", s("v"));
		UpdateItemResponse none = update("SET #count = :thirteen", Map.of(":thirteen", n(13)), ReturnValue.NONE);
		assertThat(none.hasAttributes()).isFalse();
	}

	@Test
	void appliesIfNotExistsAndListAppend() {
		// if_not_exists keeps an existing value; list_append concatenates lists in the
		// given order.
		UpdateItemResponse response = update(
				"SET #name = if_not_exists(#name, :fallback), fresh = if_not_exists(fresh, :fallback), "
						+ "letters = list_append(:head, letters)",
				Map.of(":fallback", s("fallback"), ":head", AttributeValue.fromL(List.of(s("w")))),
				ReturnValue.ALL_NEW);
		assertThat(response.attributes()).containsEntry("name", s("old"))
			.containsEntry("fresh", s("fallback"))
			.containsEntry("letters", AttributeValue.fromL(List.of(s("w"), s("x"), s("y"), s("z"))));
	}

	@Test
	@RequiresCapability(DynamoCapability.UPDATED_RETURN_VALUES_LIST_EVERY_SET_PATH)
	void listsEverySetAttributeAsUpdatedEvenWhenItsValueStays() {
		// UPDATED_NEW returns the attributes the update expression sets, including one
		// whose if_not_exists kept
		// the value.
		UpdateItemResponse response = update(
				"SET #name = if_not_exists(#name, :fallback), fresh = if_not_exists(fresh, :fallback)",
				Map.of(":fallback", s("fallback")), ReturnValue.UPDATED_NEW);
		assertThat(response.attributes()).isEqualTo(item("name", s("old"), "fresh", s("fallback")));
	}

	@Test
	void createsTheItemWhenUpdatingAMissingKey() {
		// UpdateItem on a missing key creates the item with the key attributes and the
		// updates.
		UpdateItemResponse response = this.ddb.updateItem((request) -> request.tableName(this.table)
			.key(item("pk", s("new")))
			.updateExpression("SET greeting = :hi")
			.expressionAttributeValues(Map.of(":hi", s("hello")))
			.returnValues(ReturnValue.ALL_NEW));
		assertThat(response.attributes()).isEqualTo(item("pk", s("new"), "greeting", s("hello")));
	}

	@Test
	@RequiresCapability(DynamoCapability.UPDATE_ADD_DELETE)
	void addsToNumbersAndSetsAndDeletesFromSets() {
		// ADD increments a number (starting from 0 when absent) and unions a set; DELETE
		// removes set elements.
		update("ADD #count :two, hits :one, tags :ab",
				Map.of(":two", n(2), ":one", n(1), ":ab", AttributeValue.fromSs(List.of("a", "b"))), ReturnValue.NONE);
		update("ADD tags :c", Map.of(":c", AttributeValue.fromSs(List.of("c"))), ReturnValue.NONE);
		UpdateItemResponse response = update("DELETE tags :a", Map.of(":a", AttributeValue.fromSs(List.of("a"))),
				ReturnValue.ALL_NEW);
		assertThat(response.attributes().get("count")).isEqualTo(n(7));
		assertThat(response.attributes().get("hits")).isEqualTo(n(1));
		assertThat(response.attributes().get("tags").ss()).containsExactlyInAnyOrder("b", "c");
	}

	private UpdateItemResponse update(String expression, Map<String, AttributeValue> values, ReturnValue returnValue) {
		Map<String, String> names = new java.util.HashMap<>();
		if (expression.contains("#name")) {
			names.put("#name", "name");
		}
		if (expression.contains("#count")) {
			names.put("#count", "count");
		}
		return this.ddb.updateItem((request) -> {
			request.tableName(this.table)
				.key(item("pk", s("a")))
				.updateExpression(expression)
				.expressionAttributeValues(values)
				.returnValues(returnValue);
			if (!names.isEmpty()) {
				request.expressionAttributeNames(names);
			}
		});
	}

}
