package dev.ddbkit.engine.client;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.ddbkit.engine.capacity.Capacity;
import dev.ddbkit.engine.error.EngineException;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;

/**
 * Engine {@link Capacity} as the SDK's {@link ConsumedCapacity}, shaped by
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

	static @Nullable ConsumedCapacity of(Capacity capacity, @Nullable String returnConsumedCapacity) {
		if (!requested(returnConsumedCapacity)) {
			return null;
		}
		ConsumedCapacity.Builder builder = ConsumedCapacity.builder()
			.tableName(capacity.tableName())
			.capacityUnits(capacity.total());
		if (capacity.readUnits() > 0) {
			builder.readCapacityUnits(capacity.readUnits());
		}
		if (capacity.writeUnits() > 0) {
			builder.writeCapacityUnits(capacity.writeUnits());
		}
		if (returnConsumedCapacity.equals("INDEXES")) {
			builder.table(units(capacity.tableUnits(), capacity.tableReadUnits(), capacity.tableWriteUnits()));
			if (!capacity.globalIndexUnits().isEmpty()) {
				builder.globalSecondaryIndexes(indexes(capacity.globalIndexUnits()));
			}
			if (!capacity.localIndexUnits().isEmpty()) {
				builder.localSecondaryIndexes(indexes(capacity.localIndexUnits()));
			}
		}
		return builder.build();
	}

	/** One entry per table, for batch and transaction responses. */
	static @Nullable List<ConsumedCapacity> of(Map<String, Capacity> capacities,
			@Nullable String returnConsumedCapacity) {
		if (!requested(returnConsumedCapacity)) {
			return null;
		}
		return capacities.values().stream().map((capacity) -> of(capacity, returnConsumedCapacity)).toList();
	}

	private static software.amazon.awssdk.services.dynamodb.model.Capacity units(double total, double read,
			double write) {
		software.amazon.awssdk.services.dynamodb.model.Capacity.Builder builder = software.amazon.awssdk.services.dynamodb.model.Capacity
			.builder()
			.capacityUnits(total);
		if (read > 0) {
			builder.readCapacityUnits(read);
		}
		if (write > 0) {
			builder.writeCapacityUnits(write);
		}
		return builder.build();
	}

	private static Map<String, software.amazon.awssdk.services.dynamodb.model.Capacity> indexes(
			Map<String, Double> units) {
		Map<String, software.amazon.awssdk.services.dynamodb.model.Capacity> indexes = new LinkedHashMap<>();
		units.forEach((name, value) -> indexes.put(name,
				software.amazon.awssdk.services.dynamodb.model.Capacity.builder().capacityUnits(value).build()));
		return indexes;
	}

}
