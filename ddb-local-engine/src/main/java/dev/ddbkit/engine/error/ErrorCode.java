package dev.ddbkit.engine.error;

/**
 * The DynamoDB error types the engine answers with: the exception name as it appears in
 * the {@code __type} of the JSON error envelope (after {@code #}), the HTTP status, and
 * whether SDKs treat it as retryable.
 * <p>
 * Source: DynamoDB API Reference, "Common Errors" and each action's "Errors" section;
 * DynamoDB Developer Guide, "Error handling with DynamoDB".
 */
public enum ErrorCode {

	/** Bad input: the request does not satisfy a constraint of the API. */
	VALIDATION("ValidationException", 400, false),
	/**
	 * A condition of a write evaluated to false. Message: "The conditional request
	 * failed".
	 */
	CONDITIONAL_CHECK_FAILED("ConditionalCheckFailedException", 400, false),
	/** The table or index does not exist (or is not ACTIVE for the operation). */
	RESOURCE_NOT_FOUND("ResourceNotFoundException", 400, false),
	/** The table or index is being created, updated or deleted, or already exists. */
	RESOURCE_IN_USE("ResourceInUseException", 400, false),
	/** Too many items or too much throughput for a partition, index or table. */
	PROVISIONED_THROUGHPUT_EXCEEDED("ProvisionedThroughputExceededException", 400, true),
	/** Requests above the account's rate or control-plane limits. */
	THROTTLING("ThrottlingException", 400, true),
	/** Throughput above an account quota. */
	REQUEST_LIMIT_EXCEEDED("RequestLimitExceeded", 400, true),
	/** An item collection of a table with an LSI exceeds 10 GB. */
	ITEM_COLLECTION_SIZE_LIMIT_EXCEEDED("ItemCollectionSizeLimitExceededException", 400, false),
	/** A transaction was cancelled; carries one reason per action. */
	DUPLICATE_ITEM("DuplicateItemException", 400, false),
	TRANSACTION_CANCELED("TransactionCanceledException", 400, false),
	/** A transaction is already in progress on an item of this request. */
	TRANSACTION_CONFLICT("TransactionConflictException", 400, false),
	/** The transaction with this client token is still being processed. */
	TRANSACTION_IN_PROGRESS("TransactionInProgressException", 400, false),
	/** A reused ClientRequestToken with different parameters. */
	IDEMPOTENT_PARAMETER_MISMATCH("IdempotentParameterMismatchException", 400, false),
	/** Too many concurrent control-plane operations. */
	LIMIT_EXCEEDED("LimitExceededException", 400, false),
	/** The stream shard iterator has expired. */
	EXPIRED_ITERATOR("ExpiredIteratorException", 400, false),
	/** The stream records asked for are past the retention period. */
	TRIMMED_DATA_ACCESS("TrimmedDataAccessException", 400, false),
	/** An unknown X-Amz-Target or HTTP action. */
	UNKNOWN_OPERATION("UnknownOperationException", 400, false),
	/** The request body could not be read. */
	SERIALIZATION("SerializationException", 400, false),
	/** The engine failed; never expected. */
	INTERNAL_SERVER_ERROR("InternalServerError", 500, true);

	private final String type;

	private final int httpStatus;

	private final boolean retryable;

	ErrorCode(String type, int httpStatus, boolean retryable) {
		this.type = type;
		this.httpStatus = httpStatus;
		this.retryable = retryable;
	}

	/** The exception name, e.g. {@code ValidationException}. */
	public String type() {
		return this.type;
	}

	/** The full {@code __type} of the JSON error envelope. */
	public String wireType() {
		String namespace = (this == VALIDATION || this == SERIALIZATION || this == UNKNOWN_OPERATION
				|| this == THROTTLING) ? "com.amazon.coral.validate#" : "com.amazonaws.dynamodb.v20120810#";
		return (this == UNKNOWN_OPERATION || this == SERIALIZATION) ? "com.amazon.coral.service#" + this.type
				: namespace + this.type;
	}

	/** The HTTP status code DynamoDB answers with. */
	public int httpStatus() {
		return this.httpStatus;
	}

	/** Whether SDKs retry this error. */
	public boolean retryable() {
		return this.retryable;
	}

}
