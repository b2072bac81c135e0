package dev.ddbkit.it.sdk;

import java.util.ArrayList;
import java.util.List;

import dev.ddbkit.it.backend.DynamoBackend;
import dev.ddbkit.it.backend.DynamoCapability;
import dev.ddbkit.it.backend.EveryBackend;
import dev.ddbkit.it.backend.RequiresCapability;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.IndexStatus;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ListTablesResponse;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

import static dev.ddbkit.it.sdk.Attributes.item;
import static dev.ddbkit.it.sdk.Attributes.s;
import static dev.ddbkit.it.sdk.DynamoErrors.assertFails;
import static dev.ddbkit.it.sdk.DynamoErrors.assertValidation;
import static dev.ddbkit.it.sdk.DynamoErrors.message;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * CreateTable, DescribeTable, ListTables and DeleteTable (API Reference of each action).
 */
@EveryBackend
class TableLifecycleIntegrationTests {

	private final DynamoBackend backend;

	private final DynamoDbClient ddb;

	TableLifecycleIntegrationTests(DynamoBackend backend, DynamoDbClient ddb) {
		this.backend = backend;
		this.ddb = ddb;
	}

	@Test
	void describesACreatedTableWithItsKeySchemaAndIndexes() {
		// DescribeTable returns the key schema, attribute definitions, billing mode and
		// GSIs given at creation.
		String table = TestTable.hash("pk", ScalarAttributeType.S)
			.range("sk", ScalarAttributeType.N)
			.gsi("byOwner", "owner", ScalarAttributeType.S, null, null)
			.create(this.ddb);
		TableDescription description = this.ddb.describeTable((request) -> request.tableName(table)).table();
		assertThat(description.tableName()).isEqualTo(table);
		assertThat(description.tableStatus()).isEqualTo(TableStatus.ACTIVE);
		assertThat(description.keySchema()).extracting((key) -> key.attributeName() + ":" + key.keyType())
			.containsExactly("pk:HASH", "sk:RANGE");
		assertThat(description.attributeDefinitions())
			.extracting((definition) -> definition.attributeName() + ":" + definition.attributeType())
			.containsExactlyInAnyOrder("pk:S", "sk:N", "owner:S");
		assertThat(description.billingModeSummary().billingMode()).isEqualTo(BillingMode.PAY_PER_REQUEST);
		assertThat(description.tableArn()).endsWith(":table/" + table);
		assertThat(description.itemCount()).isZero();
		assertThat(description.globalSecondaryIndexes()).singleElement().satisfies((index) -> {
			assertThat(index.indexName()).isEqualTo("byOwner");
			assertThat(index.keySchema()).singleElement()
				.satisfies((key) -> assertThat(key.keyType()).isEqualTo(KeyType.HASH));
			assertThat(index.indexArn()).endsWith(":table/" + table + "/index/byOwner");
		});
	}

	@Test
	void rejectsCreatingATableThatExists() {
		// CreateTable on an existing name fails with ResourceInUseException.
		String table = TestTable.hash("pk", ScalarAttributeType.S).create(this.ddb);
		assertFails(
				() -> this.ddb.createTable((request) -> request.tableName(table)
					.keySchema((key) -> key.attributeName("pk").keyType(KeyType.HASH))
					.attributeDefinitions(
							(definition) -> definition.attributeName("pk").attributeType(ScalarAttributeType.S))
					.billingMode(BillingMode.PAY_PER_REQUEST)),
				ResourceInUseException.class, "ResourceInUseException",
				message(this.backend, "Table already exists: " + table, "Cannot create preexisting table"));
	}

	@Test
	void reportsAnUnknownTableAsResourceNotFound() {
		// DescribeTable of a table that does not exist fails with
		// ResourceNotFoundException.
		assertFails(() -> this.ddb.describeTable((request) -> request.tableName("it-no-such-table")),
				ResourceNotFoundException.class, "ResourceNotFoundException",
				message(this.backend, "Requested resource not found: Table: it-no-such-table not found",
						"Cannot do operations on a non-existent table"));
	}

	@Test
	void rejectsAttributeDefinitionsThatNoKeyUses() {
		// Every attribute definition must be used by the table's or an index's key
		// schema.
		assertValidation(() -> this.ddb.createTable((request) -> request.tableName("it-extra-definition")
			.keySchema((key) -> key.attributeName("pk").keyType(KeyType.HASH))
			.attributeDefinitions(
					AttributeDefinition.builder().attributeName("pk").attributeType(ScalarAttributeType.S).build(),
					AttributeDefinition.builder().attributeName("unused").attributeType(ScalarAttributeType.S).build())
			.billingMode(BillingMode.PAY_PER_REQUEST)),
				message(this.backend,
						"One or more parameter values were invalid: Number of attributes in KeySchema does not exactly "
								+ "match number of attributes defined in AttributeDefinitions",
						"The number of attributes in key schema must match the number of attributes defined in "
								+ "attribute definitions."));
	}

