package dev.ddbkit.mapping.observability;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.ddbkit.mapping.resilience.DynamoRetryClassifier;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.RequestLimitExceededException;
import software.amazon.awssdk.services.dynamodb.model.ThrottlingException;
import software.amazon.awssdk.services.dynamodb.model.ThrottlingReason;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/** The {@code outcome} tag of a request attempt. */
enum DynamoOutcome {

	/** DynamoDB answered. */
	SUCCESS("success"),

	/** DynamoDB refused the request (4xx other than throttling), or the SDK failed. */
	CLIENT_ERROR("client_error"),

	/** DynamoDB throttled the request. */
	THROTTLED("throttled"),

	/** DynamoDB failed (5xx). */
	SERVER_ERROR("server_error");

	private final String tag;

	DynamoOutcome(String tag) {
		this.tag = tag;
	}

	String tag() {
		return this.tag;
	}

	static DynamoOutcome of(Throwable failure) {
		if (DynamoRetryClassifier.isThrottle(failure)) {
			return THROTTLED;
		}
		return DynamoRetryClassifier.isServerError(failure) ? SERVER_ERROR : CLIENT_ERROR;
	}

	/**
	 * The reasons of a throttle: each distinct {@code ThrottlingReason.reason} the
	 * exception carries (such as {@code TableReadProvisionedThroughputExceeded}), the
	 * throttling cancellation codes of a transaction, or else its error code.
	 */
	static List<String> throttlingReasons(Throwable failure) {
		Set<String> reasons = new LinkedHashSet<>();
		for (ThrottlingReason reason : carriedReasons(failure)) {
			if (reason.reason() != null) {
				reasons.add(reason.reason());
			}
		}
		if (failure instanceof TransactionCanceledException canceled && canceled.hasCancellationReasons()) {
			for (CancellationReason reason : canceled.cancellationReasons()) {
				if ("ThrottlingError".equals(reason.code()) || "ProvisionedThroughputExceeded".equals(reason.code())) {
					reasons.add(reason.code());
				}
			}
		}
		if (reasons.isEmpty()) {
			String code = DynamoRetryClassifier.errorCode(failure);
			reasons.add((code != null) ? code : failure.getClass().getSimpleName());
		}
		return new ArrayList<>(reasons);
	}

	private static List<ThrottlingReason> carriedReasons(Throwable failure) {
		if (failure instanceof ProvisionedThroughputExceededException exceeded && exceeded.hasThrottlingReasons()) {
			return exceeded.throttlingReasons();
		}
		if (failure instanceof ThrottlingException throttling && throttling.hasThrottlingReasons()) {
			return throttling.throttlingReasons();
		}
		if (failure instanceof RequestLimitExceededException limit && limit.hasThrottlingReasons()) {
			return limit.throttlingReasons();
		}
		return List.of();
	}

}
