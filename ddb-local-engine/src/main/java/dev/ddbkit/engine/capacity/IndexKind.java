package dev.ddbkit.engine.capacity;

/**
 * The two kinds of secondary index, which DynamoDB reports apart in
 * {@code ConsumedCapacity} and which draw on different throughput: a GSI has its own, an
 * LSI shares its table's.
 * <p>
 * Source: DynamoDB API Reference, "ConsumedCapacity"; Developer Guide, "Local secondary
 * indexes: provisioned throughput considerations".
 */
public enum IndexKind {

	/** A global secondary index: own key schema, own capacity and partitions. */
	GLOBAL,
	/** A local secondary index: the table's partition key and capacity. */
	LOCAL

}
