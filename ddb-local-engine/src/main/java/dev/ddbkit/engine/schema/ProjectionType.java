package dev.ddbkit.engine.schema;

/**
 * Which attributes a secondary index copies from the base table.
 * <p>
 * Source: DynamoDB API Reference, "Projection".
 */
public enum ProjectionType {

	/** Every attribute. */
	ALL,
	/** The table and index keys only. */
	KEYS_ONLY,
	/** The keys plus the listed non-key attributes. */
	INCLUDE

}
