package dev.ddbkit.mapping.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import dev.ddbkit.mapping.DynamoConditionFailedException;
import dev.ddbkit.mapping.convert.DynamoConverter;
import dev.ddbkit.mapping.convert.DynamoTableSchema;
import dev.ddbkit.mapping.observability.DynamoEntityScope;
import dev.ddbkit.mapping.query.DynamoCursor;
import dev.ddbkit.mapping.query.DynamoPage;
import dev.ddbkit.mapping.query.DynamoQuery;
import dev.ddbkit.mapping.query.KeyCondition;
import dev.ddbkit.mapping.query.KeyConditions;
import dev.ddbkit.mapping.schema.AccessPath;
import dev.ddbkit.mapping.schema.DynamoMappingContext;
import dev.ddbkit.mapping.schema.DynamoPersistentProperty;
import dev.ddbkit.mapping.schema.EntitySchema;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.dao.OptimisticLockingFailureException;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.extensions.VersionedRecordExtension;
import software.amazon.awssdk.enhanced.dynamodb.model.PutItemEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * The {@link DynamoOperations} on any {@link DynamoDbClient} (AWS, LocalStack, DynamoDB
 * Local or the ddbkit engine). Writes go through the Enhanced Client with
 * {@link VersionedRecordExtension}, so optimistic locking is the SDK's own; reads and
 * queries use the low-level client so that mixed item collections can be decoded by
 * entity type. Thread-safe.
 */
public class DynamoTemplate implements DynamoOperations {

	private final DynamoDbClient client;

	private final DynamoMappingContext mappingContext;

	private final DynamoConverter converter;

	private final DynamoDbEnhancedClient enhancedClient;

	private final DynamoExceptionTranslator translator = new DynamoExceptionTranslator();

	private final QueryExecutor executor;

	private final IdResolver ids;

	private final Map<Class<?>, DynamoDbTable<?>> tables = new ConcurrentHashMap<>();

	private final Map<Class<?>, DynamoTableSchema<?>> tableSchemas = new ConcurrentHashMap<>();

	private final Map<List<Class<?>>, ProjectionReader<?>> projections = new ConcurrentHashMap<>();

	private final TransactionWriter transactions;

	private final BatchExecutor batches;

	/**
	 * Creates a template.
	 * @param client the DynamoDB client
	 * @param mappingContext the entities
	 */
	public DynamoTemplate(DynamoDbClient client, DynamoMappingContext mappingContext) {
		this(client, new DynamoConverter(mappingContext));
	}

	/**
	 * Creates a template with a converter of its own (e.g. one with
	 * {@code DynamoCustomConversions}).
	 * @param client the DynamoDB client
	 * @param converter the converter, whose mapping context is used
	 */
	public DynamoTemplate(DynamoDbClient client, DynamoConverter converter) {
		this.client = client;
		this.mappingContext = converter.getMappingContext();
		this.converter = converter;
		this.enhancedClient = DynamoDbEnhancedClient.builder()
			.dynamoDbClient(client)
			.extensions(VersionedRecordExtension.builder().build())
			.build();
		this.executor = new QueryExecutor(client, this.converter, this.translator);
		this.ids = new IdResolver(mappingContext);
		this.batches = new BatchExecutor(client, this.translator);
		this.transactions = new TransactionWriter(client, this.converter, this.ids, this.translator,
				this::getTableSchema);
	}

	/**
	 * The Enhanced Client table schema of an entity.
	 * @param type the entity class
	 * @param <T> the entity type
	 * @return the schema
	 */
	@SuppressWarnings("unchecked")
	public <T> DynamoTableSchema<T> getTableSchema(Class<T> type) {
		return (DynamoTableSchema<T>) this.tableSchemas.computeIfAbsent(type,
				(key) -> new DynamoTableSchema<>(this.mappingContext.getRequiredEntitySchema(type), this.converter));
	}

