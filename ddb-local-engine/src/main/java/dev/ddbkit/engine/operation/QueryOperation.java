package dev.ddbkit.engine.operation;

import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;

import dev.ddbkit.engine.error.EngineException;
import dev.ddbkit.engine.expression.DynamoCondition;
import dev.ddbkit.engine.expression.DynamoProjection;
import dev.ddbkit.engine.expression.ExpressionCompiler;
import dev.ddbkit.engine.expression.KeyCondition;
import dev.ddbkit.engine.expression.SortKeyCondition;
import dev.ddbkit.engine.schema.KeySchema;
import dev.ddbkit.engine.storage.StoreKey;
import dev.ddbkit.engine.storage.StoredItem;
import dev.ddbkit.engine.storage.TableStore;
import dev.ddbkit.engine.value.Item;
import dev.ddbkit.engine.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * Query: the items of one partition of a table or index whose sort key satisfies the key
 * condition, in sort-key order (reversed when ScanIndexForward is false), one page at a
 * time.
 * <p>
 * Source: DynamoDB API Reference, "Query"; Developer Guide "Querying tables in DynamoDB".
 * A sort key condition always selects a contiguous run of the partition, so the read
 * starts at the run (or after ExclusiveStartKey) and stops at its end.
 */
public final class QueryOperation {

	private final EngineContext context;

	public QueryOperation(EngineContext context) {
		this.context = context;
	}

	/** One page of the query. */
	public Page execute(Request request) {
		TableStore table = this.context.catalog().getRequired(request.table());
		ReadTarget target = ReadTarget.of(table, request.indexName(), request.consistentRead());
		ReadRequestSupport.checkLimit(request.limit());
		LegacyInput legacy = request.legacy();
		if (request.keyCondition() == null && legacy.keyConditions() == null) {
			throw EngineException.validation(
					"Either the KeyConditions or KeyConditionExpression parameter must be specified in the request.");
		}
		KeySchema keys = target.keySchema();
		ExpressionCompiler compiler = request.expressions().compiler(true);
		KeyCondition keyCondition = (request.keyCondition() != null)
				? compiler.keyCondition(request.keyCondition(), keys.partitionKey(), keys.sortKey())
				: legacy.keyCondition(keys.partitionKey(), keys.sortKey());
		// Key names in key-schema order (partition key first): the first one a filter
		// names is reported.
		Set<String> keyNames = new LinkedHashSet<>(keys.attributeNames());
		DynamoCondition filter = (request.filter() != null) ? compiler.filter(request.filter(), keyNames)
				: legacy.filter("QueryFilter", keyNames);
		DynamoProjection projection = (request.projection() != null) ? compiler.projection(request.projection())
				: legacy.projection();
		compiler.verifyAllUsed();
		Select select = ReadRequestSupport.select(target, request.select(), projection != null);
		PageReader reader = new PageReader(request.limit(), this.context.settings().maxPageBytes(), filter,
				ReadRequestSupport.output(target, select, projection), select == Select.COUNT);
		checkTypes(keys, keyCondition);
		NavigableMap<StoreKey, StoredItem> partition = bounded(target.data().partition(keyCondition.partitionValue()),
				keyCondition.sortKey());
		if (request.exclusiveStartKey() != null) {
			ReadTarget.Start start = target.start(request.exclusiveStartKey());
			if (!start.partition().equals(keyCondition.partitionValue())) {
				throw ReadTarget.invalidStart();
			}
			SortKeyCondition sortKey = keyCondition.sortKey();
			if (sortKey != null && !sortKey.matches(start.position().first())) {
				throw EngineException.validation("The provided starting key does not match the range key predicate");
			}
			partition = request.scanForward() ? partition.tailMap(start.position(), false)
					: partition.headMap(start.position(), false);
		}
		Iterator<StoredItem> entries = (request.scanForward() ? partition : partition.descendingMap()).values()
			.iterator();
		read(entries, keyCondition.sortKey(), reader);
		Item stoppedAt = reader.stoppedAt();
		return reader.page((stoppedAt != null) ? target.lastEvaluatedKey(stoppedAt) : null,
				target.admit(this.context.throughput(), keyCondition.partitionValue(), reader.bytesRead(),
						request.consistentRead()));
	}

