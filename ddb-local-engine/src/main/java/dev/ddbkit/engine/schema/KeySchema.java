package dev.ddbkit.engine.schema;

import java.util.LinkedHashSet;
import java.util.Set;

import dev.ddbkit.engine.value.Item;
import dev.ddbkit.engine.value.PrimaryKey;
import dev.ddbkit.engine.value.ValueType;
import org.jspecify.annotations.Nullable;

/**
 * The key of a table or an index: a partition key (HASH) and an optional sort key
 * (RANGE), each with its scalar type (S, N or B).
 * <p>
 * Source: DynamoDB API Reference, "KeySchemaElement" and "AttributeDefinition".
 */
public record KeySchema(String partitionKey, ValueType partitionKeyType, @Nullable String sortKey,
		@Nullable ValueType sortKeyType) {

	/** Whether the key has a sort key. */
	public boolean hasSortKey() {
		return this.sortKey != null;
	}

	/** The key attribute names, partition key first. */
	public Set<String> attributeNames() {
		Set<String> names = new LinkedHashSet<>();
		names.add(this.partitionKey);
		if (this.sortKey != null) {
			names.add(this.sortKey);
		}
		return names;
	}

	/** The key of an item that has all key attributes (a stored or validated item). */
	public PrimaryKey keyOf(Item item) {
		return new PrimaryKey(item.get(this.partitionKey), (this.sortKey != null) ? item.get(this.sortKey) : null);
	}

	/**
	 * Whether the item carries every key attribute of this schema with its declared type.
	 */
	public boolean isKeyedBy(Item item) {
		if (!hasTyped(item, this.partitionKey, this.partitionKeyType)) {
			return false;
		}
		return this.sortKey == null || hasTyped(item, this.sortKey, this.sortKeyType);
	}

	private static boolean hasTyped(Item item, String name, @Nullable ValueType type) {
		return item.has(name) && item.get(name).type() == type;
	}

}
