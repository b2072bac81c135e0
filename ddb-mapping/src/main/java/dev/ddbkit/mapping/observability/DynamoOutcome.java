package dev.ddbkit.mapping.observability;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.ddbkit.mapping.resilience.DynamoRetryClassifier;
import org.jspecify.annotations.Nullable;
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

	private static final String INDEX_IN_ARN = "/index/";

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
	 * The reasons of a throttle, each with the index it names: each distinct
	 * {@code ThrottlingReason} the exception carries (such as
	 * {@code TableReadProvisionedThroughputExceeded}, the index read from its resource
	 * ARN {@code arn:aws:dynamodb:...:table/orders/index/GSI1}), else the throttling
	 * cancellation codes of a transaction, else the error code; these last two on
	 * {@code requestIndex}.
	 */
	static Set<Throttle> throttles(Throwable failure, String requestIndex) {
		Set<Throttle> throttles = new LinkedHashSet<>();
		for (ThrottlingReason reason : carriedReasons(failure)) {
			if (reason.reason() != null) {
				throttles.add(new Throttle(reason.reason(), indexOf(reason.resource(), requestIndex)));
			}
		}
		if (failure instanceof TransactionCanceledException canceled && canceled.hasCancellationReasons()) {
			for (CancellationReason reason : canceled.cancellationReasons()) {
				if ("ThrottlingError".equals(reason.code()) || "ProvisionedThroughputExceeded".equals(reason.code())) {
					throttles.add(new Throttle(reason.code(), requestIndex));
				}
			}
		}
		if (throttles.isEmpty()) {
			String code = DynamoRetryClassifier.errorCode(failure);
			throttles.add(new Throttle((code != null) ? code : failure.getClass().getSimpleName(), requestIndex));
		}
		return throttles;
	}

	private static String indexOf(@Nullable String resource, String requestIndex) {
		int index = (resource != null) ? resource.indexOf(INDEX_IN_ARN) : -1;
		if (index < 0) {
			return (resource != null && resource.contains(":table/")) ? DynamoRequestFacts.NONE : requestIndex;
		}
		return resource.substring(index + INDEX_IN_ARN.length());
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

	/** One reason of a throttle and the index it concerns, {@code none} for the table. */
	record Throttle(String reason, String index) {
	}

}
