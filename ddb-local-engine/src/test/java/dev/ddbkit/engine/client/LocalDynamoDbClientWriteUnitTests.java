package dev.ddbkit.engine.client;

import java.util.HashMap;
import java.util.Map;

import dev.ddbkit.engine.DynamoEngine;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

import static dev.ddbkit.engine.client.Tables.ORDERS;
import static dev.ddbkit.engine.client.Tables.n;
import static dev.ddbkit.engine.client.Tables.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

// Writes replace or edit one item atomically; a ConditionExpression that is false fails
// the write with ConditionalCheckFailedException "The conditional request failed" and
// changes nothing; ReturnValues picks the attributes returned (API Reference, "PutItem",
// "UpdateItem", "DeleteItem").
class LocalDynamoDbClientWriteUnitTests {

	@AutoClose
	private final DynamoEngine engine = DynamoEngine.create();

	private final DynamoDbClient client = this.engine.client();

	@BeforeEach
	void createTable() {
		Tables.createOrders(this.client);
	}

	@Test
	void putReplacesTheItemAndReturnsTheOldOneWhenAsked() {
		put(item("o1", "v", s("1")));
		PutItemResponse response = this.client.putItem(PutItemRequest.builder()
			.tableName(ORDERS)
			.item(item("o1", "v", s("2")))
			.returnValues(ReturnValue.ALL_OLD)
			.build());
		assertThat(response.attributes()).containsEntry("v", s("1"));
		assertThat(get("o1")).containsEntry("v", s("2"));
	}

