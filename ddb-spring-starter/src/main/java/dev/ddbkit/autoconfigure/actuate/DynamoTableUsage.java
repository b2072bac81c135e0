package dev.ddbkit.autoconfigure.actuate;

import java.util.List;
import java.util.Map;

import dev.ddbkit.mapping.observability.DynamoHotKey;

/**
 * What the application's calls used of one table since start-up, as the metered client
 * recorded it.
 *
 * @param consumedReadCapacityUnits read capacity units consumed, indexes included
 * @param consumedWriteCapacityUnits write capacity units consumed, indexes included
 * @param throttles throttled attempts by reason (e.g.
 * {@code TableWriteProvisionedThroughputExceeded})
 * @param hotPartitionKeys the most requested partition keys, hottest first
 */
public record DynamoTableUsage(double consumedReadCapacityUnits, double consumedWriteCapacityUnits,
		Map<String, Double> throttles, List<DynamoHotKey> hotPartitionKeys) {

	/**
	 * Where the endpoint reads usage from.
	 */
	@FunctionalInterface
	public interface Source {

		/**
		 * The usage of a table.
		 * @param table the table name
		 * @return the usage
		 */
		DynamoTableUsage usage(String table);

	}

}
