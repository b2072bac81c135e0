package dev.ddbkit.engine.storage;

/**
 * The life cycle of a secondary index.
 * <p>
 * Source: DynamoDB API Reference, "GlobalSecondaryIndexDescription" (IndexStatus).
 */
public enum IndexStatus {

	/** Being built; a new GSI is backfilled while CREATING. */
	CREATING,
	/** Being changed. */
	UPDATING,
	/** Being removed. */
	DELETING,
	/** Ready for queries. */
	ACTIVE

}
