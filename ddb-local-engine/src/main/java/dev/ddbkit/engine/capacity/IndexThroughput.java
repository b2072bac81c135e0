package dev.ddbkit.engine.capacity;

/**
 * The throughput of one global secondary index. Its mode is its table's. LSIs have no
 * entry: they share the table's throughput.
 *
 * @param indexName the index
 * @param arn the index ARN, {@code <table arn>/index/<name>}, reported in throttles
 * @param readUnits provisioned RCU, or the maximum on-demand read request units
 * ({@code 0}: none)
 * @param writeUnits provisioned WCU, or the maximum on-demand write request units
 * ({@code 0}: none)
 */
public record IndexThroughput(String indexName, String arn, long readUnits, long writeUnits) {

	public IndexThroughput {
		if (readUnits < 0 || writeUnits < 0) {
			throw new IllegalArgumentException("Throughput must not be negative");
		}
	}

}
