package dev.ddbkit.engine.client;

import java.util.HashMap;
import java.util.Map;

import dev.ddbkit.engine.DynamoEngine;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

import static dev.ddbkit.engine.client.Tables.ORDERS;
import static dev.ddbkit.engine.client.Tables.n;
import static dev.ddbkit.engine.client.Tables.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

// DynamoDB rejects items and keys that do not fit the table's key schema, and requests on
// tables that do not exist, with these exception types and messages (API Reference,
// "PutItem"/"GetItem" errors; messages as DynamoDB and DynamoDB Local answer them).
class LocalDynamoDbClientValidationUnitTests {

	@AutoClose
	private final DynamoEngine engine = DynamoEngine.create();

	private final DynamoDbClient client = this.engine.client();

	@BeforeEach
	void createTable() {
		Tables.createOrders(this.client);
	}

	@Test
	void putItemWithoutThePartitionKeyIsRejected() {
		assertValidation(() -> put(Map.of("SK", s("a"))),
				"One or more parameter values were invalid: Missing the key PK in the item");
	}

	@Test
	void putItemWithoutTheSortKeyIsRejected() {
		assertValidation(() -> put(Map.of("PK", s("a"))),
				"One or more parameter values were invalid: Missing the key SK in the item");
	}

	@Test
	void putItemWithAMistypedKeyIsRejected() {
		assertValidation(() -> put(Map.of("PK", n("1"), "SK", s("a"))),
				"One or more parameter values were invalid: Type mismatch for key PK expected: S actual: N");
	}

	@Test
	void putItemWithAMistypedIndexKeyIsRejected() {
		assertValidation(() -> put(Map.of("PK", s("a"), "SK", s("a"), "GSI1PK", n("1"))),
				"One or more parameter values were invalid: Type mismatch for Index Key GSI1PK Expected: S Actual: N IndexName: GSI1");
	}

	@Test
	void putItemWithAnEmptyStringKeyIsRejected() {
		assertValidation(() -> put(Map.of("PK", s(""), "SK", s("a"))),
				"One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty string value. Key: PK");
	}

	@Test
	void putItemOverFourHundredKilobytesIsRejected() {
		Map<String, AttributeValue> item = new HashMap<>(Tables.key("a", "b"));
		item.put("data", s("x".repeat(400 * 1024)));
		assertValidation(() -> put(item), "Item size has exceeded the maximum allowed size");
	}

	@Test
	void putItemWithAnOversizedPartitionKeyIsRejected() {
		assertValidation(() -> put(Map.of("PK", s("x".repeat(2049)), "SK", s("a"))),
				"One or more parameter values were invalid: Size of hashkey has exceeded the maximum size limit of 2048 bytes");
		put(Map.of("PK", s("x".repeat(2048)), "SK", s("y".repeat(1024))));
		assertValidation(() -> put(Map.of("PK", s("a"), "SK", s("y".repeat(1025)))),
				"One or more parameter values were invalid: Aggregated size of all range keys has exceeded the size limit of 1024 bytes");
	}

	@Test
	void getItemWithAKeyThatDoesNotMatchTheSchemaIsRejected() {
		String message = "The provided key element does not match the schema";
		assertValidation(() -> get(Map.of("PK", s("a"))), message);
		assertValidation(() -> get(Map.of("PK", s("a"), "SK", n("1"))), message);
		assertValidation(() -> get(Map.of("PK", s("a"), "SK", s("b"), "other", s("c"))), message);
	}

	@Test
	void dataPlaneRequestsOnAMissingTableFailWithResourceNotFound() {
		assertThatExceptionOfType(ResourceNotFoundException.class)
			.isThrownBy(() -> this.client
				.getItem(GetItemRequest.builder().tableName("Missing").key(Tables.key("a", "b")).build()))
			.withMessageStartingWith("Cannot do operations on a non-existent table")
			.satisfies((ex) -> assertThat(ex.awsErrorDetails().errorCode()).isEqualTo("ResourceNotFoundException"));
		assertThatExceptionOfType(ResourceNotFoundException.class)
			.isThrownBy(() -> this.client.query(QueryRequest.builder()
				.tableName("Missing")
				.keyConditionExpression("PK = :pk")
				.expressionAttributeValues(Map.of(":pk", s("a")))
				.build()))
			.withMessageStartingWith("Cannot do operations on a non-existent table");
	}

	@Test
	void describingAMissingTableNamesIt() {
		assertThatExceptionOfType(ResourceNotFoundException.class)
			.isThrownBy(() -> this.client.describeTable(DescribeTableRequest.builder().tableName("Missing").build()))
			.withMessageStartingWith("Requested resource not found: Table: Missing not found")
			.satisfies((ex) -> assertThat(ex.statusCode()).isEqualTo(400));
	}