	/** The DynamoDB client. */
	public DynamoDbClient getClient() {
		return this.client;
	}

	@Override
	public DynamoMappingContext getMappingContext() {
		return this.mappingContext;
	}

	@Override
	public DynamoConverter getConverter() {
		return this.converter;
	}

	/**
	 * The Enhanced Client table of an entity, for operations the template does not offer.
	 * @param type the entity class
	 * @param <T> the entity type
	 * @return the table, using {@link DynamoTableSchema}
	 */
	@SuppressWarnings("unchecked")
	public <T> DynamoDbTable<T> getTable(Class<T> type) {
		return (DynamoDbTable<T>) this.tables.computeIfAbsent(type, (key) -> {
			DynamoTableSchema<T> schema = getTableSchema(type);
			return this.enhancedClient.table(schema.getSchema().getTableName(), schema);
		});
	}

	@Override
	public <T> T save(T entity) {
		return put(entity, null);
	}

	@Override
	public <T> T insert(T entity) {
		EntitySchema<?> schema = schemaOf(entity);
		Object version = currentVersion(schema, entity);
		if (version != null && ((Number) version).longValue() != 0) {
			throw new InvalidDataAccessApiUsageException("insert needs a new " + schema.getTypeName()
					+ " (version null or 0), got version " + version + "; use save to update");
		}
		Expression absent = Expression.builder()
			.expression("attribute_not_exists(#ddbkitPk)")
			.putExpressionName("#ddbkitPk", EntitySchema.PARTITION_KEY_ATTRIBUTE)
			.build();
		return put(entity, absent);
	}

	@SuppressWarnings("unchecked")
	private <T> T put(T entity, @Nullable Expression condition) {
		Class<T> type = (Class<T>) entity.getClass();
		EntitySchema<T> schema = this.mappingContext.getRequiredEntitySchema(type);
		DynamoPersistentProperty versionProperty = schema.getVersionProperty();
		Object version = currentVersion(schema, entity);
		try {
			DynamoEntityScope.call(schema.getTypeName(), () -> {
				getTable(type)
					.putItem(PutItemEnhancedRequest.builder(type).item(entity).conditionExpression(condition).build());
				return null;
			});
		}
		catch (ConditionalCheckFailedException ex) {
			Map<String, String> key = schema.renderTableKey(entity);
			if (condition != null) {
				throw new DuplicateKeyException(
						schema.getTypeName() + " with key " + key + " already exists in table " + schema.getTableName(),
						ex);
			}
			throw new OptimisticLockingFailureException(schema.getTypeName() + " with key " + key
					+ " was not saved: expected stored version " + ((version != null) ? version : "none (new item)")
					+ " but the item in table " + schema.getTableName() + " has another version", ex);
		}
		catch (SdkException ex) {
			throw this.translator.translate(ex, "PutItem " + schema.getTypeName(), schema.getTableName());
		}
		if (versionProperty == null) {
			return entity;
		}
		long next = (version == null || ((Number) version).longValue() == 0) ? 1 : ((Number) version).longValue() + 1;
		Object nextVersion = (versionProperty.getType() == Integer.class || versionProperty.getType() == int.class)
				? Integer.valueOf((int) next) : Long.valueOf(next);
		return this.converter.setProperty(entity, versionProperty, nextVersion);
	}

