package dev.ddbkit.engine.capacity;

/**
 * How a table (and its GSIs) is given throughput.
 * <p>
 * Source: DynamoDB Developer Guide, "DynamoDB throughput capacity" ("Read/write capacity
 * mode"): provisioned tables declare read and write capacity units per second; on-demand
 * tables ({@code PAY_PER_REQUEST}) adapt to traffic.
 */
public enum CapacityMode {

	/** BillingMode {@code PROVISIONED}. */
	PROVISIONED,
	/** BillingMode {@code PAY_PER_REQUEST}. */
	ON_DEMAND

}
