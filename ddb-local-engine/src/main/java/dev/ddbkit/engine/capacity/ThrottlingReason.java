package dev.ddbkit.engine.capacity;

import dev.ddbkit.engine.error.ErrorCode;

/**
 * The sixteen reasons DynamoDB gives for a throttled request, spelled
 * {@code <Table|Index><Read|Write><LimitType>} as in the {@code reason} of a
 * {@code ThrottlingReason}, with the exception each is raised with.
 * <p>
 * Sources: DynamoDB API Reference, "ThrottlingReason"; Developer Guide, "Diagnosing
 * throttling" and "DynamoDB throttling resolution guide" (sixteen reasons in four
 * categories). The exception per limit follows the API Reference's descriptions of the
 * three exceptions that carry {@code ThrottlingReasons}: partition and provisioned limits
 * raise {@code ProvisionedThroughputExceededException}, the account's per-table quota
 * {@code RequestLimitExceeded} ("Throughput exceeds the current throughput quota for your
 * account"), a configured maximum on-demand throughput {@code ThrottlingException}.
 */
public enum ThrottlingReason {

	TABLE_READ_KEY_RANGE_THROUGHPUT_EXCEEDED(Resource.TABLE, Operation.READ, Limit.KEY_RANGE_THROUGHPUT_EXCEEDED),
	TABLE_READ_PROVISIONED_THROUGHPUT_EXCEEDED(Resource.TABLE, Operation.READ, Limit.PROVISIONED_THROUGHPUT_EXCEEDED),
	TABLE_READ_ACCOUNT_LIMIT_EXCEEDED(Resource.TABLE, Operation.READ, Limit.ACCOUNT_LIMIT_EXCEEDED),
	TABLE_READ_MAX_ON_DEMAND_THROUGHPUT_EXCEEDED(Resource.TABLE, Operation.READ,
			Limit.MAX_ON_DEMAND_THROUGHPUT_EXCEEDED),
	TABLE_WRITE_KEY_RANGE_THROUGHPUT_EXCEEDED(Resource.TABLE, Operation.WRITE, Limit.KEY_RANGE_THROUGHPUT_EXCEEDED),
	TABLE_WRITE_PROVISIONED_THROUGHPUT_EXCEEDED(Resource.TABLE, Operation.WRITE, Limit.PROVISIONED_THROUGHPUT_EXCEEDED),
	TABLE_WRITE_ACCOUNT_LIMIT_EXCEEDED(Resource.TABLE, Operation.WRITE, Limit.ACCOUNT_LIMIT_EXCEEDED),
	TABLE_WRITE_MAX_ON_DEMAND_THROUGHPUT_EXCEEDED(Resource.TABLE, Operation.WRITE,
			Limit.MAX_ON_DEMAND_THROUGHPUT_EXCEEDED),
	INDEX_READ_KEY_RANGE_THROUGHPUT_EXCEEDED(Resource.INDEX, Operation.READ, Limit.KEY_RANGE_THROUGHPUT_EXCEEDED),
	INDEX_READ_PROVISIONED_THROUGHPUT_EXCEEDED(Resource.INDEX, Operation.READ, Limit.PROVISIONED_THROUGHPUT_EXCEEDED),
	INDEX_READ_ACCOUNT_LIMIT_EXCEEDED(Resource.INDEX, Operation.READ, Limit.ACCOUNT_LIMIT_EXCEEDED),
	INDEX_READ_MAX_ON_DEMAND_THROUGHPUT_EXCEEDED(Resource.INDEX, Operation.READ,
			Limit.MAX_ON_DEMAND_THROUGHPUT_EXCEEDED),
	INDEX_WRITE_KEY_RANGE_THROUGHPUT_EXCEEDED(Resource.INDEX, Operation.WRITE, Limit.KEY_RANGE_THROUGHPUT_EXCEEDED),
	INDEX_WRITE_PROVISIONED_THROUGHPUT_EXCEEDED(Resource.INDEX, Operation.WRITE, Limit.PROVISIONED_THROUGHPUT_EXCEEDED),
	INDEX_WRITE_ACCOUNT_LIMIT_EXCEEDED(Resource.INDEX, Operation.WRITE, Limit.ACCOUNT_LIMIT_EXCEEDED),
	INDEX_WRITE_MAX_ON_DEMAND_THROUGHPUT_EXCEEDED(Resource.INDEX, Operation.WRITE,
			Limit.MAX_ON_DEMAND_THROUGHPUT_EXCEEDED);

