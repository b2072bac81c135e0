package dev.ddbkit.engine.capacity;

import java.util.List;

/**
 * One hash-range partition of a table or GSI.
 *
 * @param index the position in hash order, from 0
 * @param hashStart the first hash of the range (unsigned)
 * @param hashEnd the last hash of the range, inclusive (unsigned)
 * @param storedBytes the bytes reported stored in the partition
 * @param windows its consumption and throttles, oldest first
 */
public record PartitionDiagnostics(int index, long hashStart, long hashEnd, long storedBytes,
		List<UsageWindow> windows) {

	public PartitionDiagnostics {
		windows = List.copyOf(windows);
	}

}