	/** Narrows a partition to the run a sort key condition selects. */
	static NavigableMap<StoreKey, StoredItem> bounded(NavigableMap<StoreKey, StoredItem> partition,
			@Nullable SortKeyCondition sortKey) {
		StoreKey lower = null;
		StoreKey upper = null;
		if (sortKey instanceof SortKeyCondition.Comparison comparison) {
			Value value = comparison.value();
			switch (comparison.comparator()) {
				case EQ -> {
					lower = StoreKey.before(value);
					upper = StoreKey.after(value);
				}
				case GE -> lower = StoreKey.before(value);
				case GT -> lower = StoreKey.after(value);
				case LE -> upper = StoreKey.after(value);
				case LT -> upper = StoreKey.before(value);
				default -> throw new IllegalStateException("Not a key comparison: " + comparison.comparator());
			}
		}
		else if (sortKey instanceof SortKeyCondition.Between between) {
			lower = StoreKey.before(between.low());
			upper = StoreKey.after(between.high());
		}
		else if (sortKey instanceof SortKeyCondition.BeginsWith beginsWith) {
			lower = StoreKey.before(beginsWith.prefix());
		}
		NavigableMap<StoreKey, StoredItem> bounded = partition;
		if (lower != null) {
			bounded = bounded.tailMap(lower, true);
		}
		if (upper != null) {
			bounded = bounded.headMap(upper, false);
		}
		return bounded;
	}

	/**
	 * Key condition values must have the key's declared type.
	 * @throws EngineException ValidationException "Condition parameter type does not
	 * match schema type"
	 */
	private static void checkTypes(KeySchema keys, KeyCondition condition) {
		boolean matches = condition.partitionValue().type() == keys.partitionKeyType();
		SortKeyCondition sortKey = condition.sortKey();
		if (sortKey != null) {
			for (Value value : operands(sortKey)) {
				matches &= value.type() == keys.sortKeyType();
			}
		}
		if (!matches) {
			throw EngineException.validation(
					"One or more parameter values were invalid: Condition parameter type does not match schema type");
		}
	}

	private static List<Value> operands(SortKeyCondition condition) {
		if (condition instanceof SortKeyCondition.Comparison c) {
			return List.of(c.value());
		}
		if (condition instanceof SortKeyCondition.Between c) {
			return List.of(c.low(), c.high());
		}
		return List.of(((SortKeyCondition.BeginsWith) condition).prefix());
	}

	private static void read(Iterator<StoredItem> entries, @Nullable SortKeyCondition sortKey, PageReader reader) {
		boolean inRange = false;
		while (entries.hasNext()) {
			StoredItem entry = entries.next();
			if (sortKey != null) {
				Value value = entry.item().get(sortKey.attribute());
				if (!sortKey.matches(value)) {
					if (inRange) {
						return;
					}
					continue;
				}
				inRange = true;
			}
			if (!reader.read(entry)) {
				return;
			}
		}
	}

	/**
	 * A Query request.
	 *
	 * @param table the table name
	 * @param indexName the index to query, or {@code null} for the table
	 * @param keyCondition the KeyConditionExpression
	 * @param filter the FilterExpression, or {@code null}
	 * @param projection the ProjectionExpression, or {@code null}
	 * @param expressions names and values of the expressions
	 * @param select the Select, or {@code null} for the default
	 * @param limit the most items to read, or {@code null}
	 * @param exclusiveStartKey the previous page's LastEvaluatedKey, or {@code null}
	 * @param scanForward ascending ({@code true}) or descending sort-key order
	 * @param consistentRead strongly consistent read (rejected on a GSI)
	 * @param legacy the legacy parameters ({@link LegacyInput#NONE} when none)
	 */
	public record Request(String table, @Nullable String indexName, @Nullable String keyCondition,
			@Nullable String filter, @Nullable String projection, ExpressionInput expressions, @Nullable Select select,
			@Nullable Integer limit, @Nullable Map<String, Value> exclusiveStartKey, boolean scanForward,
			boolean consistentRead, LegacyInput legacy) {

	}

}
