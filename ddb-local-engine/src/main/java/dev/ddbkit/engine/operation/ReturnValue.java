package dev.ddbkit.engine.operation;

/**
 * Which attributes a write returns.
 * <p>
 * Source: DynamoDB API Reference, "UpdateItem" (ReturnValues).
 */
public enum ReturnValue {

	NONE, ALL_OLD, UPDATED_OLD, ALL_NEW, UPDATED_NEW

}
