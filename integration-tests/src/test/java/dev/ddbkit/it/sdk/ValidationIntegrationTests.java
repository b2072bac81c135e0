package dev.ddbkit.it.sdk;

import java.util.Map;

import dev.ddbkit.it.backend.DynamoBackend;
import dev.ddbkit.it.backend.DynamoCapability;
import dev.ddbkit.it.backend.EveryBackend;
import dev.ddbkit.it.backend.RequiresCapability;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

import static dev.ddbkit.it.sdk.Attributes.item;
import static dev.ddbkit.it.sdk.Attributes.n;
import static dev.ddbkit.it.sdk.Attributes.s;
import static dev.ddbkit.it.sdk.DynamoErrors.assertFails;
import static dev.ddbkit.it.sdk.DynamoErrors.assertValidation;
import static dev.ddbkit.it.sdk.DynamoErrors.message;

/**
 * Requests DynamoDB refuses, with the exception type and the exact message (API Reference
 * "Common Errors"; DG "Reserved words", "Expression attribute names/values"). The
 * messages are DynamoDB Local's, the reference where the documentation gives none.
 */
@EveryBackend
class ValidationIntegrationTests {

	private final DynamoBackend backend;

	private final DynamoDbClient ddb;

	private String table = "";

	ValidationIntegrationTests(DynamoBackend backend, DynamoDbClient ddb) {
		this.backend = backend;
		this.ddb = ddb;
	}

	@BeforeEach
	void createTable() {
		this.table = TestTable.hash("pk", ScalarAttributeType.S).range("sk", ScalarAttributeType.N).create(this.ddb);
	}

	@Test
	void rejectsAKeyWithoutTheSortKey() {
		// A key must name exactly the table's key attributes.
		assertValidation(() -> this.ddb.getItem((request) -> request.tableName(this.table).key(item("pk", s("a")))),
				message(this.backend, "The provided key element does not match the schema",
						"The number of conditions on the keys is invalid"));
	}

	@Test
	void rejectsAKeyWithAnExtraAttribute() {
		// Attributes besides the key attributes are not part of a key.
		assertValidation(() -> this.ddb
			.getItem((request) -> request.tableName(this.table).key(item("pk", s("a"), "sk", n(1), "other", s("x")))),
				message(this.backend, "The provided key element does not match the schema",
						"The number of conditions on the keys is invalid"));
	}

	@Test
	void rejectsAKeyOfTheWrongType() {
		// Key values must have the type of the attribute definition.
		assertValidation(
				() -> this.ddb
					.getItem((request) -> request.tableName(this.table).key(item("pk", s("a"), "sk", s("1")))),
				message(this.backend, "The provided key element does not match the schema",
						"One or more parameter values were invalid: Type mismatch for key"));
		assertValidation(
				() -> this.ddb.putItem((request) -> request.tableName(this.table).item(item("pk", n(1), "sk", n(1)))),
				message(this.backend,
						"One or more parameter values were invalid: Type mismatch for key pk expected: S actual: N",
						"One or more parameter values were invalid: Type mismatch for key"));
	}

	@Test
	void rejectsAnItemWithoutItsKey() {
		// PutItem needs every key attribute in the item.
		assertValidation(() -> this.ddb.putItem((request) -> request.tableName(this.table).item(item("pk", s("a")))),
				message(this.backend, "One or more parameter values were invalid: Missing the key sk in the item",
						"One of the required keys was not given a value"));
	}

	@Test
	void rejectsAnEmptyStringAsAKeyValue() {
		// Key attributes may not be empty strings (other attributes may).
		assertValidation(
				() -> this.ddb.putItem((request) -> request.tableName(this.table).item(item("pk", s(""), "sk", n(1)))),
				"One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an "
						+ "empty string value. Key: pk");
	}

	@Test
	void reportsAnUnknownTableOnItemOperations() {
		// Item operations on a table that does not exist fail with
		// ResourceNotFoundException.
		assertFails(() -> this.ddb.getItem((request) -> request.tableName("it-missing").key(item("pk", s("a")))),
				ResourceNotFoundException.class, "ResourceNotFoundException",
				"Cannot do operations on a non-existent table");
		assertFails(() -> this.ddb.putItem((request) -> request.tableName("it-missing").item(item("pk", s("a")))),
				ResourceNotFoundException.class, "ResourceNotFoundException",
				"Cannot do operations on a non-existent table");
	}

	@Test
	@RequiresCapability(DynamoCapability.EXPRESSION_VALIDATION)
	void rejectsAnUnusedExpressionAttributeValue() {
		// Every ExpressionAttributeValues entry must be used by some expression of the
		// request.
		assertValidation(
				() -> this.ddb.putItem((request) -> request.tableName(this.table)
					.item(item("pk", s("a"), "sk", n(1)))
					.conditionExpression("attribute_not_exists(pk)")
					.expressionAttributeValues(Map.of(":unused", s("x")))),
				"Value provided in ExpressionAttributeValues unused in expressions: keys: {:unused}");
	}

	@Test
	@RequiresCapability(DynamoCapability.EXPRESSION_VALIDATION)
	void rejectsAnUnusedExpressionAttributeName() {
		// Every ExpressionAttributeNames entry must be used by some expression of the
		// request.
		assertValidation(
				() -> this.ddb.putItem((request) -> request.tableName(this.table)
					.item(item("pk", s("a"), "sk", n(1)))
					.conditionExpression("attribute_not_exists(pk)")
					.expressionAttributeNames(Map.of("#unused", "x"))),
				"Value provided in ExpressionAttributeNames unused in expressions: keys: {#unused}");
	}

