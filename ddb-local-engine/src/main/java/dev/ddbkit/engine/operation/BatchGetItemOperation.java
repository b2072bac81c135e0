package dev.ddbkit.engine.operation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.ddbkit.engine.capacity.CapacityBreakdown;
import dev.ddbkit.engine.capacity.ReadConsistency;
import dev.ddbkit.engine.error.EngineException;
import dev.ddbkit.engine.error.ThrottledException;
import dev.ddbkit.engine.expression.DynamoProjection;
import dev.ddbkit.engine.expression.ExpressionCompiler;
import dev.ddbkit.engine.expression.LegacyParameters;
import dev.ddbkit.engine.storage.StoredItem;
import dev.ddbkit.engine.storage.TableStore;
import dev.ddbkit.engine.value.Item;
import dev.ddbkit.engine.value.PrimaryKey;
import dev.ddbkit.engine.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * BatchGetItem: up to 100 keys over one or more tables; found items are returned per
 * table; a response never exceeds 16 MB: the keys whose items would not fit come back as
 * UnprocessedKeys.
 * <p>
 * Source: DynamoDB API Reference, "BatchGetItem" ("Too many items requested for the
 * BatchGetItem call"; duplicates rejected; 16 MB per response).
 */
public final class BatchGetItemOperation {

	static final long MAX_RESPONSE_BYTES = 16L * 1024 * 1024;

	private final EngineContext context;

	public BatchGetItemOperation(EngineContext context) {
		this.context = context;
	}

	/** Reads the keys. */
	public Result execute(Map<String, TableKeys> requestItems) {
		if (requestItems.isEmpty()) {
			throw EngineException.validation(
					"1 validation error detected: Value '{}' at 'requestItems' failed to satisfy constraint: Member must have length greater than or equal to 1");
		}
		int total = requestItems.values().stream().mapToInt((keys) -> keys.keys().size()).sum();
		if (total > 100) {
			throw EngineException.validation("Too many items requested for the BatchGetItem call");
		}
		Map<String, Planned> plan = new LinkedHashMap<>();
		requestItems.forEach((tableName, keys) -> plan.put(tableName, plan(tableName, keys)));
		Map<String, List<Item>> responses = new LinkedHashMap<>();
		Map<String, TableKeys> unprocessed = new LinkedHashMap<>();
		Map<String, CapacityBreakdown> capacities = new LinkedHashMap<>();
		long bytes = 0;
		boolean full = false;
		int read = 0;
		ThrottledException throttled = null;
		for (Map.Entry<String, Planned> entry : plan.entrySet()) {
			Planned planned = entry.getValue();
			List<Item> found = responses.computeIfAbsent(entry.getKey(), (name) -> new ArrayList<>());
			CapacityBreakdown capacity = CapacityBreakdown.empty(entry.getKey());
			ReadConsistency kind = ReadConsistency.of(planned.request().consistentRead());
			List<Map<String, Value>> left = new ArrayList<>();
			for (int i = 0; i < planned.keys().size(); i++) {
				StoredItem stored = planned.table().getStored(planned.keys().get(i));
				Item item = (stored != null) ? stored.item() : null;
				long size = Price.size(stored);
				if (full || bytes + size > MAX_RESPONSE_BYTES) {
					full = true;
					left.add(planned.request().keys().get(i));
					continue;
				}
				// each key is priced on its own, rounded up to 4 KB
				Price price = Price.read(entry.getKey(), null, planned.keys().get(i).partition(), size, kind);
				try {
					this.context.throughput().admit(planned.table(), price.request());
				}
				catch (ThrottledException ex) {
					throttled = ex;
					left.add(planned.request().keys().get(i));
					continue;
				}
				read++;
				capacity = capacity.plus(price.breakdown());
				if (item != null) {
					bytes += size;
					found.add((planned.projection() != null) ? planned.projection().apply(item) : item);
				}
			}
			capacities.put(entry.getKey(), capacity);
			if (!left.isEmpty()) {
				TableKeys request = planned.request();
				unprocessed.put(entry.getKey(), new TableKeys(left, request.projection(), request.expressions(),
						request.consistentRead(), request.attributesToGet()));
			}
		}
		if (read == 0 && throttled != null) {
			// nothing could be read: the whole request fails (API Reference,
			// "BatchGetItem")
			throw throttled;
		}
		return new Result(responses, unprocessed, capacities);
	}

	private Planned plan(String tableName, TableKeys request) {
		TableStore table = this.context.catalog().getRequired(tableName);
		if (request.keys().isEmpty()) {
			throw EngineException.validation(
					"1 validation error detected: Value at 'requestItems.%s.member.keys' failed to satisfy constraint: Member must have length greater than or equal to 1",
					tableName);
		}
		ExpressionCompiler compiler = request.expressions().compiler(request.projection() != null);
		DynamoProjection projection = (request.projection() != null) ? compiler.projection(request.projection())
				: (request.attributesToGet() != null) ? LegacyParameters.attributesToGet(request.attributesToGet())
						: null;
		compiler.verifyAllUsed();
		List<PrimaryKey> keys = new ArrayList<>();
		Set<PrimaryKey> seen = new HashSet<>();
		for (Map<String, Value> key : request.keys()) {
			PrimaryKey primaryKey = ItemValidator.key(table.definition(), key);
			if (!seen.add(primaryKey)) {
				throw EngineException.validation(BatchWriteItemOperation.DUPLICATES);
			}
			keys.add(primaryKey);
		}
		return new Planned(table, request, keys, projection);
	}

	/**
	 * The keys to read from one table (KeysAndAttributes).
	 *
	 * @param keys the keys
	 * @param projection the ProjectionExpression, or {@code null}
	 * @param expressions names of the projection
	 * @param consistentRead strongly consistent read
	 * @param attributesToGet the legacy AttributesToGet, or {@code null}
	 */
	public record TableKeys(List<Map<String, Value>> keys, @Nullable String projection, ExpressionInput expressions,
			boolean consistentRead, @Nullable List<String> attributesToGet) {

	}

	/**
	 * Found items by table, the keys left unread by table, and the capacity per table.
	 */
	public record Result(Map<String, List<Item>> responses, Map<String, TableKeys> unprocessedKeys,
			Map<String, CapacityBreakdown> capacities) {

	}

	private record Planned(TableStore table, TableKeys request, List<PrimaryKey> keys,
			@Nullable DynamoProjection projection) {

	}

}
