package dev.ddbkit.engine.operation;

/**
 * What a Query or Scan returns.
 * <p>
 * Source: DynamoDB API Reference, "Query" (Select).
 */
public enum Select {

	ALL_ATTRIBUTES, ALL_PROJECTED_ATTRIBUTES, SPECIFIC_ATTRIBUTES, COUNT

}
