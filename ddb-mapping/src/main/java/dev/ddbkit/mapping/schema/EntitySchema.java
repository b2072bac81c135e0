package dev.ddbkit.mapping.schema;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import dev.ddbkit.mapping.annotation.KeyPadding;
import dev.ddbkit.mapping.convert.SortableValues;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.data.mapping.PersistentPropertyAccessor;

/**
 * The compiled, verified metadata of one
 * {@link dev.ddbkit.mapping.annotation.DynamoEntity}: its table, the value of the
 * entity-type attribute, the key templates of the table and its indexes, and the
 * properties they read. Built once by {@link EntitySchemaVerifier} when the entity enters
 * the {@link DynamoMappingContext}.
 *
 * @param <T> the entity type
 */
public final class EntitySchema<T> {

	/** The table's partition key attribute. */
	public static final String PARTITION_KEY_ATTRIBUTE = "PK";

	/** The table's sort key attribute. */
	public static final String SORT_KEY_ATTRIBUTE = "SK";

	/** The attribute holding the entity type of each item. */
	public static final String TYPE_ATTRIBUTE = "_type";

	private final DynamoPersistentEntity<T> entity;

	private final String typeName;

	private final String tableName;

	private final KeyTemplate partitionKey;

	private final KeyTemplate sortKey;

	private final List<IndexSchema> indexes;

	private final List<AccessPath> accessPaths;

	// Resolved once, as the key of every item written is rendered from them: each
	// key-template variable's property (first use first) and each padded property
	private final List<DynamoPersistentProperty> keyProperties;

	private final Map<String, KeyPadding> paddings;

	EntitySchema(DynamoPersistentEntity<T> entity, String typeName, String tableName, KeyTemplate partitionKey,
			KeyTemplate sortKey, List<IndexSchema> indexes) {
		this.entity = entity;
		this.typeName = typeName;
		this.tableName = tableName;
		this.partitionKey = partitionKey;
		this.sortKey = sortKey;
		this.indexes = List.copyOf(indexes);
		List<AccessPath> paths = new ArrayList<>();
		paths.add(new AccessPath(null, partitionKey, PARTITION_KEY_ATTRIBUTE, sortKey, SORT_KEY_ATTRIBUTE, false));
		for (IndexSchema index : indexes) {
			KeyTemplate partition = index.local() ? partitionKey : index.partitionKey();
			paths.add(new AccessPath(index.name(), partition, index.partitionAttribute(), index.sortKey(),
					index.sortAttribute(), !index.local()));
		}
		this.accessPaths = Collections.unmodifiableList(paths);
		Set<String> variables = new LinkedHashSet<>();
		for (AccessPath path : this.accessPaths) {
			variables.addAll(path.partitionKey().variables());
			variables.addAll(path.sortVariables());
		}
		this.keyProperties = variables.stream().map(entity::getRequiredPersistentProperty).toList();
		Map<String, KeyPadding> padded = new HashMap<>();
		for (DynamoPersistentProperty property : entity) {
			KeyPadding padding = property.findAnnotation(KeyPadding.class);
			if (padding != null) {
				padded.put(property.getName(), padding);
			}
		}
		this.paddings = Map.copyOf(padded);
	}

	/** The entity class. */
	public Class<T> getType() {
		return this.entity.getType();
	}

	/** The Spring Data entity. */
	public DynamoPersistentEntity<T> getEntity() {
		return this.entity;
	}

	/** The value of {@value #TYPE_ATTRIBUTE} on this entity's items. */
	public String getTypeName() {
		return this.typeName;
	}

	/** The table's name. */
	public String getTableName() {
		return this.tableName;
	}

	/** The table's partition key template. */
	public KeyTemplate getPartitionKey() {
		return this.partitionKey;
	}

	/**
	 * The table's sort key template (the entity-type name when the entity declares none).
	 */
	public KeyTemplate getSortKey() {
		return this.sortKey;
	}

	/** The secondary indexes the entity writes keys for. */
	public List<IndexSchema> getIndexes() {
		return this.indexes;
	}

	/** The table first, then each index, as query paths. */
	public List<AccessPath> getAccessPaths() {
		return this.accessPaths;
	}

