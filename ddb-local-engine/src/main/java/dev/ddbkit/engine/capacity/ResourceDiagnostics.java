package dev.ddbkit.engine.capacity;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The throughput state and history of a table or GSI.
 *
 * @param name the table or index name
 * @param arn its ARN
 * @param mode provisioned or on-demand
 * @param readUnitsPerSecond the current read ceiling: provisioned RCU, or for on-demand
 * double the previous peak
 * @param writeUnitsPerSecond the current write ceiling, likewise
 * @param readBurstUnits unused read capacity banked beyond the current second
 * (provisioned; 0 for on-demand)
 * @param writeBurstUnits unused write capacity banked beyond the current second
 * @param windows consumption and throttles, oldest first
 * @param partitions the partitions in hash order
 * @param hottestKeys the most demanded partition keys, heaviest first
 */
public record ResourceDiagnostics(String name, String arn, CapacityMode mode, double readUnitsPerSecond,
		double writeUnitsPerSecond, double readBurstUnits, double writeBurstUnits, List<UsageWindow> windows,
		List<PartitionDiagnostics> partitions, List<HotKey> hottestKeys) {

	public ResourceDiagnostics {
		windows = List.copyOf(windows);
		partitions = List.copyOf(partitions);
		hottestKeys = List.copyOf(hottestKeys);
	}

	/** Read throttle events over all retained windows. */
	public long readThrottleEvents() {
		return this.windows.stream().mapToLong(UsageWindow::readThrottleEvents).sum();
	}

	/** Write throttle events over all retained windows. */
	public long writeThrottleEvents() {
		return this.windows.stream().mapToLong(UsageWindow::writeThrottleEvents).sum();
	}

	/**
	 * Throttled requests per {@link ThrottlingReason} over all retained windows, in the
	 * reasons' declaration order; reasons never reported are absent.
	 */
	public Map<ThrottlingReason, Long> throttlesByReason() {
		Map<ThrottlingReason, Long> reasons = new EnumMap<>(ThrottlingReason.class);
		for (UsageWindow window : this.windows) {
			window.throttlesByReason().forEach((reason, count) -> reasons.merge(reason, count, Long::sum));
		}
		return Collections.unmodifiableMap(reasons);
	}

	/** Read units consumed over all retained windows. */
	public double consumedReadCapacityUnits() {
		return this.windows.stream().mapToDouble(UsageWindow::consumedReadCapacityUnits).sum();
	}

	/** Write units consumed over all retained windows. */
	public double consumedWriteCapacityUnits() {
		return this.windows.stream().mapToDouble(UsageWindow::consumedWriteCapacityUnits).sum();
	}

}