	@Test
	void aFailedConditionChangesNothingAndCanReturnTheItem() {
		put(item("o1", "version", n("1")));
		assertThatExceptionOfType(ConditionalCheckFailedException.class)
			.isThrownBy(() -> this.client.putItem(PutItemRequest.builder()
				.tableName(ORDERS)
				.item(item("o1", "version", n("2")))
				.conditionExpression("version = :expected")
				.expressionAttributeValues(Map.of(":expected", n("5")))
				.returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)
				.build()))
			.withMessageStartingWith("The conditional request failed")
			.satisfies((ex) -> {
				assertThat(ex.awsErrorDetails().errorCode()).isEqualTo("ConditionalCheckFailedException");
				assertThat(ex.item()).containsEntry("version", n("1"));
			});
		assertThat(get("o1")).containsEntry("version", n("1"));
	}

	@Test
	void attributeNotExistsGuardsAnInsert() {
		PutItemRequest insert = PutItemRequest.builder()
			.tableName(ORDERS)
			.item(item("o1", "v", s("1")))
			.conditionExpression("attribute_not_exists(PK)")
			.build();
		this.client.putItem(insert);
		assertThatExceptionOfType(ConditionalCheckFailedException.class).isThrownBy(() -> this.client.putItem(insert));
	}

	@Test
	void updateSetsAndRemovesAttributesAndReturnsWhatWasAskedFor() {
		Map<String, AttributeValue> item = item("o1", "status", s("NEW"));
		item.put("note", s("x"));
		put(item);
		UpdateItemResponse response = this.client.updateItem(UpdateItemRequest.builder()
			.tableName(ORDERS)
			.key(Tables.key("o1", "A"))
			.updateExpression("SET #s = :s, version = :v REMOVE note")
			.conditionExpression("#s = :old")
			.expressionAttributeNames(Map.of("#s", "status"))
			.expressionAttributeValues(Map.of(":s", s("PAID"), ":v", n("2"), ":old", s("NEW")))
			.returnValues(ReturnValue.UPDATED_NEW)
			.build());
		assertThat(response.attributes()).containsOnly(Map.entry("status", s("PAID")), Map.entry("version", n("2")));
		assertThat(get("o1")).containsEntry("status", s("PAID")).doesNotContainKey("note");
	}

	@Test
	void updateReturnsOldOrNewValuesOfTheChangedAttributesOrTheWholeItem() {
		Map<String, AttributeValue> item = item("o1", "status", s("NEW"));
		item.put("note", s("x"));
		put(item);
		UpdateItemRequest.Builder update = UpdateItemRequest.builder()
			.tableName(ORDERS)
			.key(Tables.key("o1", "A"))
			.updateExpression("SET #s = :s")
			.expressionAttributeNames(Map.of("#s", "status"));
		assertThat(this.client.updateItem(
				update.expressionAttributeValues(Map.of(":s", s("PAID"))).returnValues(ReturnValue.UPDATED_OLD).build())
			.attributes()).containsOnly(Map.entry("status", s("NEW")));
		assertThat(this.client
			.updateItem(
					update.expressionAttributeValues(Map.of(":s", s("SENT"))).returnValues(ReturnValue.ALL_OLD).build())
			.attributes()).containsEntry("status", s("PAID")).containsEntry("note", s("x"));
		assertThat(this.client
			.updateItem(
					update.expressionAttributeValues(Map.of(":s", s("DONE"))).returnValues(ReturnValue.NONE).build())
			.hasAttributes()).isFalse();
	}

	@Test
	void updateOfAMissingItemCreatesItFromItsKey() {
		UpdateItemResponse response = this.client.updateItem(UpdateItemRequest.builder()
			.tableName(ORDERS)
			.key(Tables.key("o9", "A"))
			.updateExpression("SET amount = :t")
			.expressionAttributeValues(Map.of(":t", n("10")))
			.returnValues(ReturnValue.ALL_NEW)
			.build());
		assertThat(response.attributes()).containsOnly(Map.entry("PK", s("o9")), Map.entry("SK", s("A")),
				Map.entry("amount", n("10")));
	}

	@Test
	void updateCannotWriteAKeyAttributeEvenWithItsOwnValue() {
		put(item("o1", "v", s("1")));
		assertThatExceptionOfType(DynamoDbException.class)
			.isThrownBy(() -> this.client.updateItem(UpdateItemRequest.builder()
				.tableName(ORDERS)
				.key(Tables.key("o1", "A"))
				.updateExpression("SET SK = :sk")
				.expressionAttributeValues(Map.of(":sk", s("A")))
				.build()))
			.withMessageStartingWith(
					"One or more parameter values were invalid: Cannot update attribute SK. This attribute is part of the key");
	}

	@Test
	void deleteReturnsTheOldItemAndAFailedConditionKeepsIt() {
		put(item("o1", "v", s("1")));
		assertThatExceptionOfType(ConditionalCheckFailedException.class)
			.isThrownBy(() -> this.client.deleteItem(DeleteItemRequest.builder()
				.tableName(ORDERS)
				.key(Tables.key("o1", "A"))
				.conditionExpression("v = :v")
				.expressionAttributeValues(Map.of(":v", s("2")))
				.build()));
		DeleteItemResponse response = this.client.deleteItem(DeleteItemRequest.builder()
			.tableName(ORDERS)
			.key(Tables.key("o1", "A"))
			.returnValues("ALL_OLD")
			.build());
		assertThat(response.attributes()).containsEntry("v", s("1"));
		assertThat(get("o1")).isEmpty();
	}

	@Test
	void putAcceptsOnlyNoneOrAllOldReturnValues() {
		assertThatExceptionOfType(DynamoDbException.class).isThrownBy(() -> this.client.putItem(PutItemRequest.builder()
			.tableName(ORDERS)
			.item(item("o1", "v", s("1")))
			.returnValues(ReturnValue.ALL_NEW)
			.build())).withMessageStartingWith("ReturnValues can only be ALL_OLD or NONE");
	}

	private static Map<String, AttributeValue> item(String pk, String name, AttributeValue value) {
		Map<String, AttributeValue> item = new HashMap<>(Tables.key(pk, "A"));
		item.put(name, value);
		return item;
	}

	private void put(Map<String, AttributeValue> item) {
		this.client.putItem(PutItemRequest.builder().tableName(ORDERS).item(item).build());
	}

	private Map<String, AttributeValue> get(String pk) {
		return this.client.getItem(GetItemRequest.builder().tableName(ORDERS).key(Tables.key(pk, "A")).build()).item();
	}

}
