package dev.ddbkit.engine.capacity;

import java.time.Duration;
import java.time.Instant;

/**
 * Consumption and throttles of a table, index or partition in one fixed window of the
 * engine clock, like CloudWatch's {@code ConsumedReadCapacityUnits},
 * {@code ConsumedWriteCapacityUnits}, {@code ReadThrottleEvents} and
 * {@code WriteThrottleEvents} (Developer Guide, "DynamoDB Metrics and dimensions").
 *
 * @param start the window's start
 * @param length the window's length
 * @param consumedReadCapacityUnits read units consumed in the window
 * @param consumedWriteCapacityUnits write units consumed in the window
 * @param readThrottleEvents throttled reads
 * @param writeThrottleEvents throttled writes
 */
public record UsageWindow(Instant start, Duration length, double consumedReadCapacityUnits,
		double consumedWriteCapacityUnits, long readThrottleEvents, long writeThrottleEvents) {

}
