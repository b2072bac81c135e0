package dev.ddbkit.autoconfigure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/**
 * Compares the tables the entities declare with what DescribeTable reports: existence,
 * key schema with attribute types, and each declared index with its keys and projection
 * type. Indexes the entities do not declare are allowed: other applications may share the
 * table.
 */
final class DynamoSchemaValidator {

	private final List<String> missingTables = new ArrayList<>();

	private final List<String> differences = new ArrayList<>();

	void compare(CreateTableRequest declared, @Nullable TableDescription actual) {
		String table = declared.tableName();
		if (actual == null) {
			this.missingTables.add(table);
			this.differences.add("Table '" + table + "' does not exist");
			return;
		}
		compareKeys("Table '" + table + "'", declared.keySchema(), declared.attributeDefinitions(), actual.keySchema(),
				actual.attributeDefinitions());
		Map<String, GlobalSecondaryIndexDescription> globals = actual.globalSecondaryIndexes()
			.stream()
			.collect(Collectors.toMap(GlobalSecondaryIndexDescription::indexName, Function.identity()));
		for (GlobalSecondaryIndex index : declared.globalSecondaryIndexes()) {
			GlobalSecondaryIndexDescription existing = globals.get(index.indexName());
			String subject = "Global secondary index '" + index.indexName() + "' of table '" + table + "'";
			if (existing == null) {
				this.differences.add(subject + " does not exist");
				continue;
			}
			compareKeys(subject, index.keySchema(), declared.attributeDefinitions(), existing.keySchema(),
					actual.attributeDefinitions());
			compareProjection(subject, index.projection(), existing.projection());
		}
		Map<String, LocalSecondaryIndexDescription> locals = actual.localSecondaryIndexes()
			.stream()
			.collect(Collectors.toMap(LocalSecondaryIndexDescription::indexName, Function.identity()));
		for (LocalSecondaryIndex index : declared.localSecondaryIndexes()) {
			LocalSecondaryIndexDescription existing = locals.get(index.indexName());
			String subject = "Local secondary index '" + index.indexName() + "' of table '" + table + "'";
			if (existing == null) {
				this.differences.add(subject + " does not exist (local indexes can only be created with the table)");
				continue;
			}
			compareKeys(subject, index.keySchema(), declared.attributeDefinitions(), existing.keySchema(),
					actual.attributeDefinitions());
			compareProjection(subject, index.projection(), existing.projection());
		}
	}

	private void compareKeys(String subject, List<KeySchemaElement> declared, List<AttributeDefinition> declaredTypes,
			List<KeySchemaElement> actual, List<AttributeDefinition> actualTypes) {
		String expected = describeKeys(declared, declaredTypes);
		String found = describeKeys(actual, actualTypes);
		if (!expected.equals(found)) {
			this.differences.add(subject + " has key schema " + found + " but the entities declare " + expected);
		}
	}

	private void compareProjection(String subject, @Nullable Projection declared, @Nullable Projection actual) {
		String expected = (declared != null) ? declared.projectionTypeAsString() : null;
		String found = (actual != null) ? actual.projectionTypeAsString() : null;
		if (!Objects.equals(expected, found)) {
			this.differences.add(subject + " projects " + found + " but the entities declare " + expected);
		}
	}

	private static String describeKeys(List<KeySchemaElement> keys, List<AttributeDefinition> types) {
		return keys.stream()
			.map((key) -> key.attributeName() + " (" + key.keyTypeAsString() + ", "
					+ types.stream()
						.filter((type) -> type.attributeName().equals(key.attributeName()))
						.map(AttributeDefinition::attributeTypeAsString)
						.findFirst()
						.orElse("?")
					+ ")")
			.collect(Collectors.joining(", ", "[", "]"));
	}

	void throwIfDifferent() {
		if (!this.differences.isEmpty()) {
			throw new DynamoSchemaValidationException(this.missingTables, this.differences);
		}
	}

}
