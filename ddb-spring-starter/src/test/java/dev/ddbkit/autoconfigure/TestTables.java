package dev.ddbkit.autoconfigure;

import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Table requests for tests.
 */
final class TestTables {

	private TestTables() {
	}

	/** A table keyed on {@code PK} and {@code SK} of the given type, without indexes. */
	static CreateTableRequest keyedTable(String name, ScalarAttributeType sortKeyType) {
		return CreateTableRequest.builder()
			.tableName(name)
			.billingMode(BillingMode.PAY_PER_REQUEST)
			.attributeDefinitions(attribute("PK", ScalarAttributeType.S), attribute("SK", sortKeyType))
			.keySchema(KeySchemaElement.builder().attributeName("PK").keyType(KeyType.HASH).build(),
					KeySchemaElement.builder().attributeName("SK").keyType(KeyType.RANGE).build())
			.build();
	}

	/** A table keyed on {@code PK} and {@code SK} strings, without indexes. */
	static CreateTableRequest keyedTable(String name) {
		return keyedTable(name, ScalarAttributeType.S);
	}

	private static AttributeDefinition attribute(String name, ScalarAttributeType type) {
		return AttributeDefinition.builder().attributeName(name).attributeType(type).build();
	}

}