	@Test
	void creatingAnExistingTableFailsWithResourceInUse() {
		assertThatExceptionOfType(ResourceInUseException.class).isThrownBy(() -> Tables.createOrders(this.client))
			.withMessageStartingWith("Table already exists: Orders")
			.satisfies((ex) -> assertThat(ex.awsErrorDetails().serviceName()).isEqualTo("DynamoDb"));
	}

	@Test
	void emptySetsAndMalformedNumbersAreRejected() {
		Map<String, AttributeValue> item = new HashMap<>(Tables.key("a", "b"));
		item.put("tags", AttributeValue.fromSs(java.util.List.of()));
		assertValidation(() -> put(item), "One or more parameter values were invalid: An string set  may not be empty");
		item.put("tags", n("1e200"));
		assertValidation(() -> put(item),
				"Number overflow. Attempting to store a number with magnitude larger than supported range");
		item.put("tags", n("abc"));
		assertValidation(() -> put(item), "A value provided cannot be converted into a number");
	}

	@Test
	void numbersKeepThirtyEightSignificantDigitsAndNoMore() {
		Map<String, AttributeValue> item = new HashMap<>(Tables.key("a", "b"));
		item.put("n", n("1234567890123456789012345678901234567.8"));
		put(item);
		item.put("n", n("1234567890123456789012345678901234567.89"));
		assertValidation(() -> put(item), "Attempting to store more than 38 significant digits in a Number");
		item.put("n", n("1e-131"));
		assertValidation(() -> put(item),
				"Number underflow. Attempting to store a number with magnitude smaller than supported range");
	}

	@Test
	void documentsNestedDeeperThanThirtyTwoLevelsAreRejected() {
		AttributeValue nested = s("leaf");
		for (int depth = 0; depth < 33; depth++) {
			nested = AttributeValue.fromL(java.util.List.of(nested));
		}
		Map<String, AttributeValue> item = new HashMap<>(Tables.key("a", "b"));
		item.put("deep", nested);
		assertValidation(() -> put(item), "Nesting Levels have exceeded supported limits");
	}

	@Test
	void invalidExpressionAttributeValuesNameTheirPlaceholder() {
		assertValidation(
				() -> this.client.putItem(PutItemRequest.builder()
					.tableName(ORDERS)
					.item(Tables.key("a", "b"))
					.conditionExpression("tags = :tags")
					.expressionAttributeValues(Map.of(":tags", AttributeValue.fromSs(java.util.List.of())))
					.build()),
				"ExpressionAttributeValues contains invalid value: One or more parameter values were invalid: An string set  may not be empty for key :tags");
	}

	@Test
	void emptyExpressionAttributeMapsAreRejectedWhileAbsentOnesAreNot() {
		// An empty map is not an absent one: DynamoDB rejects it before parsing.
		assertValidation(() -> this.client.putItem(PutItemRequest.builder()
			.tableName(ORDERS)
			.item(Tables.key("a", "b"))
			.conditionExpression("attribute_not_exists(PK)")
			.expressionAttributeNames(Map.of())
			.build()), "ExpressionAttributeNames must not be empty");
		assertValidation(() -> this.client.putItem(PutItemRequest.builder()
			.tableName(ORDERS)
			.item(Tables.key("a", "b"))
			.conditionExpression("attribute_not_exists(PK)")
			.expressionAttributeValues(Map.of())
			.build()), "ExpressionAttributeValues must not be empty");
		put(Tables.key("a", "b"));
	}

	@Test
	void aQueryFilterMayNotNameAKeyAttributeButAScanFilterMayCompareOne() {
		// Query: "Filter Expression can only contain non-primary key attributes", the
		// partition key reported first; Scan may compare keys (API Reference, "Query",
		// "Scan").
		put(Tables.key("a", "b"));
		assertValidation(
				() -> this.client.query(QueryRequest.builder()
					.tableName(ORDERS)
					.keyConditionExpression("PK = :p")
					.filterExpression("SK = :s AND PK = :p")
					.expressionAttributeValues(Map.of(":p", s("a"), ":s", s("b")))
					.build()),
				"Filter Expression can only contain non-primary key attributes: Primary key attribute: PK");
		assertThat(this.client
			.scan((request) -> request.tableName(ORDERS)
				.filterExpression("SK = :s")
				.expressionAttributeValues(Map.of(":s", s("b"))))
			.count()).isEqualTo(1);
	}

	private void put(Map<String, AttributeValue> item) {
		this.client.putItem(PutItemRequest.builder().tableName(ORDERS).item(item).build());
	}

	private void get(Map<String, AttributeValue> key) {
		this.client.getItem(GetItemRequest.builder().tableName(ORDERS).key(key).build());
	}

	private static void assertValidation(Runnable action, String message) {
		assertThatExceptionOfType(DynamoDbException.class).isThrownBy(action::run)
			.withMessageStartingWith(message)
			.satisfies((ex) -> {
				assertThat(ex.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
				assertThat(ex.awsErrorDetails().errorMessage()).isEqualTo(message);
				assertThat(ex.statusCode()).isEqualTo(400);
			});
	}

}
