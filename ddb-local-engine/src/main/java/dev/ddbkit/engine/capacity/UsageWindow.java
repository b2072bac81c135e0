package dev.ddbkit.engine.capacity;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Consumption and throttles of a table, index or partition in one fixed window of the
 * engine clock, like CloudWatch's {@code ConsumedReadCapacityUnits},
 * {@code ConsumedWriteCapacityUnits}, {@code ReadThrottleEvents} and
 * {@code WriteThrottleEvents} (Developer Guide, "DynamoDB Metrics and dimensions"), with
 * the throttles split by the {@code ThrottlingReason} DynamoDB reported (Developer Guide,
 * "Diagnosing throttling").
 *
 * @param start the window's start
 * @param length the window's length
 * @param consumedReadCapacityUnits read units consumed in the window
 * @param consumedWriteCapacityUnits write units consumed in the window
 * @param readThrottleEvents throttled reads
 * @param writeThrottleEvents throttled writes
 * @param throttlesByReason per reason, the throttled requests that reported it here
 * (reasons never reported are absent; a request throttled for two reasons counts under
 * both, once as an event)
 */
public record UsageWindow(Instant start, Duration length, double consumedReadCapacityUnits,
		double consumedWriteCapacityUnits, long readThrottleEvents, long writeThrottleEvents,
		Map<ThrottlingReason, Long> throttlesByReason) {

	public UsageWindow {
		EnumMap<ThrottlingReason, Long> reasons = new EnumMap<>(ThrottlingReason.class);
		reasons.putAll(throttlesByReason);
		throttlesByReason = Collections.unmodifiableMap(reasons);
	}

	/** A window without per-reason counts. */
	public UsageWindow(Instant start, Duration length, double consumedReadCapacityUnits,
			double consumedWriteCapacityUnits, long readThrottleEvents, long writeThrottleEvents) {
		this(start, length, consumedReadCapacityUnits, consumedWriteCapacityUnits, readThrottleEvents,
				writeThrottleEvents, Map.of());
	}

}