	@Test
	@RequiresCapability(DynamoCapability.EXPRESSION_VALIDATION)
	void rejectsAReservedWordUsedAsAnAttributeName() {
		// Reserved words (here "status") must be written through
		// ExpressionAttributeNames.
		assertValidation(
				() -> this.ddb.putItem((request) -> request.tableName(this.table)
					.item(item("pk", s("a"), "sk", n(1)))
					.conditionExpression("attribute_not_exists(status)")),
				"Invalid ConditionExpression: Attribute name is a reserved keyword; reserved keyword: status");
	}

	@Test
	@RequiresCapability(DynamoCapability.EXPRESSION_VALIDATION)
	void rejectsAnEmptyExpressionAttributeNamesMap() {
		// ExpressionAttributeNames, when given, may not be empty.
		assertValidation(() -> this.ddb.putItem((request) -> request.tableName(this.table)
			.item(item("pk", s("a"), "sk", n(1)))
			.conditionExpression("attribute_not_exists(pk)")
			.expressionAttributeNames(Map.of())), "ExpressionAttributeNames must not be empty");
	}

	@Test
	@RequiresCapability(DynamoCapability.EXPRESSION_VALIDATION)
	void rejectsUndefinedPlaceholders() {
		// A :value or #name used in an expression must be defined.
		assertValidation(
				() -> this.ddb.putItem((request) -> request.tableName(this.table)
					.item(item("pk", s("a"), "sk", n(1)))
					.conditionExpression("version = :missing")),
				"Invalid ConditionExpression: An expression attribute value used in expression is not defined; "
						+ "attribute value: :missing");
		assertValidation(
				() -> this.ddb.putItem((request) -> request.tableName(this.table)
					.item(item("pk", s("a"), "sk", n(1)))
					.conditionExpression("attribute_exists(#missing)")),
				"Invalid ConditionExpression: An expression attribute name used in the document path is not defined; "
						+ "attribute name: #missing");
	}

	@Test
	@RequiresCapability(DynamoCapability.EXPRESSION_VALIDATION)
	void rejectsASyntaxError() {
		// A malformed expression names the offending token.
		assertValidation(
				() -> this.ddb.updateItem((request) -> request.tableName(this.table)
					.key(item("pk", s("a"), "sk", n(1)))
					.updateExpression("SET a = = :v")
					.expressionAttributeValues(Map.of(":v", s("x")))),
				"Invalid UpdateExpression: Syntax error; token: \"=\", near: \"= = :v\"");
	}

	@Test
	@RequiresCapability(DynamoCapability.EXPRESSION_VALIDATION)
	void rejectsOverlappingUpdatePaths() {
		// One update expression may not touch the same path twice.
		assertValidation(
				() -> this.ddb.updateItem((request) -> request.tableName(this.table)
					.key(item("pk", s("a"), "sk", n(1)))
					.updateExpression("SET a = :v REMOVE a")
					.expressionAttributeValues(Map.of(":v", s("x")))),
				"Invalid UpdateExpression: Two document paths overlap with each other; must remove or rewrite one of "
						+ "these paths; path one: [a], path two: [a]");
	}

	@Test
	@RequiresCapability(DynamoCapability.EXPRESSION_VALIDATION)
	void rejectsUpdatingAKeyAttribute() {
		// Key attributes cannot be changed by UpdateItem.
		assertValidation(
				() -> this.ddb.updateItem((request) -> request.tableName(this.table)
					.key(item("pk", s("a"), "sk", n(1)))
					.updateExpression("SET sk = :v")
					.expressionAttributeValues(Map.of(":v", n(2)))),
				"One or more parameter values were invalid: Cannot update attribute sk. This attribute is part of "
						+ "the key");
	}

	@Test
	@RequiresCapability(DynamoCapability.EXPRESSION_VALIDATION)
	void rejectsKeyAttributesInAQueryFilter() {
		// A Query FilterExpression may not use the table's key attributes (they belong in
		// the key condition).
		assertValidation(
				() -> this.ddb.query(QueryRequest.builder()
					.tableName(this.table)
					.keyConditionExpression("pk = :p")
					.filterExpression("sk > :min")
					.expressionAttributeValues(Map.of(":p", s("a"), ":min", n(1)))
					.build()),
				"Filter Expression can only contain non-primary key attributes: Primary key attribute: sk");
	}

	@Test
	@RequiresCapability(DynamoCapability.EXPRESSION_VALIDATION)
	void rejectsAKeyConditionWithoutThePartitionKey() {
		// A key condition must fix the partition key with an equality and may name no
		// other
		// attribute than the sort key. The engine words this as DynamoDB Local does (the
		// newest public capture of the service, from 2022, also names no attribute).
		assertValidation(() -> this.ddb.query(QueryRequest.builder()
			.tableName(this.table)
			.keyConditionExpression("sk > :min")
			.expressionAttributeValues(Map.of(":min", n(1)))
			.build()), "Query condition missed key schema element");
		assertValidation(() -> this.ddb.query(QueryRequest.builder()
			.tableName(this.table)
			.keyConditionExpression("pk = :p AND extra = :o")
			.expressionAttributeValues(Map.of(":p", s("a"), ":o", n(1)))
			.build()), "Query condition missed key schema element");
	}

}
