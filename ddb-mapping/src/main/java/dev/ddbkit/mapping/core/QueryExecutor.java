package dev.ddbkit.mapping.core;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import dev.ddbkit.mapping.convert.DynamoConverter;
import dev.ddbkit.mapping.observability.DynamoEntityScope;
import dev.ddbkit.mapping.observability.DynamoFilteredQuery;
import dev.ddbkit.mapping.query.DynamoPage;
import dev.ddbkit.mapping.query.KeyCondition;
import dev.ddbkit.mapping.schema.AccessPath;
import dev.ddbkit.mapping.schema.EntitySchema;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.InvalidDataAccessApiUsageException;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * Runs compiled key conditions: one Query request per DynamoDB page, items of other
 * entity types in the same partition skipped, pages read until the limit is reached. When
 * a page is cut after the limit, the next page starts after the last entity returned (its
 * table and index keys), so no item is skipped or repeated.
 */
final class QueryExecutor {

	private final DynamoDbClient client;

	private final DynamoConverter converter;

	private final DynamoExceptionTranslator translator;

	QueryExecutor(DynamoDbClient client, DynamoConverter converter, DynamoExceptionTranslator translator) {
		this.client = client;
		this.converter = converter;
		this.translator = translator;
	}

	<R> DynamoPage<R> page(EntitySchema<?> schema, Target condition, QueryOptions options,
			Function<Map<String, AttributeValue>, R> reader) {
		checkConsistency(condition.path(), options.consistentRead());
		if (condition.empty()) {
			return new DynamoPage<>(List.of(), null);
		}
		if (isSharded(condition)) {
			return shardedPage(schema, condition, options, reader);
		}
		List<R> results = new ArrayList<>();
		Map<String, AttributeValue> start = options.exclusiveStartKey();
		int limit = options.limit();
		do {
			// one more than needed tells whether anything follows the last entity
			// returned; with a filter DynamoDB's
			// Limit counts items read, not returned, so pages are read whole and cut here
			Integer requestLimit = (limit > 0 && condition.filter() == null) ? limit - results.size() + 1 : null;
			Response response = send(schema, condition, options, start, requestLimit);
			List<Map<String, AttributeValue>> items = response.items();
			for (int i = 0; i < items.size(); i++) {
				Map<String, AttributeValue> item = items.get(i);
				if (limit > 0 && results.size() == limit) {
					return new DynamoPage<>(results, keyOf(items.get(i - 1), condition.path()));
				}
				if (isOfType(item, schema)) {
					results.add(reader.apply(item));
				}
			}
			start = response.lastEvaluatedKey();
			if (limit > 0 && results.size() == limit && start != null) {
				return new DynamoPage<>(results, keyOf(items.get(items.size() - 1), condition.path()));
			}
		}
		while (start != null);
		return new DynamoPage<>(results, null);
	}

	<R> Stream<R> stream(EntitySchema<?> schema, Target condition, QueryOptions options,
			Function<Map<String, AttributeValue>, R> reader) {
		checkConsistency(condition.path(), options.consistentRead());
		Stream<R> stream;
		if (isSharded(condition) && !condition.empty()) {
			stream = stream(merge(schema, condition, options, null)).filter((item) -> isOfType(item, schema))
				.map(reader);
		}
		else {
			stream = stream(new PageIterator<>(schema, condition, options, reader));
		}
		return (options.limit() > 0) ? stream.limit(options.limit()) : stream;
	}

	<T> Stream<T> scan(EntitySchema<T> schema) {
		Iterator<List<Map<String, AttributeValue>>> pages = new Iterator<>() {

			private @Nullable Map<String, AttributeValue> start;

			private boolean done;

			@Override
			public boolean hasNext() {
				return !this.done;
			}

			@Override
			public List<Map<String, AttributeValue>> next() {
				ScanResponse response;
				try {
					response = DynamoEntityScope.call(schema.getTypeName(),
							() -> QueryExecutor.this.client.scan(ScanRequest.builder()
								.tableName(schema.getTableName())
								.exclusiveStartKey(this.start)
								.build()));
				}
				catch (SdkException ex) {
					throw QueryExecutor.this.translator.translate(ex, "Scan " + schema.getTableName(),
							schema.getTableName());
				}
				this.start = response.hasLastEvaluatedKey() ? response.lastEvaluatedKey() : null;
				this.done = this.start == null;
				return response.items();
			}

		};
		return StreamSupport.stream(Spliterators.spliteratorUnknownSize(pages, Spliterator.ORDERED), false)
			.flatMap(List::stream)
			.filter((item) -> isOfType(item, schema))
			.map((item) -> this.converter.read(schema.getType(), item));
	}