	/**
	 * The access path of the table or of an index.
	 * @param indexName the index, {@code null} for the table
	 * @return the path
	 * @throws InvalidDataAccessApiUsageException when the entity has no such index
	 */
	public AccessPath getRequiredAccessPath(@Nullable String indexName) {
		for (AccessPath path : this.accessPaths) {
			if (java.util.Objects.equals(path.indexName(), indexName)) {
				return path;
			}
		}
		throw new InvalidDataAccessApiUsageException(
				"Entity " + this.typeName + " has no index " + indexName + "; it has " + describeAccessPaths());
	}

	/** The variables of the table's key templates, partition first. */
	public Set<String> getTableKeyVariables() {
		Set<String> variables = new LinkedHashSet<>(this.partitionKey.variables());
		variables.addAll(this.sortKey.variables());
		return variables;
	}

	/** The version property, if any. */
	public @Nullable DynamoPersistentProperty getVersionProperty() {
		return this.entity.getVersionProperty();
	}

	/** The time-to-live property, if any. */
	public @Nullable DynamoPersistentProperty getTimeToLiveProperty() {
		for (DynamoPersistentProperty property : this.entity
			.getPersistentProperties(dev.ddbkit.mapping.annotation.TimeToLive.class)) {
			return property;
		}
		return null;
	}

	/**
	 * Renders the table's key of an entity.
	 * @param bean the entity
	 * @return {@code PK} and {@code SK} as strings
	 * @throws InvalidDataAccessApiUsageException when a key property is {@code null}
	 */
	public Map<String, String> renderTableKey(Object bean) {
		return renderTableKey(variableValues(bean));
	}

	/**
	 * Renders the table's key from property values.
	 * @param propertyValues property name to value (not yet rendered); must cover the
	 * table's templates
	 * @return {@code PK} and {@code SK} as strings
	 * @throws InvalidDataAccessApiUsageException when a key property has no value
	 */
	public Map<String, String> renderTableKey(Map<String, ?> propertyValues) {
		return tableKey(renderValues(propertyValues));
	}

	/**
	 * The table key from rendered values, the partition key with its shard suffix when
	 * sharded.
	 */
	private Map<String, String> tableKey(Map<String, String> rendered) {
		String partition = render(this.partitionKey, rendered);
		String sort = render(this.sortKey, rendered);
		Map<String, String> key = new LinkedHashMap<>();
		key.put(PARTITION_KEY_ATTRIBUTE, tablePartition(partition, sort));
		key.put(SORT_KEY_ATTRIBUTE, sort);
		return key;
	}

	/** The stored table partition key: with its shard suffix when sharded. */
	private String tablePartition(String partition, String sort) {
		// the shard's CRC32 is only worth computing when there are shards
		return this.partitionKey.isSharded() ? this.partitionKey.shardKey(partition,
				KeyTemplate.shardOf(partition, sort, this.partitionKey.shards())) : partition;
	}

	/**
	 * Renders the partition key of a global secondary index, with its shard suffix when
	 * the index key is sharded (the shard follows from the table key, so the table key's
	 * properties must be among the values).
	 * @param index a global index of this entity
	 * @param propertyValues property name to value (not yet rendered)
	 * @return the stored index partition key, {@code null} when a variable of the index
	 * template has no value (sparse)
	 * @throws InvalidDataAccessApiUsageException when the index is sharded and a table
	 * key property has no value
	 */
	public @Nullable String renderIndexPartitionKey(IndexSchema index, Map<String, ?> propertyValues) {
		return indexPartitionKey(index, renderValues(propertyValues));
	}

	private @Nullable String indexPartitionKey(IndexSchema index, Map<String, String> rendered) {
		KeyTemplate template = index.partitionKey();
		String partition = (template != null) ? template.renderOrNull(rendered::get) : null;
		if (template == null || partition == null || !template.isSharded()) {
			return partition;
		}
		String tablePartition = render(this.partitionKey, rendered);
		return template.shardKey(partition,
				KeyTemplate.shardOf(tablePartition, render(this.sortKey, rendered), template.shards()));
	}

	/**
	 * Renders every key attribute of an entity: table keys, and the index keys whose
	 * variables are all non-null (sparse indexes).
	 * @param bean the entity
	 * @return attribute name to rendered key
	 */
	public Map<String, String> renderKeyAttributes(Object bean) {
		Map<String, String> keys = new LinkedHashMap<>(4 + 2 * this.indexes.size());
		renderKeyAttributes(bean, keys::put);
		return keys;
	}

