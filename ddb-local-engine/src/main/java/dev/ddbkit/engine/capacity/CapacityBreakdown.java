package dev.ddbkit.engine.capacity;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The capacity one request consumed on one table, split as {@code ConsumedCapacity}
 * splits it with {@code ReturnConsumedCapacity=INDEXES}: the table itself, each global
 * and each local secondary index.
 * <p>
 * For {@code TOTAL}, report {@link #total()} as {@code CapacityUnits} (and its read and
 * write parts as {@code ReadCapacityUnits}/{@code WriteCapacityUnits}); for
 * {@code INDEXES}, add {@link #table()} as {@code Table},
 * {@link #globalSecondaryIndexes()} as {@code GlobalSecondaryIndexes} and
 * {@link #localSecondaryIndexes()} as {@code LocalSecondaryIndexes} (indexes with nothing
 * consumed are left out). Source: DynamoDB API Reference, "ConsumedCapacity".
 *
 * @param tableName the table
 * @param table what the table itself consumed
 * @param globalSecondaryIndexes per GSI name, in the order first charged
 * @param localSecondaryIndexes per LSI name, in the order first charged
 */
public record CapacityBreakdown(String tableName, ConsumedUnits table,
		Map<String, ConsumedUnits> globalSecondaryIndexes, Map<String, ConsumedUnits> localSecondaryIndexes) {

	public CapacityBreakdown {
		globalSecondaryIndexes = Collections.unmodifiableMap(new LinkedHashMap<>(globalSecondaryIndexes));
		localSecondaryIndexes = Collections.unmodifiableMap(new LinkedHashMap<>(localSecondaryIndexes));
	}

	/** Nothing consumed on {@code tableName}. */
	public static CapacityBreakdown empty(String tableName) {
		return new CapacityBreakdown(tableName, ConsumedUnits.ZERO, Map.of(), Map.of());
	}

	/** The table plus every index. */
	public ConsumedUnits total() {
		ConsumedUnits total = this.table;
		for (ConsumedUnits units : this.globalSecondaryIndexes.values()) {
			total = total.plus(units);
		}
		for (ConsumedUnits units : this.localSecondaryIndexes.values()) {
			total = total.plus(units);
		}
		return total;
	}

	/**
	 * What draws on the table's own throughput: the table plus its LSIs, which share the
	 * table's capacity (Developer Guide, "Local secondary indexes: provisioned throughput
	 * considerations").
	 */
	public ConsumedUnits tableThroughput() {
		ConsumedUnits total = this.table;
		for (ConsumedUnits units : this.localSecondaryIndexes.values()) {
			total = total.plus(units);
		}
		return total;
	}

	/** The sum of two breakdowns of the same table (BatchGetItem, BatchWriteItem). */
	public CapacityBreakdown plus(CapacityBreakdown other) {
		if (!this.tableName.equals(other.tableName)) {
			throw new IllegalArgumentException("Breakdowns of " + this.tableName + " and " + other.tableName);
		}
		return new CapacityBreakdown(this.tableName, this.table.plus(other.table),
				merge(this.globalSecondaryIndexes, other.globalSecondaryIndexes),
				merge(this.localSecondaryIndexes, other.localSecondaryIndexes));
	}

	private static Map<String, ConsumedUnits> merge(Map<String, ConsumedUnits> left, Map<String, ConsumedUnits> right) {
		Map<String, ConsumedUnits> merged = new LinkedHashMap<>(left);
		right.forEach((name, units) -> merged.merge(name, units, ConsumedUnits::plus));
		return merged;
	}

}
