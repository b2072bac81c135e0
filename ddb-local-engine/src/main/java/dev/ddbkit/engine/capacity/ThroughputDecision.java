package dev.ddbkit.engine.capacity;

import java.util.List;

import dev.ddbkit.engine.error.ErrorCode;

/**
 * The answer of {@link ThroughputLimiter#tryAcquire}: granted (the capacity was
 * consumed), or throttled with every reason found (nothing was consumed).
 *
 * @param throttles the reasons, empty when granted; table reasons before index reasons
 */
public record ThroughputDecision(List<Throttle> throttles) {

	/** The request was served and its capacity consumed. */
	public static final ThroughputDecision GRANTED = new ThroughputDecision(List.of());

	public ThroughputDecision {
		throttles = List.copyOf(throttles);
	}

	/** Whether the capacity was granted and consumed. */
	public boolean granted() {
		return this.throttles.isEmpty();
	}

	/** Whether the request was throttled. */
	public boolean throttled() {
		return !this.throttles.isEmpty();
	}

	/**
	 * The exception to raise: {@code ProvisionedThroughputExceededException} when any
	 * reason is a partition or provisioned limit, else {@code ThrottlingException} for a
	 * maximum on-demand throughput, else {@code RequestLimitExceeded}.
	 * @throws IllegalStateException when the request was granted
	 */
	public ErrorCode errorCode() {
		if (granted()) {
			throw new IllegalStateException("Not throttled");
		}
		ErrorCode code = ErrorCode.REQUEST_LIMIT_EXCEEDED;
		for (Throttle throttle : this.throttles) {
			ErrorCode candidate = throttle.reason().errorCode();
			if (candidate == ErrorCode.PROVISIONED_THROUGHPUT_EXCEEDED) {
				return candidate;
			}
			if (candidate == ErrorCode.THROTTLING) {
				code = candidate;
			}
		}
		return code;
	}

	/**
	 * The exception message DynamoDB sends with {@link #errorCode()}.
	 * @param onDemand whether the table is on-demand (its partition throttles read
	 * differently from a provisioned table's)
	 */
	public String message(boolean onDemand) {
		ErrorCode code = errorCode();
		if (code == ErrorCode.REQUEST_LIMIT_EXCEEDED) {
			return "Throughput exceeds the current throughput limit for your account. "
					+ "Please contact AWS Support at https://aws.amazon.com/support request a limit increase";
		}
		if (code == ErrorCode.THROTTLING) {
			return "Throughput exceeds the maximum OnDemandThroughput configured on table or index";
		}
		if (onDemand) {
			return "Throughput exceeds the current capacity of your table or index. DynamoDB is automatically "
					+ "scaling your table or index so please try again shortly. If exceptions persist, check if you "
					+ "have a hot key: https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/"
					+ "bp-partition-key-design.html";
		}
		boolean tableReason = this.throttles.stream()
			.anyMatch((throttle) -> throttle.reason().resource() == ThrottlingReason.Resource.TABLE);
		return tableReason
				? "The level of configured provisioned throughput for the table was exceeded. "
						+ "Consider increasing your provisioning level with the UpdateTable API."
				: "The level of configured provisioned throughput for one or more global secondary indexes of the "
						+ "table was exceeded. Consider increasing your provisioning level for the under-provisioned "
						+ "global secondary indexes with the UpdateTable API";
	}

}
