package dev.ddbkit.engine.capacity;

import java.util.ArrayList;
import java.util.List;

/**
 * The throughput of a table and its GSIs, as CreateTable and UpdateTable declare it.
 * <p>
 * For {@link CapacityMode#PROVISIONED}, {@code readUnits}/{@code writeUnits} are the
 * provisioned RCU/WCU; for {@link CapacityMode#ON_DEMAND}, the optional maximum on-demand
 * throughput
 * ({@code OnDemandThroughput.MaxReadRequestUnits}/{@code MaxWriteRequestUnits}, {@code 0}
 * when not set).
 *
 * @param tableName the table
 * @param arn the table ARN, reported in throttles
 * @param mode provisioned or on-demand
 * @param readUnits provisioned RCU or maximum on-demand read units
 * @param writeUnits provisioned WCU or maximum on-demand write units
 * @param globalSecondaryIndexes one entry per GSI
 */
public record TableThroughput(String tableName, String arn, CapacityMode mode, long readUnits, long writeUnits,
		List<IndexThroughput> globalSecondaryIndexes) {

	public TableThroughput {
		if (readUnits < 0 || writeUnits < 0) {
			throw new IllegalArgumentException("Throughput must not be negative");
		}
		if (mode == CapacityMode.PROVISIONED && (readUnits < 1 || writeUnits < 1)) {
			throw new IllegalArgumentException("A provisioned table needs at least 1 RCU and 1 WCU");
		}
		globalSecondaryIndexes = List.copyOf(globalSecondaryIndexes);
	}

	/** A provisioned table without GSIs. */
	public static TableThroughput provisioned(String tableName, String arn, long readUnits, long writeUnits) {
		return new TableThroughput(tableName, arn, CapacityMode.PROVISIONED, readUnits, writeUnits, List.of());
	}

	/** An on-demand table without GSIs and without maximum throughput. */
	public static TableThroughput onDemand(String tableName, String arn) {
		return new TableThroughput(tableName, arn, CapacityMode.ON_DEMAND, 0, 0, List.of());
	}

	/** A copy with one more GSI. */
	public TableThroughput withIndex(String indexName, long indexReadUnits, long indexWriteUnits) {
		List<IndexThroughput> indexes = new ArrayList<>(this.globalSecondaryIndexes);
		indexes.add(new IndexThroughput(indexName, this.arn + "/index/" + indexName, indexReadUnits, indexWriteUnits));
		return new TableThroughput(this.tableName, this.arn, this.mode, this.readUnits, this.writeUnits, indexes);
	}

	/** An on-demand copy with a maximum on-demand throughput ({@code 0}: none). */
	public TableThroughput withMaxOnDemand(long maxReadUnits, long maxWriteUnits) {
		return new TableThroughput(this.tableName, this.arn, CapacityMode.ON_DEMAND, maxReadUnits, maxWriteUnits,
				this.globalSecondaryIndexes);
	}

}
