package dev.ddbkit.mapping.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import dev.ddbkit.mapping.convert.DynamoConverter;
import dev.ddbkit.mapping.convert.DynamoTableSchema;
import dev.ddbkit.mapping.observability.DynamoEntityScope;
import dev.ddbkit.mapping.observability.DynamoFilteredQuery;
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

	private final BatchWrites batchWrites;

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
		this.batchWrites = new BatchWrites(this.converter, this.ids, this::getTableSchema);
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
		DynamoDbTable<T> table = getTable(type);
		EntitySchema<T> schema = ((DynamoTableSchema<T>) table.tableSchema()).getSchema();
		DynamoPersistentProperty versionProperty = schema.getVersionProperty();
		Object version = currentVersion(schema, entity);
		try {
			DynamoEntityScope.call(schema.getTypeName(), () -> {
				table.putItem(PutItemEnhancedRequest.builder(type).item(entity).conditionExpression(condition).build());
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
						.key(BatchWrites.attributes(key))
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
			throw UpdateRenderer.failure(schema, key, update, ex);
		}
		catch (SdkException ex) {
			throw this.translator.translate(ex, "UpdateItem " + schema.getTypeName() + " " + key,
					schema.getTableName());
		}
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
		this.batches.write(this.batchWrites.puts(entities, written));
		return written;
	}

	@Override
	public DynamoBatchResult batchWrite(Collection<?> entities) {
		return this.batches.write(this.batchWrites.puts(entities, new ArrayList<>()));
	}

	@Override
	public DynamoBatchResult batchWriteItems(String tableName, List<Map<String, AttributeValue>> items) {
		return this.batches.write(BatchWrites.items(tableName, items));
	}

	@Override
	public void batchDelete(Class<?> type, Collection<?> ids) {
		EntitySchema<?> schema = this.mappingContext.getRequiredEntitySchema(type);
		this.batches.write(this.batchWrites.deletes(schema, ids), schema.getTypeName());
	}

	@Override
	public <T> List<T> batchGet(Class<T> type, Collection<?> ids) {
		return this.batchWrites.get(this.mappingContext.getRequiredEntitySchema(type), ids, this.batches);
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
		return getItem(schema, keyProperties, consistentRead, null).map((item) -> this.converter.read(type, item));
	}

	/**
	 * Reads one item of the entity's type by its key properties, optionally only some
	 * attributes.
	 */
	private Optional<Map<String, AttributeValue>> getItem(EntitySchema<?> schema, Map<String, ?> keyProperties,
			boolean consistentRead, ProjectionReader.@Nullable Rendered projection) {
		Map<String, AttributeValue> key = BatchWrites.attributes(schema.renderTableKey(keyProperties));
		GetItemResponse response;
		try {
			response = DynamoEntityScope.call(schema.getTypeName(),
					() -> this.client.getItem((request) -> request.tableName(schema.getTableName())
						.key(key)
						.consistentRead(consistentRead ? Boolean.TRUE : null)
						.projectionExpression((projection != null) ? projection.expression() : null)
						.expressionAttributeNames((projection != null) ? projection.names() : null)));
		}
		catch (SdkException ex) {
			throw this.translator.translate(ex, "GetItem " + schema.getTypeName() + " " + key, schema.getTableName());
		}
		if (!response.hasItem() || response.item().isEmpty() || !QueryExecutor.isOfType(response.item(), schema)) {
			return Optional.empty();
		}
		return Optional.of(response.item());
	}

	@Override
	public void delete(Object entity) {
		EntitySchema<?> schema = schemaOf(entity);
		Map<String, String> key = schema.renderTableKey(entity);
		Object version = currentVersion(schema, entity);
		DeleteItemRequest.Builder request = DeleteItemRequest.builder()
			.tableName(schema.getTableName())
			.key(BatchWrites.attributes(key));
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
						.key(BatchWrites.attributes(key))
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
		return getItem(schema, this.ids.keyProperties(schema, id), false, reader.render(null)).map(reader);
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
				(cursor != null) ? DynamoCursor.decode(cursor) : null, query.isConsistentRead(),
				new DynamoFilteredQuery(query.getLabel()));
	}

	private EntitySchema<?> schemaOf(Object entity) {
		return this.mappingContext.getRequiredEntitySchema(entity.getClass());
	}

	private static @Nullable Object currentVersion(EntitySchema<?> schema, Object entity) {
		DynamoPersistentProperty version = schema.getVersionProperty();
		return (version != null) ? schema.getEntity().getPropertyAccessor(entity).getProperty(version) : null;
	}

}