	@Override
	public <T> T update(Class<T> type, Object id, DynamoUpdate update) {
		EntitySchema<T> schema = this.mappingContext.getRequiredEntitySchema(type);
		Map<String, Object> keyProperties = this.ids.keyProperties(schema, id);
		Map<String, String> key = schema.renderTableKey(keyProperties);
		UpdateRenderer.RenderedUpdate rendered = new UpdateRenderer(schema, this.converter).render(keyProperties,
				update);
		try {
			UpdateItemResponse response = DynamoEntityScope.call(schema.getTypeName(),
					() -> this.client.updateItem(UpdateItemRequest.builder()
						.tableName(schema.getTableName())
						.key(attributes(key))
						.updateExpression(rendered.updateExpression())
						.conditionExpression(rendered.conditionExpression())
						.expressionAttributeNames(rendered.names())
						.expressionAttributeValues(rendered.values())
						.returnValues(ReturnValue.ALL_NEW)
						.returnValuesOnConditionCheckFailure(
								update.conditions().isEmpty() ? null : ReturnValuesOnConditionCheckFailure.ALL_OLD)
						.build()));
			return this.converter.read(type, response.attributes());
		}
		catch (ConditionalCheckFailedException ex) {
			throw updateFailure(schema, key, update, ex);
		}
		catch (SdkException ex) {
			throw this.translator.translate(ex, "UpdateItem " + schema.getTypeName() + " " + key,
					schema.getTableName());
		}
	}

	/**
	 * Tells which condition of an update failed: the item's absence, its version (the
	 * stored item, returned on failure when the update has conditions of its own, shows
	 * which), or the update's own conditions.
	 */
	private static RuntimeException updateFailure(EntitySchema<?> schema, Map<String, String> key, DynamoUpdate update,
			ConditionalCheckFailedException ex) {
		Map<String, AttributeValue> stored = ex.hasItem() ? ex.item() : Map.of();
		DynamoPersistentProperty versionProperty = schema.getVersionProperty();
		AttributeValue storedVersion = (versionProperty != null) ? stored.get(versionProperty.getAttributeName())
				: null;
		Long expected = update.expectedVersion();
		if (expected != null && (storedVersion == null || !expected.toString().equals(storedVersion.n()))) {
			return new OptimisticLockingFailureException(
					schema.getTypeName() + " with key " + key + " was not updated: expected stored version " + expected
							+ " but the item in table " + schema.getTableName() + " has another version or is gone",
					ex);
		}
		String reason = stored.isEmpty() ? "no such item in table " + schema.getTableName()
				: "the stored item does not satisfy " + update.conditions();
		if (stored.isEmpty() && !update.conditions().isEmpty()) {
			reason += " (the conditions " + update.conditions() + " need one)";
		}
		return new DynamoConditionFailedException(
				schema.getTypeName() + " with key " + key + " was not updated: " + reason, schema.getTableName(), key,
				ex);
	}

	/**
	 * Sets how batch operations retry unprocessed items.
	 * @param policy the policy, {@link DynamoBatchPolicy#DEFAULT} by default
	 */
	public void setBatchPolicy(DynamoBatchPolicy policy) {
		this.batches.setPolicy(policy);
	}

	@Override
	public <T> List<T> batchSave(Collection<T> entities) {
		List<T> written = new ArrayList<>();
		this.batches.write(batchPuts(entities, written));
		return written;
	}

	@Override
	public DynamoBatchResult batchWrite(Collection<?> entities) {
		return this.batches.write(batchPuts(entities, new ArrayList<>()));
	}

	@Override
	public DynamoBatchResult batchWriteItems(String tableName, List<Map<String, AttributeValue>> items) {
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
		return this.batches.write(writes);
	}

