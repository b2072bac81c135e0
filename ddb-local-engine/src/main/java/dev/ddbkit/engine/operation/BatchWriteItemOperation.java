package dev.ddbkit.engine.operation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.ddbkit.engine.capacity.CapacityBreakdown;
import dev.ddbkit.engine.error.EngineException;
import dev.ddbkit.engine.error.ThrottledException;
import dev.ddbkit.engine.storage.TableStore;
import dev.ddbkit.engine.value.Item;
import dev.ddbkit.engine.value.PrimaryKey;
import dev.ddbkit.engine.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * BatchWriteItem: up to 25 puts and deletes over one or more tables, each applied as a
 * single-item write (the batch as a whole is not atomic). The request is validated
 * completely before any write.
 * <p>
 * Source: DynamoDB API Reference, "BatchWriteItem" (≤ 25 requests, no two on one item,
 * "Provided list of item keys contains duplicates"; the writes the throughput limits
 * refuse come back as UnprocessedItems, and the request fails with the throttle only when
 * none could be written).
 */
public final class BatchWriteItemOperation {

	static final String DUPLICATES = "Provided list of item keys contains duplicates";

	private final EngineContext context;

	public BatchWriteItemOperation(EngineContext context) {
		this.context = context;
	}

	/**
	 * Applies every write the limits admit; returns the throttled ones and the capacity
	 * per table.
	 */
	public Result execute(Map<String, List<WriteRequest>> requestItems) {
		int total = 0;
		for (Map.Entry<String, List<WriteRequest>> entry : requestItems.entrySet()) {
			if (entry.getValue().isEmpty() || entry.getValue().size() > 25) {
				throw EngineException.validation(
						"1 validation error detected: Value at 'requestItems' failed to satisfy constraint: Map value must satisfy constraint: [Member must have length less than or equal to 25, Member must have length greater than or equal to 1]");
			}
			total += entry.getValue().size();
		}
		if (requestItems.isEmpty()) {
			throw EngineException.validation(
					"1 validation error detected: Value '{}' at 'requestItems' failed to satisfy constraint: Member must have length greater than or equal to 1");
		}
		if (total > 25) {
			throw EngineException.validation("Too many items requested for the BatchWriteItem call");
		}
		Map<String, List<Planned>> plan = new LinkedHashMap<>();
		requestItems.forEach((tableName, writes) -> plan.put(tableName, plan(tableName, writes)));
		Map<String, CapacityBreakdown> capacities = new LinkedHashMap<>();
		Map<String, List<WriteRequest>> unprocessed = new LinkedHashMap<>();
		ThrottledException throttled = null;
		int written = 0;
		for (Map.Entry<String, List<Planned>> entry : plan.entrySet()) {
			TableStore table = this.context.catalog().getRequired(entry.getKey());
			CapacityBreakdown capacity = CapacityBreakdown.empty(entry.getKey());
			for (Planned write : entry.getValue()) {
				try {
					capacity = capacity.plus(WriteSupport
						.write(this.context, table, write.key(), null, false, (current) -> write.request().putItem())
						.capacity());
					written++;
				}
				catch (ThrottledException ex) {
					unprocessed.computeIfAbsent(entry.getKey(), (name) -> new ArrayList<>()).add(write.request());
					throttled = ex;
				}
			}
			capacities.put(entry.getKey(), capacity);
		}
		if (written == 0 && throttled != null) {
			// nothing could be processed: the whole request fails (API Reference,
			// "BatchWriteItem")
			throw throttled;
		}
		return new Result(unprocessed, capacities);
	}

	private List<Planned> plan(String tableName, List<WriteRequest> writes) {
		TableStore table = this.context.catalog().getRequired(tableName);
		List<Planned> planned = new ArrayList<>();
		Set<PrimaryKey> keys = new HashSet<>();
		for (WriteRequest write : writes) {
			PrimaryKey key = (write.putItem() != null) ? ItemValidator.item(table.definition(), write.putItem())
					: ItemValidator.key(table.definition(), write.deleteKey());
			if (!keys.add(key)) {
				throw EngineException.validation(DUPLICATES);
			}
			planned.add(new Planned(key, write));
		}
		return planned;
	}

	/**
	 * One write of a batch: a PutRequest (an item) or a DeleteRequest (a key).
	 *
	 * @param putItem the item to put, or {@code null}
	 * @param deleteKey the key to delete, or {@code null}
	 */
	public record WriteRequest(@Nullable Item putItem, @Nullable Map<String, Value> deleteKey) {

		public WriteRequest {
			if ((putItem == null) == (deleteKey == null)) {
				throw EngineException.validation(
						"Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes");
			}
		}

	}

	/** The writes left undone by table, and the capacity consumed per table. */
	public record Result(Map<String, List<WriteRequest>> unprocessedItems, Map<String, CapacityBreakdown> capacities) {

	}

	private record Planned(PrimaryKey key, WriteRequest request) {

	}

}