	/**
	 * Renders every key attribute of an entity as {@link #renderKeyAttributes(Object)},
	 * handing each to a consumer in the same order instead of collecting them.
	 * @param bean the entity
	 * @param keys receives attribute name and rendered key
	 */
	public void renderKeyAttributes(Object bean, BiConsumer<String, String> keys) {
		PersistentPropertyAccessor<?> accessor = this.entity.getReadAccessor(bean);
		Map<String, String> rendered = new HashMap<>();
		for (DynamoPersistentProperty property : this.keyProperties) {
			Object value = accessor.getProperty(property);
			if (value != null) {
				rendered.put(property.getName(), renderKeyValue(property.getName(), value));
			}
		}
		String tablePartition = render(this.partitionKey, rendered);
		String tableSort = render(this.sortKey, rendered);
		keys.accept(PARTITION_KEY_ATTRIBUTE, tablePartition(tablePartition, tableSort));
		keys.accept(SORT_KEY_ATTRIBUTE, tableSort);
		for (IndexSchema index : this.indexes) {
			String partition = (index.partitionKey() != null) ? indexPartitionKey(index, rendered) : "";
			String sort = (index.sortKey() != null) ? index.sortKey().renderOrNull(rendered::get) : "";
			if (partition == null || sort == null) {
				continue;
			}
			if (index.partitionKey() != null) {
				keys.accept(index.partitionAttribute(), partition);
			}
			if (index.sortKey() != null && index.sortAttribute() != null) {
				keys.accept(index.sortAttribute(), sort);
			}
		}
	}

	/**
	 * Renders property values to their key string form
	 * ({@link #renderKeyValue(String, Object)}); {@code null} values are left out.
	 * @param propertyValues property name to value
	 * @return property name to rendered value
	 */
	public Map<String, String> renderValues(Map<String, ?> propertyValues) {
		Map<String, String> rendered = new LinkedHashMap<>();
		propertyValues.forEach((name, value) -> {
			if (value != null) {
				rendered.put(name, renderKeyValue(name, value));
			}
		});
		return rendered;
	}

	/**
	 * Renders one property value for a key template:
	 * {@link SortableValues#forKey(Object)}, integers zero-padded when the property
	 * carries {@link KeyPadding}.
	 * @param property the property name
	 * @param value its value (a {@code String} is taken as already rendered, e.g. a
	 * prefix)
	 * @return the rendered value
	 * @throws InvalidDataAccessApiUsageException when a padded number is negative or too
	 * wide
	 */
	public String renderKeyValue(String property, Object value) {
		KeyPadding padding = this.paddings.get(property);
		if (padding == null || !(value instanceof Number number)) {
			return SortableValues.forKey(value);
		}
		String digits = Long.toString(number.longValue());
		if (number.longValue() < 0 || digits.length() > padding.value()) {
			throw new InvalidDataAccessApiUsageException(property + " = " + value + " of " + this.typeName
					+ " does not fit @KeyPadding(" + padding.value() + "): keys would not sort numerically");
		}
		return "0".repeat(padding.value() - digits.length()) + digits;
	}

	/**
	 * The values of every key-template variable of an entity.
	 * @param bean the entity
	 * @return property name to value, {@code null} values included
	 */
	public Map<String, @Nullable Object> variableValues(Object bean) {
		PersistentPropertyAccessor<?> accessor = this.entity.getReadAccessor(bean);
		Map<String, @Nullable Object> values = new LinkedHashMap<>();
		for (DynamoPersistentProperty property : this.keyProperties) {
			values.put(property.getName(), accessor.getProperty(property));
		}
		return values;
	}

	/** One line per access path, for error messages and reports. */
	public String describeAccessPaths() {
		StringBuilder description = new StringBuilder();
		for (AccessPath path : this.accessPaths) {
			description.append("\n   ").append(path.describe());
		}
		return description.toString();
	}

	private String render(KeyTemplate template, Map<String, String> rendered) {
		String key = template.renderOrNull(rendered::get);
		if (key == null) {
			List<String> missing = template.variables().stream().filter((v) -> rendered.get(v) == null).toList();
			throw new InvalidDataAccessApiUsageException("Cannot render key " + template + " of entity " + this.typeName
					+ ": no value for " + String.join(", ", missing));
		}
		return key;
	}

	@Override
	public String toString() {
		return "EntitySchema " + this.typeName + " in " + this.tableName + describeAccessPaths();
	}

}
