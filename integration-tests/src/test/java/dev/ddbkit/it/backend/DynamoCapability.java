package dev.ddbkit.it.backend;

/**
 * Behaviours that not every backend has. A test that needs one is annotated with
 * {@link RequiresCapability} and is reported as skipped (with the reason) on the backends
 * that lack it.
 * <p>
 * Two kinds: behaviours of the real service that emulators do not reproduce
 * ({@link #THROTTLES}, {@link #GSI_LAG}, and documented behaviours where DynamoDB Local
 * differs), and features our engine does not implement yet; the latter are the engine's
 * open gaps and each names what is missing.
 */
public enum DynamoCapability {

	/**
	 * Enforces partition and table throughput and throttles with
	 * ProvisionedThroughputExceededException.
	 */
	THROTTLES("throttling on partition and table throughput"),

	/**
	 * Propagates writes to global secondary indexes asynchronously, so a GSI read right
	 * after a write can miss.
	 */
	GSI_LAG("asynchronous GSI propagation"),

	/**
	 * Speaks DynamoDB's JSON protocol over HTTP, so the requests cross the SDK's
	 * marshallers and a socket.
	 */
	HTTP("DynamoDB's JSON protocol over HTTP"),

	/** BatchGetItem and BatchWriteItem. */
	BATCH_OPERATIONS("BatchGetItem and BatchWriteItem"),

	/** TransactGetItems and TransactWriteItems with cancellation reasons. */
	TRANSACTIONS("TransactGetItems and TransactWriteItems"),

	/**
	 * ReturnValuesOnConditionCheckFailure=ALL_OLD returns the item in
	 * ConditionalCheckFailedException.
	 */
	RETURN_VALUES_ON_CONDITION_CHECK_FAILURE("ReturnValuesOnConditionCheckFailure"),

	/** UpdateItem ADD and DELETE actions, on numbers and sets. */
	UPDATE_ADD_DELETE("UpdateItem ADD/DELETE actions"),

	/** Parallel Scan with Segment and TotalSegments. */
	PARALLEL_SCAN("parallel Scan (Segment/TotalSegments)"),

	/** Select=COUNT on Query and Scan. */
	SELECT_COUNT("Select=COUNT"),

	/**
	 * Rejects a transaction whose ConditionCheck targets an item another action writes,
	 * as documented; DynamoDB Local runs both and reports ConditionalCheckFailed instead.
	 */
	TRANSACTION_CONDITION_CHECK_COUNTS_AS_ACTION("one action per item, ConditionCheck included"),

	/**
	 * Words errors as the DynamoDB service does where DynamoDB Local words them its own
	 * way (e.g. "Requested resource not found: Table: t not found" against "Cannot do
	 * operations on a non-existent table"). Tests pin the exact text of each dialect;
	 * {@code it-fidelity.md} lists both.
	 */
	SERVICE_ERROR_MESSAGES("the DynamoDB service's wording of error messages"),

	/**
	 * ReturnValues UPDATED_OLD/UPDATED_NEW list every attribute a SET action names, even
	 * when the value did not change (e.g. {@code SET a = if_not_exists(a, :v)} on an
	 * existing {@code a}).
	 */
	UPDATED_RETURN_VALUES_LIST_EVERY_SET_PATH("UPDATED_NEW lists every attribute an update sets"),

	/**
	 * KeyConditions, QueryFilter, ScanFilter, AttributesToGet, Expected and
	 * AttributeUpdates.
	 */
	LEGACY_PARAMETERS("legacy conditional parameters (KeyConditions, Expected, AttributeUpdates, ...)"),

	/**
	 * Rejects a request mixing legacy and expression parameters, as documented (DG
	 * "Legacy conditional parameters"); DynamoDB Local accepts the mix.
	 */
	REJECTS_MIXED_PARAMETER_STYLES("rejection of legacy and expression parameters in one request"),

	/**
	 * TagResource, UntagResource and ListTagsOfResource; DynamoDB Local answers "Tagging
	 * is not currently supported".
	 */
	TAGGING("TagResource/UntagResource/ListTagsOfResource"),

	/** ReturnConsumedCapacity with the documented read/write unit arithmetic. */
	CAPACITY_ACCOUNTING("ReturnConsumedCapacity with documented unit arithmetic"),

	/**
	 * DeleteTable answers with TableStatus DELETING, as documented (API DeleteTable);
	 * DynamoDB Local answers ACTIVE.
	 */
	DELETING_STATUS("DeleteTable answering TableStatus DELETING"),

	/**
	 * A GSI added by UpdateTable is CREATING (backfilling) before it is ACTIVE, as
	 * documented (DG "Adding a global secondary index to an existing table").
	 */
	GSI_BACKFILL_STATUS("IndexStatus CREATING for a GSI added by UpdateTable"),

	/**
	 * Table and index names are validated (3..255 of [a-zA-Z0-9_.-]) before the table is
	 * looked up.
	 */
	TABLE_NAME_VALIDATION("table name validation"),

	/**
	 * ReturnItemCollectionMetrics=SIZE answers ItemCollectionMetrics for writes to tables
	 * with a local secondary index (API Reference, "ItemCollectionMetrics"); DynamoDB
	 * Local never returns them.
	 */
	ITEM_COLLECTION_METRICS("ReturnItemCollectionMetrics=SIZE on tables with a local secondary index"),

	/**
	 * ValidationException messages of the expression language (unused values, reserved
	 * words, ...).
	 */
	EXPRESSION_VALIDATION("expression validation messages");

	private final String description;

	DynamoCapability(String description) {
		this.description = description;
	}

	/** What the capability covers, for skip reasons and reports. */
	public String description() {
		return this.description;
	}

}