	/**
	 * Counts the items of the entity's type with {@code Select=COUNT} over every page,
	 * the entity type checked by a filter on the type attribute, so no item is
	 * transferred.
	 */
	long count(EntitySchema<?> schema, Target target, QueryOptions options) {
		checkConsistency(target.path(), options.consistentRead());
		if (target.empty()) {
			return 0;
		}
		Map<String, String> names = new LinkedHashMap<>();
		Map<String, AttributeValue> values = new LinkedHashMap<>();
		String filter = "#ddbkitType = :ddbkitType";
		names.put("#ddbkitType", EntitySchema.TYPE_ATTRIBUTE);
		values.put(":ddbkitType", AttributeValue.fromS(schema.getTypeName()));
		if (target.filter() != null) {
			filter += " AND " + target.filter().expression();
			names.putAll(target.filter().names());
			values.putAll(target.filter().values());
		}
		KeyCondition compiled = target.condition();
		if (compiled == null) {
			return count(schema, null, filter, names, values, options, execution(target, options));
		}
		long count = 0;
		for (KeyCondition condition : compiled.shardConditions()) {
			Map<String, String> shardNames = new LinkedHashMap<>(names);
			Map<String, AttributeValue> shardValues = new LinkedHashMap<>(values);
			shardNames.putAll(condition.names());
			shardValues.putAll(condition.values());
			count += count(schema, condition, filter, shardNames, shardValues, options, execution(target, options));
		}
		return count;
	}

	private long count(EntitySchema<?> schema, @Nullable KeyCondition condition, String filter,
			Map<String, String> names, Map<String, AttributeValue> values, QueryOptions options,
			@Nullable DynamoFilteredQuery execution) {
		long count = 0;
		Map<String, AttributeValue> start = options.exclusiveStartKey();
		do {
			Map<String, AttributeValue> from = start;
			try {
				if (condition == null) {
					ScanResponse response = call(schema, execution,
							() -> this.client.scan(ScanRequest.builder()
								.tableName(schema.getTableName())
								.select(Select.COUNT)
								.filterExpression(filter)
								.expressionAttributeNames(names)
								.expressionAttributeValues(values)
								.exclusiveStartKey(from)
								.build()));
					count += response.count();
					start = response.hasLastEvaluatedKey() ? response.lastEvaluatedKey() : null;
				}
				else {
					QueryResponse response = call(schema, execution,
							() -> this.client.query(QueryRequest.builder()
								.tableName(schema.getTableName())
								.indexName(condition.path().indexName())
								.select(Select.COUNT)
								.keyConditionExpression(condition.expression())
								.filterExpression(filter)
								.expressionAttributeNames(names)
								.expressionAttributeValues(values)
								.consistentRead(options.consistentRead() ? Boolean.TRUE : null)
								.exclusiveStartKey(from)
								.build()));
					count += response.count();
					start = response.hasLastEvaluatedKey() ? response.lastEvaluatedKey() : null;
				}
			}
			catch (SdkException ex) {
				throw this.translator.translate(ex, "Count " + schema.getTypeName(), schema.getTableName());
			}
		}
		while (start != null);
		return count;
	}

	List<Map<String, AttributeValue>> readAll(EntitySchema<?> schema, KeyCondition condition) {
		Target target = new Target(condition.path(), condition, null);
		if (isSharded(target)) {
			return stream(merge(schema, target, QueryOptions.DEFAULT, null)).toList();
		}
		List<Map<String, AttributeValue>> items = new ArrayList<>();
		Map<String, AttributeValue> start = null;
		do {
			Response response = send(schema, new Target(condition.path(), condition, null), QueryOptions.DEFAULT, start,
					null);
			items.addAll(response.items());
			start = response.lastEvaluatedKey();
		}
		while (start != null);
		return items;
	}

