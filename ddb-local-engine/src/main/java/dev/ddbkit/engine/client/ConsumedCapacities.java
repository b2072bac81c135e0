package dev.ddbkit.engine.client;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.ddbkit.engine.capacity.CapacityBreakdown;
import dev.ddbkit.engine.capacity.ConsumedUnits;
import dev.ddbkit.engine.error.EngineException;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.Capacity;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;

/**
 * Engine {@link CapacityBreakdown} as the SDK's {@link ConsumedCapacity}, shaped by
 * ReturnConsumedCapacity: nothing for NONE, table totals for TOTAL, plus the table's own
 * share and each index's for INDEXES.
 * <p>
 * Source: DynamoDB API Reference, "ConsumedCapacity", "ReturnConsumedCapacity".
 */
final class ConsumedCapacities {

	private ConsumedCapacities() {
	}

	/** Whether the request asked for capacity; validates the value. */
	static boolean requested(@Nullable String returnConsumedCapacity) {
		if (returnConsumedCapacity == null || returnConsumedCapacity.equals("NONE")) {
			return false;
		}
		if (returnConsumedCapacity.equals("TOTAL") || returnConsumedCapacity.equals("INDEXES")) {
			return true;
		}
		throw EngineException.validation(
				"1 validation error detected: Value '%s' at 'returnConsumedCapacity' failed to satisfy constraint: Member must satisfy enum value set: [INDEXES, TOTAL, NONE]",
				returnConsumedCapacity);
	}

	static @Nullable ConsumedCapacity of(CapacityBreakdown capacity, @Nullable String returnConsumedCapacity) {
		if (!requested(returnConsumedCapacity)) {
			return null;
		}
		ConsumedUnits total = capacity.total();
		ConsumedCapacity.Builder builder = ConsumedCapacity.builder()
			.tableName(capacity.tableName())
			.capacityUnits(total.capacityUnits());
		if (total.readHalfUnits() > 0) {
			builder.readCapacityUnits(total.readCapacityUnits());
		}
		if (total.writeHalfUnits() > 0) {
			builder.writeCapacityUnits(total.writeCapacityUnits());
		}
		if (returnConsumedCapacity.equals("INDEXES")) {
			builder.table(units(capacity.table()));
			if (!capacity.globalSecondaryIndexes().isEmpty()) {
				builder.globalSecondaryIndexes(indexes(capacity.globalSecondaryIndexes()));
			}
			if (!capacity.localSecondaryIndexes().isEmpty()) {
				builder.localSecondaryIndexes(indexes(capacity.localSecondaryIndexes()));
			}
		}
		return builder.build();
	}

	/** One entry per table, for batch and transaction responses. */
	static @Nullable List<ConsumedCapacity> of(Map<String, CapacityBreakdown> capacities,
			@Nullable String returnConsumedCapacity) {
		if (!requested(returnConsumedCapacity)) {
			return null;
		}
		return capacities.values().stream().map((capacity) -> of(capacity, returnConsumedCapacity)).toList();
	}

	private static Capacity units(ConsumedUnits units) {
		Capacity.Builder builder = Capacity.builder().capacityUnits(units.capacityUnits());
		if (units.readHalfUnits() > 0) {
			builder.readCapacityUnits(units.readCapacityUnits());
		}
		if (units.writeHalfUnits() > 0) {
			builder.writeCapacityUnits(units.writeCapacityUnits());
		}
		return builder.build();
	}

	private static Map<String, Capacity> indexes(Map<String, ConsumedUnits> units) {
		Map<String, Capacity> indexes = new LinkedHashMap<>();
		units.forEach(
				(name, value) -> indexes.put(name, Capacity.builder().capacityUnits(value.capacityUnits()).build()));
		return indexes;
	}

}