	/** What is throttled. */
	public enum Resource {

		/** The table (and its LSIs, which share its throughput). */
		TABLE("Table"),
		/** A global secondary index. */
		INDEX("Index");

		private final String wireName;

		Resource(String wireName) {
			this.wireName = wireName;
		}

	}

	/** What kind of operation is throttled. */
	public enum Operation {

		/** GetItem, Query, Scan and the read parts of batches and transactions. */
		READ("Read"),
		/**
		 * PutItem, UpdateItem, DeleteItem and the write parts of batches and
		 * transactions.
		 */
		WRITE("Write");

		private final String wireName;

		Operation(String wireName) {
			this.wireName = wireName;
		}

	}

	/** Why the request was throttled. */
	public enum Limit {

		/**
		 * A partition (key range) of the table or GSI is past its per-partition ceiling.
		 */
		KEY_RANGE_THROUGHPUT_EXCEEDED("KeyRangeThroughputExceeded", ErrorCode.PROVISIONED_THROUGHPUT_EXCEEDED),
		/** A provisioned table or GSI is past its provisioned capacity and burst. */
		PROVISIONED_THROUGHPUT_EXCEEDED("ProvisionedThroughputExceeded", ErrorCode.PROVISIONED_THROUGHPUT_EXCEEDED),
		/** An on-demand table or GSI is past the account's per-table quota. */
		ACCOUNT_LIMIT_EXCEEDED("AccountLimitExceeded", ErrorCode.REQUEST_LIMIT_EXCEEDED),
		/** An on-demand table or GSI is past its configured maximum throughput. */
		MAX_ON_DEMAND_THROUGHPUT_EXCEEDED("MaxOnDemandThroughputExceeded", ErrorCode.THROTTLING);

		private final String wireName;

		private final ErrorCode errorCode;

		Limit(String wireName, ErrorCode errorCode) {
			this.wireName = wireName;
			this.errorCode = errorCode;
		}

	}

	private final Resource resource;

	private final Operation operation;

	private final Limit limit;

	private final String wireName;

	ThrottlingReason(Resource resource, Operation operation, Limit limit) {
		this.resource = resource;
		this.operation = operation;
		this.limit = limit;
		this.wireName = resource.wireName + operation.wireName + limit.wireName;
	}

	/** The reason for a resource, operation and limit. */
	public static ThrottlingReason of(Resource resource, Operation operation, Limit limit) {
		for (ThrottlingReason reason : values()) {
			if (reason.resource == resource && reason.operation == operation && reason.limit == limit) {
				return reason;
			}
		}
		throw new IllegalStateException("Every combination is a constant");
	}

	/**
	 * The reason spelled {@code wireName}, e.g.
	 * {@code TableWriteKeyRangeThroughputExceeded}.
	 */
	public static ThrottlingReason fromWireName(String wireName) {
		for (ThrottlingReason reason : values()) {
			if (reason.wireName.equals(wireName)) {
				return reason;
			}
		}
		throw new IllegalArgumentException("Unknown throttling reason: " + wireName);
	}

	/**
	 * The {@code reason} as DynamoDB spells it, e.g.
	 * {@code IndexWriteAccountLimitExceeded}.
	 */
	public String wireName() {
		return this.wireName;
	}

	/** Table or index. */
	public Resource resource() {
		return this.resource;
	}

	/** Read or write. */
	public Operation operation() {
		return this.operation;
	}

	/** The limit that was hit. */
	public Limit limit() {
		return this.limit;
	}

	/** The exception DynamoDB raises for this reason. */
	public ErrorCode errorCode() {
		return this.limit.errorCode;
	}

	@Override
	public String toString() {
		return this.wireName;
	}

}