	private <R> DynamoPage<R> shardedPage(EntitySchema<?> schema, Target target, QueryOptions options,
			Function<Map<String, AttributeValue>, R> reader) {
		int limit = options.limit();
		ShardMerge merge = merge(schema, target, options, (target.filter() == null) ? limit : null);
		List<R> results = new ArrayList<>();
		while ((limit == 0 || results.size() < limit) && merge.hasNext()) {
			Map<String, AttributeValue> item = merge.next();
			if (isOfType(item, schema)) {
				results.add(reader.apply(item));
			}
		}
		return new DynamoPage<>(results, merge.hasNext() ? merge.position() : null);
	}

	private ShardMerge merge(EntitySchema<?> schema, Target target, QueryOptions options, @Nullable Integer limit) {
		return new ShardMerge(target, options.scanForward(), options.exclusiveStartKey(), limit,
				(shard, start, requestLimit) -> send(schema, shard, options, start, requestLimit));
	}

	private static boolean isSharded(Target target) {
		return target.condition() != null && target.path().partitionKey().isSharded();
	}

	private static <E> Stream<E> stream(Iterator<E> iterator) {
		return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED), false);
	}

	Response send(EntitySchema<?> schema, Target target, QueryOptions options,
			@Nullable Map<String, AttributeValue> start, @Nullable Integer limit) {
		Map<String, String> names = new LinkedHashMap<>();
		Map<String, AttributeValue> values = new LinkedHashMap<>();
		KeyCondition condition = target.condition();
		FilterRenderer.RenderedFilter filter = target.filter();
		ProjectionReader.Rendered projection = target.projection();
		if (condition != null) {
			names.putAll(condition.names());
			values.putAll(condition.values());
		}
		if (projection != null) {
			names.putAll(projection.names());
		}
		if (filter != null) {
			names.putAll(filter.names());
			values.putAll(filter.values());
		}
		try {
			if (condition == null) {
				ScanResponse response = call(schema, execution(target, options),
						() -> this.client.scan(ScanRequest.builder()
							.tableName(schema.getTableName())
							.filterExpression((filter != null) ? filter.expression() : null)
							.projectionExpression((projection != null) ? projection.expression() : null)
							.expressionAttributeNames(names.isEmpty() ? null : names)
							.expressionAttributeValues(values.isEmpty() ? null : values)
							.consistentRead(options.consistentRead() ? Boolean.TRUE : null)
							.exclusiveStartKey(start)
							.limit(limit)
							.build()));
				return new Response(response.items(),
						response.hasLastEvaluatedKey() ? response.lastEvaluatedKey() : null);
			}
			QueryResponse response = call(schema, execution(target, options),
					() -> this.client.query(QueryRequest.builder()
						.tableName(schema.getTableName())
						.indexName(condition.path().indexName())
						.keyConditionExpression(condition.expression())
						.filterExpression((filter != null) ? filter.expression() : null)
						.projectionExpression((projection != null) ? projection.expression() : null)
						.expressionAttributeNames(names)
						.expressionAttributeValues(values)
						.scanIndexForward(options.scanForward())
						.consistentRead(options.consistentRead() ? Boolean.TRUE : null)
						.exclusiveStartKey(start)
						.limit(limit)
						.build()));
			return new Response(response.items(), response.hasLastEvaluatedKey() ? response.lastEvaluatedKey() : null);
		}
		catch (SdkException ex) {
			throw this.translator.translate(ex,
					((condition != null) ? "Query " : "Scan ") + schema.getTypeName() + " on "
							+ ((condition != null) ? condition : schema.getTableName())
							+ ((filter != null) ? " filtered by " + filter.expression() : ""),
					schema.getTableName());
		}
	}

	/**
	 * Runs one request for the entity type and, when the read has a filter of the
	 * caller's, for its execution ({@link DynamoFilteredQuery}).
	 */
	private static <R> R call(EntitySchema<?> schema, @Nullable DynamoFilteredQuery execution, Supplier<R> call) {
		return DynamoEntityScope.call(schema.getTypeName(), (execution != null) ? () -> execution.call(call) : call);
	}

	private static @Nullable DynamoFilteredQuery execution(Target target, QueryOptions options) {
		return (target.filter() != null) ? options.execution() : null;
	}

	static boolean isOfType(Map<String, AttributeValue> item, EntitySchema<?> schema) {
		AttributeValue type = item.get(EntitySchema.TYPE_ATTRIBUTE);
		return type != null && schema.getTypeName().equals(type.s());
	}

	/**
	 * The exclusive start key that continues after an item: the table's keys plus the
	 * index's keys.
	 */
	static Map<String, AttributeValue> keyOf(Map<String, AttributeValue> item, AccessPath path) {
		Map<String, AttributeValue> key = new LinkedHashMap<>();
		key.put(EntitySchema.PARTITION_KEY_ATTRIBUTE, item.get(EntitySchema.PARTITION_KEY_ATTRIBUTE));
		key.put(EntitySchema.SORT_KEY_ATTRIBUTE, item.get(EntitySchema.SORT_KEY_ATTRIBUTE));
		if (path.indexName() != null) {
			key.put(path.partitionAttribute(), item.get(path.partitionAttribute()));
			if (path.sortAttribute() != null) {
				key.put(path.sortAttribute(), item.get(path.sortAttribute()));
			}
		}
		return key;
	}

	private static void checkConsistency(AccessPath path, boolean consistentRead) {
		if (consistentRead && path.global()) {
			throw new InvalidDataAccessApiUsageException("Consistent reads are not supported on global secondary "
					+ path.displayName() + "; DynamoDB only reads GSIs eventually consistent");
		}
	}

	/**
	 * What to read: a key condition on a path, or (without one) the whole table,
	 * optionally filtered.
	 *
	 * @param path the table or index; the table for a Scan
	 * @param condition the key condition, {@code null} for a Scan
	 * @param filter the filter, if any
	 */
	record Target(AccessPath path, @Nullable KeyCondition condition, FilterRenderer.@Nullable RenderedFilter filter,
			ProjectionReader.@Nullable Rendered projection) {

		Target(AccessPath path, @Nullable KeyCondition condition, FilterRenderer.@Nullable RenderedFilter filter) {
			this(path, condition, filter, null);
		}

		/** The same read on another key condition (one shard's). */
		Target withCondition(KeyCondition other) {
			return new Target(this.path, other, this.filter, this.projection);
		}

		boolean empty() {
			return this.condition != null && this.condition.empty();
		}

	}

	record Response(List<Map<String, AttributeValue>> items, @Nullable Map<String, AttributeValue> lastEvaluatedKey) {
	}

	/**
	 * Options of one query run.
	 *
	 * @param scanForward ascending sort key order
	 * @param limit at most this many entities, 0 for all
	 * @param exclusiveStartKey where to start
	 * @param consistentRead strongly consistent reads
	 * @param execution this run, for the filtered-query meters
	 */
	record QueryOptions(boolean scanForward, int limit, @Nullable Map<String, AttributeValue> exclusiveStartKey,
			boolean consistentRead, DynamoFilteredQuery execution) {

		static final QueryOptions DEFAULT = new QueryOptions(true, 0, null, false, new DynamoFilteredQuery(null));

	}

	private final class PageIterator<T> implements Iterator<T> {

		private final EntitySchema<?> schema;

		private final Function<Map<String, AttributeValue>, T> reader;

		private final Target condition;

		private final QueryOptions options;

		private @Nullable Map<String, AttributeValue> start;

		private Iterator<Map<String, AttributeValue>> page = List.<Map<String, AttributeValue>>of().iterator();

		private boolean exhausted;

		private @Nullable T next;

		PageIterator(EntitySchema<?> schema, Target condition, QueryOptions options,
				Function<Map<String, AttributeValue>, T> reader) {
			this.schema = schema;
			this.reader = reader;
			this.condition = condition;
			this.options = options;
			this.start = options.exclusiveStartKey();
			this.exhausted = condition.empty();
		}

		@Override
		public boolean hasNext() {
			while (this.next == null) {
				if (this.page.hasNext()) {
					Map<String, AttributeValue> item = this.page.next();
					if (isOfType(item, this.schema)) {
						this.next = this.reader.apply(item);
					}
				}
				else if (this.exhausted) {
					return false;
				}
				else {
					Response response = send(this.schema, this.condition, this.options, this.start, null);
					this.page = response.items().iterator();
					this.start = response.lastEvaluatedKey();
					this.exhausted = this.start == null;
				}
			}
			return true;
		}

		@Override
		public T next() {
			if (!hasNext()) {
				throw new NoSuchElementException();
			}
			T result = this.next;
			this.next = null;
			return result;
		}

	}

}
