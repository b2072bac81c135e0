package dev.ddbkit.sample.ecommerce.load;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What a load scenario did and what DynamoDB answered.
 *
 * @param scenario the scenario's name, e.g. {@code hot-customer}
 * @param customerKey the GSI1 partition key the orders were written under, with
 * {@code #0..#N-1} when sharded
 * @param shards the GSI1 shards (1: not sharded)
 * @param ordersAttempted the orders the reseller sent
 * @param ordersWritten the orders stored, at their first attempt or a retry
 * @param ordersGivenUp the orders still throttled at the last attempt
 * @param writeAttempts the PutItem calls made
 * @param retries the PutItem calls repeated after a throttle
 * @param throttlesByReason the throttled attempts by {@code ThrottlingReason}, as the
 * Micrometer counter {@code ddb.throttles} counted them
 * @param engineThrottlesByReason per table and GSI, the throttles by reason the engine's
 * diagnostics counted in the scenario's time (only resources that throttled)
 * @param hottestKeys the partition keys of the table and each GSI the scenario asked the
 * most capacity of (the engine's hot-key counts after the run less those before it)
 * @param partitionHeat per table and GSI, each partition's write units and throttles in
 * the scenario's time
 * @param simulatedElapsed the engine-clock time from the first order to the last write
 * @param wallElapsed the real time the run took
 */
public record LoadReport(String scenario, String customerKey, int shards, long ordersAttempted, long ordersWritten,
		long ordersGivenUp, long writeAttempts, long retries, Map<String, Long> throttlesByReason,
		Map<String, Map<String, Long>> engineThrottlesByReason, List<String> hottestKeys,
		Map<String, List<PartitionHeat>> partitionHeat, Duration simulatedElapsed, Duration wallElapsed) {

	/** The throttled attempts over every reason. */
	public long throttles() {
		return this.throttlesByReason.values().stream().mapToLong(Long::longValue).sum();
	}

	/**
	 * One partition's load in the scenario.
	 *
	 * @param partition its position in hash order, from 0
	 * @param consumedWriteCapacityUnits the write units it served
	 * @param writeThrottleEvents the writes it throttled
	 */
	public record PartitionHeat(int partition, double consumedWriteCapacityUnits, long writeThrottleEvents) {

	}

	/** The report as the console shows it. */
	public String describe() {
		StringBuilder text = new StringBuilder();
		text.append(String.format("Load scenario %s: %d orders at 200/s under GSI1 key %s%n", this.scenario,
				this.ordersAttempted, this.customerKey));
		text.append(String.format("  orders attempted: %d, written: %d, given up: %d%n", this.ordersAttempted,
				this.ordersWritten, this.ordersGivenUp));
		text.append(String.format("  write attempts: %d, throttled: %d, retries: %d%n", this.writeAttempts, throttles(),
				this.retries));
		text.append("  throttles by reason (ddb.throttles): ")
			.append(this.throttlesByReason.isEmpty() ? "none" : this.throttlesByReason.toString())
			.append(System.lineSeparator());
		text.append("  engine diagnostics, throttles by reason: ")
			.append(this.engineThrottlesByReason.isEmpty() ? "none" : this.engineThrottlesByReason.toString())
			.append(System.lineSeparator());
		text.append("  hottest keys in the scenario:").append(System.lineSeparator());
		this.hottestKeys.forEach((key) -> text.append("    ").append(key).append(System.lineSeparator()));
		text.append("  partition heat (WCU consumed / writes throttled):").append(System.lineSeparator());
		this.partitionHeat.forEach((resource, partitions) -> {
			text.append(String.format("    %-6s", resource));
			partitions.forEach((heat) -> text.append(String.format(" [%d] %.0f/%d", heat.partition(),
					heat.consumedWriteCapacityUnits(), heat.writeThrottleEvents())));
			text.append(System.lineSeparator());
		});
		text.append(String.format("  elapsed simulated time: %.3f s (wall clock %.1f s)%n",
				this.simulatedElapsed.toMillis() / 1000.0, this.wallElapsed.toMillis() / 1000.0));
		return text.toString();
	}

}
