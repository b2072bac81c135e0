package dev.ddbkit.engine.client;

import java.util.Map;

import dev.ddbkit.engine.DynamoEngine;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

import static dev.ddbkit.engine.client.Tables.ORDERS;
import static dev.ddbkit.engine.client.Tables.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

// DynamoDB rule (Developer Guide, "Naming rules"; API Reference, TableName/IndexName
// constraints): table and index names are 3 to 255 characters of a-z, A-Z, 0-9, '_', '-'
// and '.'. Every request that names a table or an index checks the name before the table
// is looked up, so a malformed name answers ValidationException ("1 validation error
// detected: Value 'ab' at 'tableName' failed to satisfy constraint: ..."), never
// ResourceNotFoundException; the length is reported before the pattern.
class LocalDynamoDbClientTableNameUnitTests {

	private static final String TOO_SHORT = "failed to satisfy constraint: Member must have length greater than or equal to 3";

	private static final String PATTERN = "failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+";

	@AutoClose
	private final DynamoEngine engine = DynamoEngine.builder().build();

	private final DynamoDbClient client = this.engine.client();

	@Test
	void itemOperationsRejectATableNameShorterThanThreeCharacters() {
		assertValidation(() -> this.client.getItem((request) -> request.tableName("ab").key(Tables.key("a", "b"))),
				"1 validation error detected: Value 'ab' at 'tableName' " + TOO_SHORT);
		assertValidation(
				() -> this.client
					.putItem((request) -> request.tableName("ab").item(Map.of("PK", s("a"), "SK", s("b")))),
				"1 validation error detected: Value 'ab' at 'tableName' " + TOO_SHORT);
		assertValidation(
				() -> this.client.query((request) -> request.tableName("ab")
					.keyConditionExpression("PK = :p")
					.expressionAttributeValues(Map.of(":p", s("a")))),
				"1 validation error detected: Value 'ab' at 'tableName' " + TOO_SHORT);
	}

	@Test
	void aTableNameLongerThan255CharactersIsRejected() {
		String name = "t".repeat(256);
		assertValidation(() -> this.client.deleteItem((request) -> request.tableName(name)
			.key(Tables.key("a", "b"))), "1 validation error detected: Value '" + name
					+ "' at 'tableName' failed to satisfy constraint: Member must have length less than or equal to 255");
	}

	@Test
	void controlOperationsRejectACharacterOutsideThePattern() {
		assertValidation(() -> this.client.describeTable((request) -> request.tableName("my table")),
				"1 validation error detected: Value 'my table' at 'tableName' " + PATTERN);
		assertValidation(() -> this.client.deleteTable((request) -> request.tableName("orders!")),
				"1 validation error detected: Value 'orders!' at 'tableName' " + PATTERN);
		assertValidation(() -> this.client.listTables((request) -> request.exclusiveStartTableName("a")),
				"1 validation error detected: Value 'a' at 'exclusiveStartTableName' " + TOO_SHORT);
	}

	@Test
	void aQueryNamingAMalformedIndexIsRejectedBeforeTheIndexIsLookedUp() {
		Tables.createOrders(this.client);
		assertValidation(
				() -> this.client.query((request) -> request.tableName(ORDERS)
					.indexName("ix")
					.keyConditionExpression("PK = :p")
					.expressionAttributeValues(Map.of(":p", s("a")))),
				"1 validation error detected: Value 'ix' at 'indexName' " + TOO_SHORT);
	}

	@Test
	void aWellFormedNameOfAMissingTableIsStillResourceNotFound() {
		assertThatExceptionOfType(DynamoDbException.class)
			.isThrownBy(() -> this.client.getItem((request) -> request.tableName("abc").key(Tables.key("a", "b"))))
			.satisfies((ex) -> assertThat(ex.awsErrorDetails().errorCode()).isEqualTo("ResourceNotFoundException"));
	}

	private static void assertValidation(ThrowingCallable call, String message) {
		assertThatExceptionOfType(DynamoDbException.class).isThrownBy(call).satisfies((ex) -> {
			assertThat(ex.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
			assertThat(ex.awsErrorDetails().errorMessage()).isEqualTo(message);
		});
	}

}
