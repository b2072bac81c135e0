package dev.ddbkit.mapping.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Builds the {@code CreateTable} request of one table from the schemas of the entities
 * stored in it.
 */
final class TableRequests {

	private TableRequests() {
	}

	static CreateTableRequest createTable(String tableName, List<EntitySchema<?>> schemas) {
		Set<String> attributes = new LinkedHashSet<>(
				List.of(EntitySchema.PARTITION_KEY_ATTRIBUTE, EntitySchema.SORT_KEY_ATTRIBUTE));
		Map<String, IndexSchema> indexes = new LinkedHashMap<>();
		for (EntitySchema<?> schema : schemas) {
			for (IndexSchema index : schema.getIndexes()) {
				indexes.putIfAbsent(index.name(), index);
			}
		}
		List<GlobalSecondaryIndex> globals = new ArrayList<>();
		List<LocalSecondaryIndex> locals = new ArrayList<>();
		Projection all = Projection.builder().projectionType(ProjectionType.ALL).build();
		for (IndexSchema index : indexes.values()) {
			attributes.add(index.partitionAttribute());
			List<KeySchemaElement> keys = new ArrayList<>();
			keys.add(key(index.partitionAttribute(), KeyType.HASH));
			if (index.sortAttribute() != null) {
				attributes.add(index.sortAttribute());
				keys.add(key(index.sortAttribute(), KeyType.RANGE));
			}
			if (index.local()) {
				locals
					.add(LocalSecondaryIndex.builder().indexName(index.name()).keySchema(keys).projection(all).build());
			}
			else {
				globals.add(
						GlobalSecondaryIndex.builder().indexName(index.name()).keySchema(keys).projection(all).build());
			}
		}
		CreateTableRequest.Builder request = CreateTableRequest.builder()
			.tableName(tableName)
			.billingMode(BillingMode.PAY_PER_REQUEST)
			.keySchema(key(EntitySchema.PARTITION_KEY_ATTRIBUTE, KeyType.HASH),
					key(EntitySchema.SORT_KEY_ATTRIBUTE, KeyType.RANGE))
			.attributeDefinitions(attributes.stream()
				.map((name) -> AttributeDefinition.builder()
					.attributeName(name)
					.attributeType(ScalarAttributeType.S)
					.build())
				.toList());
		if (!globals.isEmpty()) {
			request.globalSecondaryIndexes(globals);
		}
		if (!locals.isEmpty()) {
			request.localSecondaryIndexes(locals);
		}
		return request.build();
	}

	private static KeySchemaElement key(String attribute, KeyType type) {
		return KeySchemaElement.builder().attributeName(attribute).keyType(type).build();
	}

}
