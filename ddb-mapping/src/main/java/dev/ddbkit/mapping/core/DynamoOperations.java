package dev.ddbkit.mapping.core;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import dev.ddbkit.mapping.convert.DynamoConverter;
import dev.ddbkit.mapping.query.DynamoPage;
import dev.ddbkit.mapping.query.DynamoQuery;
import dev.ddbkit.mapping.schema.DynamoMappingContext;

import org.springframework.dao.DataAccessException;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The operations on DynamoDB entities, implemented by {@link DynamoTemplate}. Every
 * method throws a Spring {@link DataAccessException}: version conflicts are
 * {@link org.springframework.dao.OptimisticLockingFailureException}, inserts of existing
 * keys {@link org.springframework.dao.DuplicateKeyException}.
 * <p>
 * Identifiers ({@code id} parameters) are either the value of the one property the
 * table's key templates depend on (e.g. {@code orderId} for {@code PK=ORDER#{orderId}},
 * {@code SK=ORDER}), an object whose properties cover the templates' variables (a record
 * such as {@code OrderKey(customerId, orderId)}), or a {@code Map} of property name to
 * value.
 */
public interface DynamoOperations {

	/** The mapping context. */
	DynamoMappingContext getMappingContext();

	/** The converter between entities and items. */
	DynamoConverter getConverter();

	/**
	 * Writes an entity, replacing any item with its key (PutItem). A versioned entity is
	 * written only if the stored item has the entity's version (or does not exist when
	 * the version is {@code null} or 0).
	 * @param entity the entity
	 * @param <T> the entity type
	 * @return the entity carrying its new version (a new instance when the version
	 * property is immutable)
	 * @throws org.springframework.dao.OptimisticLockingFailureException on a version
	 * conflict
	 */
	<T> T save(T entity);

	/**
	 * Writes an entity whose key must not exist yet.
	 * @param entity the entity, with a {@code null} or 0 version if versioned
	 * @param <T> the entity type
	 * @return the entity carrying its version
	 * @throws org.springframework.dao.DuplicateKeyException when an item with the key
	 * exists
	 */
	<T> T insert(T entity);

	/**
	 * Updates an item server-side (UpdateItem) and returns the entity as stored
	 * afterwards. The item must exist; a versioned entity's version is incremented.
	 * @param type the entity class
	 * @param id the identifier
	 * @param update the changes
	 * @param <T> the entity type
	 * @return the updated entity
	 * @throws org.springframework.dao.OptimisticLockingFailureException when the update
	 * expects a version and the stored one differs (or the item is gone)
	 * @throws dev.ddbkit.mapping.DynamoConditionFailedException when the item does not
	 * exist
	 */
	<T> T update(Class<T> type, Object id, DynamoUpdate update);

	/**
	 * Runs a write transaction: every action applies or none does.
	 * @param transaction the actions
	 * @return the entities the transaction put or inserted, in action order, carrying
	 * their new versions
	 * @throws org.springframework.dao.OptimisticLockingFailureException when a version
	 * check failed
	 * @throws org.springframework.dao.DuplicateKeyException when an insert found its key
	 * taken
	 * @throws dev.ddbkit.mapping.DynamoTransactionCanceledException for any other
	 * cancellation, with every reason
	 */
	List<Object> transact(DynamoTransaction transaction);

	/**
	 * Writes entities with BatchWriteItem, 25 per request, retrying unprocessed items
	 * with backoff. Batch writes cannot carry conditions, so versioned entities must be
	 * new (version {@code null} or 0); they are written with version 1. Entities with the
	 * same key are merged (the last one wins).
	 * @param entities the entities
	 * @param <T> the entity type
	 * @return the entities as written (with their versions)
	 * @throws dev.ddbkit.mapping.DynamoBatchIncompleteException listing every item left
	 * unprocessed
	 */
	<T> List<T> batchSave(Collection<T> entities);

	/**
	 * Writes entities as {@link #batchSave(Collection)} does and reports what it took.
	 * @param entities the entities (versioned ones must be new)
	 * @return the items written, the write capacity units consumed, the calls, retries
	 * and throttles
	 * @throws dev.ddbkit.mapping.DynamoBatchIncompleteException listing every item left
	 * unprocessed
	 */
	DynamoBatchResult batchWrite(Collection<?> entities);

	/**
	 * Puts ready-made items (e.g. of an import) with BatchWriteItem, 25 per request,
	 * retrying unprocessed items and throttled calls with backoff, and reports what it
	 * took. Items with the same {@code PK} and {@code SK} are merged (the last one wins).
	 * @param tableName the table
	 * @param items the items, each with string attributes {@code PK} and {@code SK}
	 * @return the items written, the write capacity units consumed, the calls, retries
	 * and throttles
	 * @throws org.springframework.dao.InvalidDataAccessApiUsageException when an item
	 * lacks {@code PK} or {@code SK}
	 * @throws dev.ddbkit.mapping.DynamoBatchIncompleteException listing every item left
	 * unprocessed
	 */
	DynamoBatchResult batchWriteItems(String tableName, List<Map<String, AttributeValue>> items);

	/**
	 * Deletes items with BatchWriteItem, 25 per request, without version checks.
	 * @param type the entity class
	 * @param ids the identifiers
	 * @throws dev.ddbkit.mapping.DynamoBatchIncompleteException listing every key left
	 * unprocessed
	 */
	void batchDelete(Class<?> type, Collection<?> ids);

