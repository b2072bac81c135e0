package dev.ddbkit.engine.operation;

import java.util.Map;

import dev.ddbkit.engine.value.ItemSizer;
import dev.ddbkit.engine.error.EngineException;
import dev.ddbkit.engine.schema.IndexDefinition;
import dev.ddbkit.engine.schema.KeySchema;
import dev.ddbkit.engine.schema.TableDefinition;
import dev.ddbkit.engine.value.Item;
import dev.ddbkit.engine.value.PrimaryKey;
import dev.ddbkit.engine.value.Value;
import dev.ddbkit.engine.value.ValueType;
import org.jspecify.annotations.Nullable;

/**
 * Checks items and keys against a table's schema with DynamoDB's messages.
 * <p>
 * Rules (DynamoDB Developer Guide, "Quotas": partition key value 1..2048 bytes, sort key
 * value 1..1024 bytes, item ≤ 400 KB; "Supported data types": key attributes are
 * non-empty S, N or B; secondary index keys must have the declared type).
 */
final class ItemValidator {

	static final String KEY_MISMATCH = "The provided key element does not match the schema";

	private static final String INVALID = "One or more parameter values were invalid: ";

	private static final int MAX_PARTITION_KEY_BYTES = 2048;

	private static final int MAX_SORT_KEY_BYTES = 1024;

	private ItemValidator() {
	}

	/**
	 * The key of a request's {@code Key}: exactly the table's key attributes, typed as
	 * declared.
	 */
	static PrimaryKey key(TableDefinition table, Map<String, Value> key) {
		KeySchema schema = table.keySchema();
		if (key.size() != schema.attributeNames().size() || !schema.isKeyedBy(new Item(key))) {
			throw EngineException.validation(KEY_MISMATCH);
		}
		checkKeyValue(schema.partitionKey(), key.get(schema.partitionKey()), MAX_PARTITION_KEY_BYTES);
		if (schema.hasSortKey()) {
			checkKeyValue(schema.sortKey(), key.get(schema.sortKey()), MAX_SORT_KEY_BYTES);
		}
		return schema.keyOf(new Item(key));
	}

	/** The key of an item to store, after checking keys, index keys and size. */
	static PrimaryKey item(TableDefinition table, Item item) {
		KeySchema schema = table.keySchema();
		checkItemKey(item, schema.partitionKey(), schema.partitionKeyType(), MAX_PARTITION_KEY_BYTES);
		if (schema.hasSortKey()) {
			checkItemKey(item, schema.sortKey(), schema.sortKeyType(), MAX_SORT_KEY_BYTES);
		}
		checkIndexKeys(table, item);
		checkSize(item);
		return schema.keyOf(item);
	}

	/** Checks the index keys and size of an item an update produced. */
	static void updated(TableDefinition table, Item item) {
		checkIndexKeys(table, item);
		checkSize(item);
	}

	static void checkSize(Item item) {
		if (ItemSizer.sizeOf(item) > ItemSizer.MAX_ITEM_SIZE) {
			throw EngineException.validation("Item size has exceeded the maximum allowed size");
		}
	}

	private static void checkItemKey(Item item, String name, @Nullable ValueType type, int maxBytes) {
		Value value = item.get(name);
		if (value == null) {
			throw EngineException.validation(INVALID + "Missing the key %s in the item", name);
		}
		if (value.type() != type) {
			throw EngineException.validation(INVALID + "Type mismatch for key %s expected: %s actual: %s", name,
					type.descriptor(), value.type().descriptor());
		}
		checkKeyValue(name, value, maxBytes);
	}

	private static void checkKeyValue(String name, Value value, int maxBytes) {
		long size = ItemSizer.sizeOf(value);
		if (size == 0) {
			String kind = (value.type() == ValueType.B) ? "binary" : "string";
			throw EngineException.validation(
					"One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty %s value. Key: %s",
					kind, name);
		}
		if (value.type() != ValueType.N && size > maxBytes) {
			throw EngineException.validation((maxBytes == MAX_PARTITION_KEY_BYTES)
					? INVALID + "Size of hashkey has exceeded the maximum size limit of 2048 bytes"
					: INVALID + "Aggregated size of all range keys has exceeded the size limit of 1024 bytes");
		}
	}

	private static void checkIndexKeys(TableDefinition table, Item item) {
		for (IndexDefinition index : table.indexes()) {
			KeySchema schema = index.keySchema();
			checkIndexKey(index, item, schema.partitionKey(), schema.partitionKeyType());
			if (schema.hasSortKey()) {
				checkIndexKey(index, item, schema.sortKey(), schema.sortKeyType());
			}
		}
	}

	private static void checkIndexKey(IndexDefinition index, Item item, String name, @Nullable ValueType type) {
		Value value = item.get(name);
		if (value == null) {
			return;
		}
		if (value.type() != type) {
			throw EngineException.validation(
					INVALID + "Type mismatch for Index Key %s Expected: %s Actual: %s IndexName: %s", name,
					type.descriptor(), value.type().descriptor(), index.name());
		}
		if (ItemSizer.sizeOf(value) == 0) {
			throw EngineException.validation(
					"One or more parameter values are not valid. A value specified for a secondary index key is not supported. The AttributeValue for a key attribute cannot contain an empty %s value. IndexName: %s, IndexKey: %s",
					(value.type() == ValueType.B) ? "binary" : "string", index.name(), name);
		}
	}

}