	@SuppressWarnings("unchecked")
	private <T> List<BatchExecutor.TableWrite> batchPuts(Collection<T> entities, List<T> written) {
		List<BatchExecutor.TableWrite> writes = new ArrayList<>();
		for (T entity : entities) {
			DynamoTableSchema<T> tableSchema = getTableSchema((Class<T>) entity.getClass());
			EntitySchema<T> schema = tableSchema.getSchema();
			DynamoPersistentProperty versionProperty = schema.getVersionProperty();
			T toWrite = entity;
			if (versionProperty != null) {
				Object version = currentVersion(schema, entity);
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

	@Override
	public void batchDelete(Class<?> type, Collection<?> ids) {
		EntitySchema<?> schema = this.mappingContext.getRequiredEntitySchema(type);
		List<BatchExecutor.TableWrite> writes = new ArrayList<>();
		for (Object id : ids) {
			Map<String, String> key = schema.renderTableKey(this.ids.keyProperties(schema, id));
			writes.add(new BatchExecutor.TableWrite(schema.getTableName(), key,
					WriteRequest.builder().deleteRequest((delete) -> delete.key(attributes(key))).build()));
		}
		this.batches.write(writes, schema.getTypeName());
	}

	@Override
	public <T> List<T> batchGet(Class<T> type, Collection<?> ids) {
		EntitySchema<T> schema = this.mappingContext.getRequiredEntitySchema(type);
		List<Map<String, AttributeValue>> keys = new ArrayList<>();
		for (Object id : ids) {
			keys.add(attributes(schema.renderTableKey(this.ids.keyProperties(schema, id))));
		}
		Map<String, T> found = new java.util.HashMap<>();
		for (Map<String, AttributeValue> item : this.batches.read(schema.getTypeName(), schema.getTableName(), keys,
				false)) {
			if (QueryExecutor.isOfType(item, schema)) {
				found.put(item.get(EntitySchema.PARTITION_KEY_ATTRIBUTE).s() + '\u0000'
						+ item.get(EntitySchema.SORT_KEY_ATTRIBUTE).s(), this.converter.read(type, item));
			}
		}
		List<T> ordered = new ArrayList<>();
		for (Map<String, AttributeValue> key : keys) {
			T entity = found.remove(key.get(EntitySchema.PARTITION_KEY_ATTRIBUTE).s() + '\u0000'
					+ key.get(EntitySchema.SORT_KEY_ATTRIBUTE).s());
			if (entity != null) {
				ordered.add(entity);
			}
		}
		return ordered;
	}

	@Override
	public List<Object> transact(DynamoTransaction transaction) {
		return this.transactions.write(transaction);
	}

	@Override
	public <T> Optional<T> findById(Class<T> type, Object id, boolean consistentRead) {
		EntitySchema<T> schema = this.mappingContext.getRequiredEntitySchema(type);
		return findByKey(type, this.ids.keyProperties(schema, id), consistentRead);
	}

	@Override
	public <T> Optional<T> findByKey(Class<T> type, Map<String, ?> keyProperties, boolean consistentRead) {
		EntitySchema<T> schema = this.mappingContext.getRequiredEntitySchema(type);
		Map<String, AttributeValue> key = attributes(schema.renderTableKey(keyProperties));
		GetItemResponse response;
		try {
			response = DynamoEntityScope.call(schema.getTypeName(),
					() -> this.client.getItem((request) -> request.tableName(schema.getTableName())
						.key(key)
						.consistentRead(consistentRead ? Boolean.TRUE : null)));
		}
		catch (SdkException ex) {
			throw this.translator.translate(ex, "GetItem " + schema.getTypeName() + " " + key, schema.getTableName());
		}
		if (!response.hasItem() || response.item().isEmpty() || !QueryExecutor.isOfType(response.item(), schema)) {
			return Optional.empty();
		}
		return Optional.of(this.converter.read(type, response.item()));
	}

	@Override
	public void delete(Object entity) {
		EntitySchema<?> schema = schemaOf(entity);
		Map<String, String> key = schema.renderTableKey(entity);
		Object version = currentVersion(schema, entity);
		DeleteItemRequest.Builder request = DeleteItemRequest.builder()
			.tableName(schema.getTableName())
			.key(attributes(key));
		DynamoPersistentProperty versionProperty = schema.getVersionProperty();
		if (versionProperty != null && version != null) {
			request.conditionExpression("#version = :version")
				.expressionAttributeNames(Map.of("#version", versionProperty.getAttributeName()))
				.expressionAttributeValues(Map.of(":version", AttributeValue.fromN(version.toString())));
		}
		try {
			DynamoEntityScope.call(schema.getTypeName(), () -> this.client.deleteItem(request.build()));
		}
		catch (ConditionalCheckFailedException ex) {
			throw new OptimisticLockingFailureException(
					schema.getTypeName() + " with key " + key + " was not deleted: expected stored version " + version
							+ " but the item in table " + schema.getTableName() + " has another version or is gone",
					ex);
		}
		catch (SdkException ex) {
			throw this.translator.translate(ex, "DeleteItem " + schema.getTypeName() + " " + key,
					schema.getTableName());
		}
	}

	@Override
	public boolean deleteById(Class<?> type, Object id) {
		EntitySchema<?> schema = this.mappingContext.getRequiredEntitySchema(type);
		Map<String, String> key = schema.renderTableKey(this.ids.keyProperties(schema, id));
		try {
			DeleteItemResponse response = DynamoEntityScope.call(schema.getTypeName(),
					() -> this.client.deleteItem((request) -> request.tableName(schema.getTableName())
						.key(attributes(key))
						.returnValues(ReturnValue.ALL_OLD)));
			return response.hasAttributes() && !response.attributes().isEmpty();
		}
		catch (SdkException ex) {
			throw this.translator.translate(ex, "DeleteItem " + schema.getTypeName() + " " + key,
					schema.getTableName());
		}
	}

	@Override
	public <T> DynamoPage<T> query(DynamoQuery<T> query) {
		EntitySchema<T> schema = this.mappingContext.getRequiredEntitySchema(query.getType());
		return this.executor.page(schema, compile(schema, query), options(query),
				(item) -> this.converter.read(schema.getType(), item));
	}

	@Override
	public <T, P> DynamoPage<P> query(DynamoQuery<T> query, Class<P> projection) {
		EntitySchema<T> schema = this.mappingContext.getRequiredEntitySchema(query.getType());
		ProjectionReader<P> reader = projectionReader(schema, projection);
		return this.executor.page(schema, project(compile(schema, query), reader), options(query), reader);
	}

	@Override
	public <T> Stream<T> stream(DynamoQuery<T> query) {
		EntitySchema<T> schema = this.mappingContext.getRequiredEntitySchema(query.getType());
		return this.executor.stream(schema, compile(schema, query), options(query),
				(item) -> this.converter.read(schema.getType(), item));
	}

	@Override
	public <T, P> Stream<P> stream(DynamoQuery<T> query, Class<P> projection) {
		EntitySchema<T> schema = this.mappingContext.getRequiredEntitySchema(query.getType());
		ProjectionReader<P> reader = projectionReader(schema, projection);
		return this.executor.stream(schema, project(compile(schema, query), reader), options(query), reader);
	}

	@Override
	public <T, P> Optional<P> findById(Class<T> type, Object id, Class<P> projection) {
		EntitySchema<T> schema = this.mappingContext.getRequiredEntitySchema(type);
		ProjectionReader<P> reader = projectionReader(schema, projection);
		ProjectionReader.Rendered rendered = reader.render(null);
		Map<String, AttributeValue> key = attributes(schema.renderTableKey(this.ids.keyProperties(schema, id)));
		GetItemResponse response;
		try {
			response = DynamoEntityScope.call(schema.getTypeName(),
					() -> this.client.getItem((request) -> request.tableName(schema.getTableName())
						.key(key)
						.projectionExpression((rendered != null) ? rendered.expression() : null)
						.expressionAttributeNames((rendered != null) ? rendered.names() : null)));
		}
		catch (SdkException ex) {
			throw this.translator.translate(ex, "GetItem " + schema.getTypeName() + " " + key, schema.getTableName());
		}
		if (!response.hasItem() || response.item().isEmpty() || !QueryExecutor.isOfType(response.item(), schema)) {
			return Optional.empty();
		}
		return Optional.of(reader.apply(response.item()));
	}

	@SuppressWarnings("unchecked")
	private <P> ProjectionReader<P> projectionReader(EntitySchema<?> schema, Class<P> projection) {
		return (ProjectionReader<P>) this.projections.computeIfAbsent(List.of(schema.getType(), projection),
				(key) -> new ProjectionReader<>(schema, this.converter, projection));
	}

	private static QueryExecutor.Target project(QueryExecutor.Target target, ProjectionReader<?> reader) {
		return new QueryExecutor.Target(target.path(), target.condition(), target.filter(),
				reader.render(target.path()));
	}

	@Override
	public long count(DynamoQuery<?> query) {
		EntitySchema<?> schema = this.mappingContext.getRequiredEntitySchema(query.getType());
		return this.executor.count(schema, compileAny(schema, query), options(query.toBuilder().cursor(null).build()));
	}

	@SuppressWarnings("unchecked")
	private <T> QueryExecutor.Target compileAny(EntitySchema<?> schema, DynamoQuery<?> query) {
		return compile((EntitySchema<T>) schema, (DynamoQuery<T>) query);
	}

	@Override
	public <T> Stream<T> scan(Class<T> type) {
		return this.executor.scan(this.mappingContext.getRequiredEntitySchema(type));
	}

	@Override
	public DynamoItemCollection queryCollection(Class<?> entityType, Map<String, ?> partitionValues) {
		EntitySchema<?> schema = this.mappingContext.getRequiredEntitySchema(entityType);
		AccessPath table = schema.getRequiredAccessPath(null);
		String partition = schema.getPartitionKey().render(schema.renderValues(partitionValues));
		List<Object> items = new ArrayList<>();
		int unknown = 0;
		for (Map<String, AttributeValue> item : this.executor.readAll(schema,
				new KeyCondition(table, partition, null, false))) {
			AttributeValue type = item.get(EntitySchema.TYPE_ATTRIBUTE);
			EntitySchema<?> itemSchema = (type != null && type.s() != null)
					? this.mappingContext.getEntitySchema(schema.getTableName(), type.s()) : null;
			if (itemSchema == null) {
				unknown++;
			}
			else {
				items.add(this.converter.read(itemSchema.getType(), item));
			}
		}
		return new DynamoItemCollection(items, unknown);
	}

	private <T> QueryExecutor.Target compile(EntitySchema<T> schema, DynamoQuery<T> query) {
		FilterRenderer.RenderedFilter filter = FilterRenderer.render(schema, this.converter, query.getFilters());
		AccessPath path = schema.getRequiredAccessPath(query.isScan() ? null : query.getIndexName());
		if (query.isScan()) {
			if (!query.getEqualities().isEmpty() || query.getSortCriterion() != null) {
				throw new InvalidDataAccessApiUsageException("A table scan has no key condition; express conditions on "
						+ query.getEqualities().keySet() + " as filters");
			}
			return new QueryExecutor.Target(path, null, filter);
		}
		return new QueryExecutor.Target(path,
				KeyConditions.compile(path, query.getEqualities(), query.getSortCriterion(), schema::renderKeyValue),
				filter);
	}

	private static QueryExecutor.QueryOptions options(DynamoQuery<?> query) {
		String cursor = query.getCursor();
		return new QueryExecutor.QueryOptions(query.isScanForward(), query.getLimit(),
				(cursor != null) ? DynamoCursor.decode(cursor) : null, query.isConsistentRead());
	}

	private EntitySchema<?> schemaOf(Object entity) {
		return this.mappingContext.getRequiredEntitySchema(entity.getClass());
	}

	private static @Nullable Object currentVersion(EntitySchema<?> schema, Object entity) {
		DynamoPersistentProperty version = schema.getVersionProperty();
		return (version != null) ? schema.getEntity().getPropertyAccessor(entity).getProperty(version) : null;
	}

	private static Map<String, AttributeValue> attributes(Map<String, String> key) {
		Map<String, AttributeValue> attributes = new java.util.LinkedHashMap<>();
		key.forEach((name, value) -> attributes.put(name, AttributeValue.fromS(value)));
		return attributes;
	}

}