	/**
	 * Reads entities with BatchGetItem, 100 keys per request, retrying unprocessed keys
	 * with backoff.
	 * @param type the entity class
	 * @param ids the identifiers
	 * @param <T> the entity type
	 * @return the entities found, in the order of {@code ids}
	 * @throws dev.ddbkit.mapping.DynamoBatchIncompleteException listing every key left
	 * unread
	 */
	<T> List<T> batchGet(Class<T> type, Collection<?> ids);

	/**
	 * Reads an entity by identifier (eventually consistent).
	 * @param type the entity class
	 * @param id the identifier
	 * @param <T> the entity type
	 * @return the entity, empty when absent or when the key holds an item of another type
	 */
	default <T> Optional<T> findById(Class<T> type, Object id) {
		return findById(type, id, false);
	}

	/**
	 * Reads an entity by identifier.
	 * @param type the entity class
	 * @param id the identifier
	 * @param consistentRead whether to read strongly consistent
	 * @param <T> the entity type
	 * @return the entity, empty when absent
	 */
	<T> Optional<T> findById(Class<T> type, Object id, boolean consistentRead);

	/**
	 * Reads an entity by identifier (eventually consistent) into a projection, with a
	 * {@code ProjectionExpression} of the projection's attributes (see
	 * {@link #query(DynamoQuery, Class)}).
	 * @param type the entity class
	 * @param id the identifier
	 * @param projection the projection type
	 * @param <T> the entity type
	 * @param <P> the projection type
	 * @return the projection, empty when there is no such item
	 */
	<T, P> Optional<P> findById(Class<T> type, Object id, Class<P> projection);

	/**
	 * Reads an entity by the values of its table key properties.
	 * @param type the entity class
	 * @param keyProperties property name to value, covering the table's key templates
	 * @param consistentRead whether to read strongly consistent
	 * @param <T> the entity type
	 * @return the entity, empty when absent
	 */
	<T> Optional<T> findByKey(Class<T> type, Map<String, ?> keyProperties, boolean consistentRead);

	/**
	 * Deletes an entity's item; for a versioned entity only if the stored item still has
	 * the entity's version.
	 * @param entity the entity
	 * @throws org.springframework.dao.OptimisticLockingFailureException when the stored
	 * version differs or the item is gone
	 */
	void delete(Object entity);

	/**
	 * Deletes the item with the given identifier, without a version check.
	 * @param type the entity class
	 * @param id the identifier
	 * @return whether an item was deleted
	 */
	boolean deleteById(Class<?> type, Object id);

	/**
	 * Runs a query and returns one page: at most {@code limit} entities (all when the
	 * limit is 0), reading further DynamoDB pages as needed, with the key to continue
	 * after the last entity returned.
	 * @param query the query
	 * @param <T> the entity type
	 * @return the page
	 */
	<T> DynamoPage<T> query(DynamoQuery<T> query);

	/**
	 * Runs a query as {@link #query(DynamoQuery)} does, reading each item into a
	 * projection: a DTO class or record whose properties are named like the entity's, or
	 * an interface of getters. Only the projection's attributes (with the entity-type
	 * attribute and the keys paging needs) are requested with a
	 * {@code ProjectionExpression}; an open interface projection reads whole items.
	 * Projecting does not lower the read capacity consumed (it is computed on the whole
	 * items), only the data transferred.
	 * @param query the query
	 * @param projection the projection type
	 * @param <T> the entity type
	 * @param <P> the projection type
	 * @return the projections and the continuation key
	 * @throws org.springframework.dao.InvalidDataAccessApiUsageException when the
	 * projection names a property the entity does not store
	 */
	<T, P> DynamoPage<P> query(DynamoQuery<T> query, Class<P> projection);

	/**
	 * Runs a query lazily: DynamoDB pages are read as the stream is consumed, starting at
	 * the query's cursor and stopping after the query's limit (if any). Close the stream
	 * to stop early.
	 * @param query the query
	 * @param <T> the entity type
	 * @return the entities
	 */
	<T> Stream<T> stream(DynamoQuery<T> query);

	/**
	 * Streams a query as {@link #stream(DynamoQuery)} does, into a projection (see
	 * {@link #query(DynamoQuery, Class)}).
	 * @param query the query
	 * @param projection the projection type
	 * @param <T> the entity type
	 * @param <P> the projection type
	 * @return the lazy stream
	 */
	<T, P> Stream<P> stream(DynamoQuery<T> query, Class<P> projection);

	/**
	 * Counts the entities a query matches with {@code Select=COUNT} over all pages (the
	 * query's limit and cursor are ignored). Items are not transferred, but DynamoDB
	 * still reads and bills them.
	 * @param query the query
	 * @return the number of matching entities
	 */
	long count(DynamoQuery<?> query);

	/**
	 * Scans the entity's whole table lazily, page by page, returning the items of this
	 * entity type. A Scan reads and bills every item of the table, whatever its type: use
	 * it for maintenance, not for requests.
	 * @param type the entity class
	 * @param <T> the entity type
	 * @return the entities, in no particular order
	 */
	<T> Stream<T> scan(Class<T> type);

	/**
	 * Reads a whole item collection: every item in the table partition that an entity's
	 * partition key template renders to, each decoded to its own entity type by the
	 * entity-type attribute.
	 * @param entityType an entity stored in the partition, whose partition template is
	 * rendered
	 * @param partitionValues the partition template's property values
	 * @return the items in sort key order
	 */
	DynamoItemCollection queryCollection(Class<?> entityType, Map<String, ?> partitionValues);

}
