package dev.ddbkit.mapping.convert;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.ddbkit.mapping.schema.DynamoPersistentProperty;
import dev.ddbkit.mapping.schema.EntitySchema;
import dev.ddbkit.mapping.schema.IndexSchema;
import org.jspecify.annotations.Nullable;

import software.amazon.awssdk.enhanced.dynamodb.AttributeValueType;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.enhanced.dynamodb.TableMetadata;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.extensions.VersionedRecordExtension;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableMetadata;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The Enhanced Client {@link TableSchema} of one entity: the entity's attributes (through
 * {@link DynamoConverter}) plus the computed table and index keys and the entity-type
 * attribute. The version property is tagged for {@link VersionedRecordExtension}, so the
 * Enhanced Client's own optimistic locking applies to every put.
 *
 * @param <T> the entity type
 */
public final class DynamoTableSchema<T> implements TableSchema<T> {

	private final EntitySchema<T> schema;

	private final DynamoConverter converter;

	private final TableMetadata metadata;

	// immutable, so one instance serves every item
	private final AttributeValue type;

	// a map of this capacity holds every attribute of an item without growing
	private final int itemCapacity;

	/**
	 * Creates the table schema of an entity.
	 * @param schema the entity's schema
	 * @param converter the converter of its attributes
	 */
	public DynamoTableSchema(EntitySchema<T> schema, DynamoConverter converter) {
		this.schema = schema;
		this.converter = converter;
		this.metadata = metadata(schema);
		this.type = AttributeValue.fromS(schema.getTypeName());
		this.itemCapacity = (int) (attributeNames().size() / 0.75f) + 1;
	}

	/** The entity's schema. */
	public EntitySchema<T> getSchema() {
		return this.schema;
	}

	@Override
	public T mapToItem(Map<String, AttributeValue> attributeMap) {
		return this.converter.read(this.schema.getType(), attributeMap);
	}

	@Override
	public Map<String, AttributeValue> itemToMap(T item, boolean ignoreNulls) {
		Map<String, AttributeValue> attributes = new LinkedHashMap<>(this.itemCapacity);
		this.schema.renderKeyAttributes(item, (name, value) -> attributes.put(name, AttributeValue.createS(value)));
		attributes.put(EntitySchema.TYPE_ATTRIBUTE, this.type);
		this.converter.write(this.schema.getEntity(), item, attributes);
		return attributes;
	}

	@Override
	public Map<String, AttributeValue> itemToMap(T item, Collection<String> attributes) {
		Map<String, AttributeValue> all = itemToMap(item, true);
		Map<String, AttributeValue> selected = new LinkedHashMap<>();
		for (String attribute : attributes) {
			AttributeValue value = all.get(attribute);
			if (value != null) {
				selected.put(attribute, value);
			}
		}
		return selected;
	}

	@Override
	public @Nullable AttributeValue attributeValue(T item, String attributeName) {
		return itemToMap(item, true).get(attributeName);
	}

	@Override
	public TableMetadata tableMetadata() {
		return this.metadata;
	}

	@Override
	public EnhancedType<T> itemType() {
		return EnhancedType.of(this.schema.getType());
	}

	@Override
	public List<String> attributeNames() {
		List<String> names = new ArrayList<>(List.of(EntitySchema.PARTITION_KEY_ATTRIBUTE,
				EntitySchema.SORT_KEY_ATTRIBUTE, EntitySchema.TYPE_ATTRIBUTE));
		for (IndexSchema index : this.schema.getIndexes()) {
			if (!index.local()) {
				names.add(index.partitionAttribute());
			}
			if (index.sortAttribute() != null) {
				names.add(index.sortAttribute());
			}
		}
		for (DynamoPersistentProperty property : this.schema.getEntity()) {
			if (!property.isTransient()) {
				names.add(property.getAttributeName());
			}
		}
		return names;
	}

	@Override
	public boolean isAbstract() {
		return false;
	}

	private static TableMetadata metadata(EntitySchema<?> schema) {
		StaticTableMetadata.Builder builder = StaticTableMetadata.builder()
			.addIndexPartitionKey(TableMetadata.primaryIndexName(), EntitySchema.PARTITION_KEY_ATTRIBUTE,
					AttributeValueType.S)
			.addIndexSortKey(TableMetadata.primaryIndexName(), EntitySchema.SORT_KEY_ATTRIBUTE, AttributeValueType.S);
		for (IndexSchema index : schema.getIndexes()) {
			builder.addIndexPartitionKey(index.name(), index.partitionAttribute(), AttributeValueType.S);
			if (index.sortAttribute() != null) {
				builder.addIndexSortKey(index.name(), index.sortAttribute(), AttributeValueType.S);
			}
		}
		DynamoPersistentProperty version = schema.getVersionProperty();
		if (version != null) {
			VersionedRecordExtension.AttributeTags.versionAttribute()
				.modifyMetadata(version.getAttributeName(), AttributeValueType.N)
				.accept(builder);
		}
		return builder.build();
	}

}
