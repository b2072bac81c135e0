package dev.ddbkit.engine.schema;

/**
 * How a table pays for throughput.
 * <p>
 * Source: DynamoDB Developer Guide, "DynamoDB throughput capacity".
 */
public enum BillingMode {

	/** Read and write capacity units declared up front. */
	PROVISIONED,
	/** On-demand: pay per request. */
	PAY_PER_REQUEST

}
