package dev.ddbkit.mapping.schema;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import dev.ddbkit.mapping.DynamoMappingException;
import dev.ddbkit.mapping.annotation.DynamoEntity;
import dev.ddbkit.mapping.annotation.IndexPartitionKey;
import dev.ddbkit.mapping.annotation.IndexSortKey;
import dev.ddbkit.mapping.annotation.KeyPadding;
import dev.ddbkit.mapping.annotation.PartitionKey;
import dev.ddbkit.mapping.annotation.SortKey;
import org.jspecify.annotations.Nullable;

import org.springframework.util.StringUtils;

/**
 * Verifies entity mappings and compiles them to {@link EntitySchema}s, reporting every
 * violation at once in one {@link DynamoMappingException}: per entity ({@link #verify})
 * and across the entities sharing a table ({@link #verifyTables}).
 * <p>
 * Source for the name rules: DynamoDB Developer Guide, "Supported data types and naming
 * rules in Amazon DynamoDB".
 */
public final class EntitySchemaVerifier {

	private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9_.-]{3,255}");

	/**
	 * Verifies one entity and compiles its schema.
	 * @param entity a {@link DynamoEntity}
	 * @param defaultTableName the table of entities that name none
	 * @param <T> the entity type
	 * @return the schema
	 * @throws DynamoMappingException listing every violation
	 */
	public <T> EntitySchema<T> verify(DynamoPersistentEntity<T> entity, @Nullable String defaultTableName) {
		List<String> violations = new ArrayList<>();
		DynamoEntity annotation = entity.getRequiredAnnotation(DynamoEntity.class);
		String typeName = StringUtils.hasText(annotation.type()) ? annotation.type() : entity.getType().getSimpleName();
		String tableName = StringUtils.hasText(annotation.table()) ? annotation.table() : defaultTableName;
		if (tableName == null) {
			violations.add("no table: @DynamoEntity(table) is empty and no default table name is set");
		}
		else if (!NAME.matcher(tableName).matches()) {
			violations.add("table name '" + tableName + "' must be 3 to 255 characters of [a-zA-Z0-9_.-]");
		}
		PartitionKey partition = entity.findAnnotation(PartitionKey.class);
		if (partition == null) {
			violations.add("missing @PartitionKey: every entity needs a partition key template");
		}
		KeyTemplate partitionKey = (partition != null)
				? template(entity, "@PartitionKey", partition.value(), partition.shards(), violations) : null;
		SortKey sort = entity.findAnnotation(SortKey.class);
		KeyTemplate sortKey = (sort != null) ? template(entity, "@SortKey", sort.value(), 1, violations)
				: KeyTemplate.of(typeName);
		List<IndexSchema> indexes = indexes(entity, violations);
		checkProperties(entity, indexes, violations);
		if (!violations.isEmpty() || partitionKey == null || sortKey == null || tableName == null) {
			throw new DynamoMappingException("Entity " + entity.getType().getName(), violations);
		}
		return new EntitySchema<>(entity, typeName, tableName, partitionKey, sortKey, indexes);
	}

	/**
	 * Verifies that the entities sharing a table agree on its key attributes and indexes,
	 * and that type names are unique per table.
	 * @param schemas every entity schema
	 * @throws DynamoMappingException listing every disagreement
	 */
	public void verifyTables(Collection<EntitySchema<?>> schemas) {
		List<String> violations = new ArrayList<>();
		Map<String, Map<String, EntitySchema<?>>> typesByTable = new LinkedHashMap<>();
		Map<String, Map<String, IndexUse>> indexesByTable = new LinkedHashMap<>();
		Map<String, EntitySchema<?>> timeToLiveByTable = new LinkedHashMap<>();
		for (EntitySchema<?> schema : schemas) {
			DynamoPersistentProperty ttl = schema.getTimeToLiveProperty();
			EntitySchema<?> other = (ttl != null) ? timeToLiveByTable.putIfAbsent(schema.getTableName(), schema) : null;
			if (ttl != null && other != null && other.getTimeToLiveProperty() != null
					&& !other.getTimeToLiveProperty().getAttributeName().equals(ttl.getAttributeName())) {
				violations.add("table " + schema.getTableName() + ": entities " + other.getTypeName() + " and "
						+ schema.getTypeName() + " keep their time to live in different attributes ("
						+ other.getTimeToLiveProperty().getAttributeName() + ", " + ttl.getAttributeName()
						+ "); a table has one TTL attribute");
			}
			EntitySchema<?> previous = typesByTable.computeIfAbsent(schema.getTableName(), (t) -> new LinkedHashMap<>())
				.putIfAbsent(schema.getTypeName(), schema);
			if (previous != null && previous != schema) {
				violations.add("table " + schema.getTableName() + ": " + previous.getType().getName() + " and "
						+ schema.getType().getName() + " both use entity type '" + schema.getTypeName() + "'");
			}
			Map<String, IndexUse> indexes = indexesByTable.computeIfAbsent(schema.getTableName(),
					(t) -> new LinkedHashMap<>());
			for (IndexSchema index : schema.getIndexes()) {
				IndexUse use = new IndexUse(index.local(), index.partitionAttribute(), index.sortAttribute(),
						schema.getTypeName());
				IndexUse first = indexes.putIfAbsent(index.name(), use);
				if (first != null && !first.sameKeys(use)) {
					violations.add("table " + schema.getTableName() + ", index " + index.name() + ": entity "
							+ first.typeName() + " declares " + first.describe() + " but entity " + use.typeName()
							+ " declares " + use.describe());
				}
			}
		}
		if (!violations.isEmpty()) {
			throw new DynamoMappingException("The entities sharing tables", violations);
		}
	}

	private @Nullable KeyTemplate template(DynamoPersistentEntity<?> entity, String where, String text, int shards,
			List<String> violations) {
		KeyTemplate template;
		try {
			template = KeyTemplate.of(text, shards);
		}
		catch (IllegalArgumentException ex) {
			violations.add(where + ": " + ex.getMessage());
			return null;
		}
		for (String variable : template.variables()) {
			DynamoPersistentProperty property = entity.getPersistentProperty(variable);
			if (property == null) {
				Set<String> known = new TreeSet<>();
				entity.doWithProperties((DynamoPersistentProperty p) -> known.add(p.getName()));
				violations.add(where + " '" + text + "': unknown property {" + variable + "}; properties are " + known);
			}
			else if (property.isEntity() || property.isCollectionLike() || property.isMap()) {
				violations.add(where + " '" + text + "': property {" + variable + "} of type "
						+ property.getType().getSimpleName() + " is not a scalar and cannot be rendered into a key");
			}
		}
		return template;
	}

	private List<IndexSchema> indexes(DynamoPersistentEntity<?> entity, List<String> violations) {
		Map<String, IndexPartitionKey> partitions = new LinkedHashMap<>();
		Map<String, IndexSortKey> sorts = new LinkedHashMap<>();
		for (IndexPartitionKey key : entity.getType().getAnnotationsByType(IndexPartitionKey.class)) {
			if (partitions.put(key.index(), key) != null) {
				violations.add("index " + key.index() + " has more than one @IndexPartitionKey");
			}
		}
		for (IndexSortKey key : entity.getType().getAnnotationsByType(IndexSortKey.class)) {
			if (sorts.put(key.index(), key) != null) {
				violations.add("index " + key.index() + " has more than one @IndexSortKey");
			}
		}
		Set<String> names = new LinkedHashSet<>(partitions.keySet());
		names.addAll(sorts.keySet());
		List<IndexSchema> indexes = new ArrayList<>();
		for (String name : names) {
			if (!NAME.matcher(name).matches()) {
				violations.add("index name '" + name + "' must be 3 to 255 characters of [a-zA-Z0-9_.-]");
			}
			IndexPartitionKey partition = partitions.get(name);
			IndexSortKey sort = sorts.get(name);
			String where = "index " + name;
			KeyTemplate partitionKey = (partition != null)
					? template(entity, where + " @IndexPartitionKey", partition.value(), partition.shards(), violations)
					: null;
			KeyTemplate sortKey = (sort != null)
					? template(entity, where + " @IndexSortKey", sort.value(), 1, violations) : null;
			String partitionAttribute = (partition == null) ? EntitySchema.PARTITION_KEY_ATTRIBUTE
					: StringUtils.hasText(partition.attribute()) ? partition.attribute() : name + "PK";
			String sortAttribute = (sort == null) ? null
					: StringUtils.hasText(sort.attribute()) ? sort.attribute() : name + "SK";
			indexes.add(
					new IndexSchema(name, partition == null, partitionKey, partitionAttribute, sortKey, sortAttribute));
		}
		return indexes;
	}

	private void checkProperties(DynamoPersistentEntity<?> entity, List<IndexSchema> indexes, List<String> violations) {
		Set<String> reserved = new LinkedHashSet<>(List.of(EntitySchema.PARTITION_KEY_ATTRIBUTE,
				EntitySchema.SORT_KEY_ATTRIBUTE, EntitySchema.TYPE_ATTRIBUTE));
		for (IndexSchema index : indexes) {
			reserved.add(index.partitionAttribute());
			if (index.sortAttribute() != null) {
				reserved.add(index.sortAttribute());
			}
		}
		Set<String> attributes = new LinkedHashSet<>();
		entity.doWithProperties((DynamoPersistentProperty property) -> {
			String attribute = property.getAttributeName();
			if (reserved.contains(attribute)) {
				violations.add("property " + property.getName() + " is stored in attribute '" + attribute
						+ "', which holds a computed key or the entity type; rename it with @DynamoAttribute");
			}
			if (!attributes.add(attribute)) {
				violations.add("two properties are stored in attribute '" + attribute + "'");
			}
			if (property.isVersionProperty() && !isIntegral(property.getType())) {
				violations.add("@Version property " + property.getName() + " must be a Long, long, Integer or int, not "
						+ property.getType().getSimpleName());
			}
			KeyPadding padding = property.findAnnotation(KeyPadding.class);
			if (padding != null && (!isIntegral(property.getType()) || padding.value() < 1 || padding.value() > 19)) {
				violations.add("@KeyPadding property " + property.getName()
						+ " must be an int or long padded to 1..19 digits, not " + property.getType().getSimpleName()
						+ " to " + padding.value());
			}
			if (property.isTimeToLive() && !isTimeToLiveType(property.getType())) {
				violations.add("@TimeToLive property " + property.getName()
						+ " must be an Instant or a long of epoch seconds, not " + property.getType().getSimpleName());
			}
		});
	}

	private static boolean isIntegral(Class<?> type) {
		return type == Long.class || type == long.class || type == Integer.class || type == int.class;
	}

	private static boolean isTimeToLiveType(Class<?> type) {
		return type == Instant.class || type == Long.class || type == long.class;
	}

	private record IndexUse(boolean local, String partitionAttribute, @Nullable String sortAttribute, String typeName) {

		boolean sameKeys(IndexUse other) {
			return this.local == other.local && this.partitionAttribute.equals(other.partitionAttribute)
					&& java.util.Objects.equals(this.sortAttribute, other.sortAttribute);
		}

		String describe() {
			return (this.local ? "a local index" : "a global index") + " on " + this.partitionAttribute
					+ ((this.sortAttribute != null) ? "/" + this.sortAttribute : " without sort key");
		}

	}

}
