package dev.ddbkit.mapping.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import dev.ddbkit.mapping.convert.DynamoConverter;
import dev.ddbkit.mapping.convert.DynamoTableSchema;
import dev.ddbkit.mapping.schema.DynamoPersistentProperty;
import dev.ddbkit.mapping.schema.EntitySchema;

import org.springframework.dao.InvalidDataAccessApiUsageException;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Turns the template's batch calls into the writes and keys of a {@link BatchExecutor}:
 * entities to puts (new versioned entities get version 1), ids to deletes and reads,
 * ready-made items to puts keyed by {@code PK} and {@code SK}.
 */
final class BatchWrites {

	private final DynamoConverter converter;

	private final IdResolver ids;

	private final Function<Class<?>, DynamoTableSchema<?>> tableSchemas;

	BatchWrites(DynamoConverter converter, IdResolver ids, Function<Class<?>, DynamoTableSchema<?>> tableSchemas) {
		this.converter = converter;
		this.ids = ids;
		this.tableSchemas = tableSchemas;
	}

	/** The puts of entities; {@code written} receives each entity as written. */
	@SuppressWarnings("unchecked")
	<T> List<BatchExecutor.TableWrite> puts(Collection<T> entities, List<T> written) {
		List<BatchExecutor.TableWrite> writes = new ArrayList<>();
		for (T entity : entities) {
			DynamoTableSchema<T> tableSchema = (DynamoTableSchema<T>) this.tableSchemas.apply(entity.getClass());
			EntitySchema<T> schema = tableSchema.getSchema();
			DynamoPersistentProperty versionProperty = schema.getVersionProperty();
			T toWrite = entity;
			if (versionProperty != null) {
				Object version = schema.getEntity().getPropertyAccessor(entity).getProperty(versionProperty);
				if (version != null && ((Number) version).longValue() != 0) {
					throw new InvalidDataAccessApiUsageException("batchSave cannot check versions: "
							+ schema.getTypeName() + " " + schema.renderTableKey(entity) + " has version " + version
							+ "; use save or a transaction");
				}
				toWrite = this.converter.setProperty(entity, versionProperty,
						(versionProperty.getType() == Integer.class || versionProperty.getType() == int.class) ? 1
								: 1L);
			}
			Map<String, AttributeValue> item = tableSchema.itemToMap(toWrite, true);
			writes.add(new BatchExecutor.TableWrite(schema.getTableName(), schema.renderTableKey(toWrite),
					WriteRequest.builder().putRequest((put) -> put.item(item)).build()));
			written.add(toWrite);
		}
		return writes;
	}

	/** The puts of ready-made items, keyed by their string {@code PK} and {@code SK}. */
	static List<BatchExecutor.TableWrite> items(String tableName, List<Map<String, AttributeValue>> items) {
		List<BatchExecutor.TableWrite> writes = new ArrayList<>();
		for (Map<String, AttributeValue> item : items) {
			AttributeValue partition = item.get(EntitySchema.PARTITION_KEY_ATTRIBUTE);
			AttributeValue sort = item.get(EntitySchema.SORT_KEY_ATTRIBUTE);
			if (partition == null || sort == null || partition.s() == null || sort.s() == null) {
				throw new InvalidDataAccessApiUsageException(
						"batchWriteItems needs items with string key attributes " + EntitySchema.PARTITION_KEY_ATTRIBUTE
								+ " and " + EntitySchema.SORT_KEY_ATTRIBUTE + ", got " + item.keySet());
			}
			writes.add(new BatchExecutor.TableWrite(
					tableName, Map.of(EntitySchema.PARTITION_KEY_ATTRIBUTE, partition.s(),
							EntitySchema.SORT_KEY_ATTRIBUTE, sort.s()),
					WriteRequest.builder().putRequest((put) -> put.item(item)).build()));
		}
		return writes;
	}

	/** The deletes of entities by id. */
	List<BatchExecutor.TableWrite> deletes(EntitySchema<?> schema, Collection<?> entityIds) {
		List<BatchExecutor.TableWrite> writes = new ArrayList<>();
		for (Object id : entityIds) {
			Map<String, String> key = schema.renderTableKey(this.ids.keyProperties(schema, id));
			writes.add(new BatchExecutor.TableWrite(schema.getTableName(), key,
					WriteRequest.builder().deleteRequest((delete) -> delete.key(attributes(key))).build()));
		}
		return writes;
	}

	/** Reads entities by id, returning those found in the order of the ids. */
	<T> List<T> get(EntitySchema<T> schema, Collection<?> entityIds, BatchExecutor batches) {
		List<Map<String, AttributeValue>> keys = new ArrayList<>();
		for (Object id : entityIds) {
			keys.add(attributes(schema.renderTableKey(this.ids.keyProperties(schema, id))));
		}
		Map<String, T> found = new HashMap<>();
		for (Map<String, AttributeValue> item : batches.read(schema.getTypeName(), schema.getTableName(), keys,
				false)) {
			if (QueryExecutor.isOfType(item, schema)) {
				found.put(keyText(item), this.converter.read(schema.getType(), item));
			}
		}
		List<T> ordered = new ArrayList<>();
		for (Map<String, AttributeValue> key : keys) {
			T entity = found.remove(keyText(key));
			if (entity != null) {
				ordered.add(entity);
			}
		}
		return ordered;
	}

	private static String keyText(Map<String, AttributeValue> item) {
		return item.get(EntitySchema.PARTITION_KEY_ATTRIBUTE).s() + '\u0000'
				+ item.get(EntitySchema.SORT_KEY_ATTRIBUTE).s();
	}

	static Map<String, AttributeValue> attributes(Map<String, String> key) {
		Map<String, AttributeValue> attributes = new LinkedHashMap<>();
		key.forEach((name, value) -> attributes.put(name, AttributeValue.fromS(value)));
		return attributes;
	}

}
