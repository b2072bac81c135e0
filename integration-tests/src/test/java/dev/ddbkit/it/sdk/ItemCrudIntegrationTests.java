package dev.ddbkit.it.sdk;

import java.util.Map;

import dev.ddbkit.it.backend.EveryBackend;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

import static dev.ddbkit.it.sdk.Attributes.b;
import static dev.ddbkit.it.sdk.Attributes.item;
import static dev.ddbkit.it.sdk.Attributes.n;
import static dev.ddbkit.it.sdk.Attributes.s;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * PutItem, GetItem and DeleteItem with every attribute type, ReturnValues and
 * ProjectionExpression (API Reference PutItem, GetItem, DeleteItem).
 */
@EveryBackend
class ItemCrudIntegrationTests {

	private final DynamoDbClient ddb;

	private String table = "";

	ItemCrudIntegrationTests(DynamoDbClient ddb) {
		this.ddb = ddb;
	}

	@BeforeEach
	void createTable() {
		this.table = TestTable.hash("pk", ScalarAttributeType.S).range("sk", ScalarAttributeType.N).create(this.ddb);
	}

	@Test
	void readsBackEveryAttributeTypeAsWritten() {
		// GetItem returns the item as stored; numbers come back normalized
		// (leading/trailing zeros trimmed).
		Map<String, AttributeValue> written = item("pk", s("p"), "sk", n(1), "str", s("h\u00e9llo"), "num", n("12.50"),
				"bin", b(0, 255, 7), "yes", AttributeValue.fromBool(true), "nothing", AttributeValue.fromNul(true),
				"list", AttributeValue.fromL(java.util.List.of(s("a"), n(2))), "map",
				AttributeValue.fromM(Map.of("inner", s("x"))), "ss", AttributeValue.fromSs(java.util.List.of("b", "a")),
				"ns", AttributeValue.fromNs(java.util.List.of("1", "2")), "empty", s(""));
		this.ddb.putItem((request) -> request.tableName(this.table).item(written));
		GetItemResponse read = this.ddb
			.getItem((request) -> request.tableName(this.table).key(item("pk", s("p"), "sk", n(1))));
		assertThat(read.item()).containsOnlyKeys(written.keySet());
		assertThat(read.item().get("num").n()).isEqualTo("12.5");
		assertThat(read.item().get("str")).isEqualTo(s("h\u00e9llo"));
		assertThat(read.item().get("bin")).isEqualTo(b(0, 255, 7));
		assertThat(read.item().get("yes").bool()).isTrue();
		assertThat(read.item().get("nothing").nul()).isTrue();
		assertThat(read.item().get("list").l()).containsExactly(s("a"), n(2));
		assertThat(read.item().get("map").m()).containsExactlyEntriesOf(Map.of("inner", s("x")));
		assertThat(read.item().get("ss").ss()).containsExactlyInAnyOrder("a", "b");
		assertThat(read.item().get("ns").ns()).containsExactlyInAnyOrder("1", "2");
		assertThat(read.item().get("empty").s()).isEmpty();
	}

	@Test
	void answersAMissingItemWithNoItem() {
		// GetItem of a key that holds no item returns a response without Item.
		GetItemResponse read = this.ddb
			.getItem((request) -> request.tableName(this.table).key(item("pk", s("none"), "sk", n(0))));
		assertThat(read.hasItem()).isFalse();
	}

	@Test
	void replacesTheWholeItemOnPutAndReturnsTheOldOne() {
		// PutItem replaces the item; ReturnValues=ALL_OLD returns the replaced item, NONE
		// (default) nothing.
		this.ddb.putItem((request) -> request.tableName(this.table).item(item("pk", s("p"), "sk", n(1), "a", s("1"))));
		PutItemResponse put = this.ddb.putItem((request) -> request.tableName(this.table)
			.item(item("pk", s("p"), "sk", n(1), "b", s("2")))
			.returnValues(ReturnValue.ALL_OLD));
		assertThat(put.attributes()).isEqualTo(item("pk", s("p"), "sk", n(1), "a", s("1")));
		PutItemResponse plain = this.ddb
			.putItem((request) -> request.tableName(this.table).item(item("pk", s("p"), "sk", n(1), "c", s("3"))));
		assertThat(plain.hasAttributes()).isFalse();
		assertThat(
				this.ddb.getItem((request) -> request.tableName(this.table).key(item("pk", s("p"), "sk", n(1)))).item())
			.isEqualTo(item("pk", s("p"), "sk", n(1), "c", s("3")));
	}

	@Test
	void treatsNumericallyEqualSortKeysAsTheSameKey() {
		// Numbers compare numerically: sort key 1.0 addresses the item written with sort
		// key 1.
		this.ddb.putItem((request) -> request.tableName(this.table).item(item("pk", s("p"), "sk", n("1.0"))));
		assertThat(this.ddb.getItem((request) -> request.tableName(this.table).key(item("pk", s("p"), "sk", n("1"))))
			.item()).containsEntry("sk", n(1));
	}

	@Test
	void deletesAnItemAndReturnsIt() {
		// DeleteItem removes the item; ReturnValues=ALL_OLD returns it; deleting a
		// missing item is not an error.
		this.ddb.putItem((request) -> request.tableName(this.table).item(item("pk", s("p"), "sk", n(2), "a", s("x"))));
		DeleteItemResponse deleted = this.ddb.deleteItem((request) -> request.tableName(this.table)
			.key(item("pk", s("p"), "sk", n(2)))
			.returnValues(ReturnValue.ALL_OLD));
		assertThat(deleted.attributes()).isEqualTo(item("pk", s("p"), "sk", n(2), "a", s("x")));
		DeleteItemResponse again = this.ddb.deleteItem((request) -> request.tableName(this.table)
			.key(item("pk", s("p"), "sk", n(2)))
			.returnValues(ReturnValue.ALL_OLD));
		assertThat(again.hasAttributes()).isFalse();
		assertThat(this.ddb.getItem((request) -> request.tableName(this.table).key(item("pk", s("p"), "sk", n(2))))
			.hasItem()).isFalse();
	}

	@Test
	void projectsTheRequestedAttributesIncludingNestedPaths() {
		// ProjectionExpression returns only the named attributes; a nested path returns
		// the enclosing structure
		// with just that element.
		this.ddb.putItem((request) -> request.tableName(this.table)
			.item(item("pk", s("p"), "sk", n(3), "a", s("1"), "b", s("2"), "m",
					AttributeValue.fromM(Map.of("x", s("in"), "y", s("out"))))));
		GetItemResponse read = this.ddb.getItem((request) -> request.tableName(this.table)
			.key(item("pk", s("p"), "sk", n(3)))
			.projectionExpression("a, #m.x")
			.expressionAttributeNames(Map.of("#m", "m")));
		assertThat(read.item()).isEqualTo(item("a", s("1"), "m", AttributeValue.fromM(Map.of("x", s("in")))));
	}

}