	@Test
	@RequiresCapability(DynamoCapability.TABLE_NAME_VALIDATION)
	void rejectsATableNameShorterThanThreeCharacters() {
		// Table names are 3 to 255 characters of a-z, A-Z, 0-9, '_', '-' and '.'.
		assertValidation(() -> this.ddb.getItem((request) -> request.tableName("ab").key(item("pk", s("a")))),
				message(this.backend,
						"1 validation error detected: Value 'ab' at 'tableName' failed to satisfy constraint: "
								+ "Member must have length greater than or equal to 3",
						"Invalid table/index name.  Table/index names must be between 3 and 255 characters long, "
								+ "and may contain only the characters a-z, A-Z, 0-9, '_', '-', and '.'"));
	}

	@Test
	@RequiresCapability(DynamoCapability.TABLE_NAME_VALIDATION)
	void rejectsATableNameWithACharacterOutsideThePatternBeforeLookingItUp() {
		// A control-plane request on a name with a character outside [a-zA-Z0-9_.-] is a
		// validation error, not an unknown table.
		assertValidation(() -> this.ddb.describeTable((request) -> request.tableName("it no such table")),
				message(this.backend,
						"1 validation error detected: Value 'it no such table' at 'tableName' failed to satisfy "
								+ "constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+",
						"Invalid table/index name.  Table/index names must be between 3 and 255 characters long, "
								+ "and may contain only the characters a-z, A-Z, 0-9, '_', '-', and '.'"));
	}

	@Test
	@RequiresCapability(DynamoCapability.DELETING_STATUS)
	void answersDeleteTableWithTheDeletingStatus() {
		// DeleteTable returns the table description with TableStatus DELETING (API
		// DeleteTable).
		String table = TestTable.hash("pk", ScalarAttributeType.S).create(this.ddb);
		assertThat(this.ddb.deleteTable((request) -> request.tableName(table)).tableDescription().tableStatus())
			.isEqualTo(TableStatus.DELETING);
	}

	@Test
	@RequiresCapability(DynamoCapability.GSI_BACKFILL_STATUS)
	void addsAGlobalIndexThatStartsCreating() {
		// UpdateTable adds a GSI that is CREATING while DynamoDB backfills it (DG "Adding
		// a global secondary index
		// to an existing table").
		String table = TestTable.hash("pk", ScalarAttributeType.S).create(this.ddb);
		TableDescription updated = this.ddb.updateTable((request) -> request.tableName(table)
			.attributeDefinitions(
					AttributeDefinition.builder().attributeName("g").attributeType(ScalarAttributeType.S).build())
			.globalSecondaryIndexUpdates((update) -> update.create((create) -> create.indexName("byG")
				.keySchema((key) -> key.attributeName("g").keyType(KeyType.HASH))
				.projection((projection) -> projection.projectionType(ProjectionType.ALL)))))
			.tableDescription();
		assertThat(updated.globalSecondaryIndexes()).singleElement().satisfies((index) -> {
			assertThat(index.indexName()).isEqualTo("byG");
			assertThat(index.indexStatus()).isEqualTo(IndexStatus.CREATING);
		});
	}

	@Test
	void listsTablesInNameOrderAcrossPages() {
		// ListTables returns names in ascending order, at most Limit per page, with
		// LastEvaluatedTableName
		// to continue.
		List<String> created = List.of(TestTable.hash("pk", ScalarAttributeType.S).create(this.ddb),
				TestTable.hash("pk", ScalarAttributeType.S).create(this.ddb),
				TestTable.hash("pk", ScalarAttributeType.S).create(this.ddb));
		List<String> all = new ArrayList<>();
		String start = null;
		do {
			String exclusiveStart = start;
			ListTablesResponse page = this.ddb
				.listTables((request) -> request.limit(2).exclusiveStartTableName(exclusiveStart));
			assertThat(page.tableNames()).hasSizeLessThanOrEqualTo(2);
			all.addAll(page.tableNames());
			start = page.lastEvaluatedTableName();
		}
		while (start != null);
		assertThat(all).containsAll(created).isSorted().doesNotHaveDuplicates();
	}

	@Test
	void deletesATableAndItsItems() {
		// DeleteTable removes the table; afterwards it is unknown to DescribeTable and to
		// item operations.
		String table = TestTable.hash("pk", ScalarAttributeType.S).create(this.ddb);
		this.ddb.putItem((request) -> request.tableName(table).item(item("pk", s("a"))));
		TableDescription deleted = this.ddb.deleteTable((request) -> request.tableName(table)).tableDescription();
		assertThat(deleted.tableName()).isEqualTo(table);
		assertFails(() -> this.ddb.describeTable((request) -> request.tableName(table)),
				ResourceNotFoundException.class, "ResourceNotFoundException",
				message(this.backend, "Requested resource not found: Table: " + table + " not found",
						"Cannot do operations on a non-existent table"));
		assertThat(this.ddb.listTables().tableNames()).doesNotContain(table);
	}

}
