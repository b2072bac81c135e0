package dev.ddbkit.engine.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.ddbkit.engine.error.ErrorCode;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.RequestLimitExceededException;
import software.amazon.awssdk.services.dynamodb.model.ThrottlingException;
import software.amazon.awssdk.services.dynamodb.model.ThrottlingReason;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * DynamoDB's JSON error body: {@code {"__type":"<namespace>#<Error>","message":"..."}},
 * plus {@code CancellationReasons} for a cancelled transaction, {@code ThrottlingReasons}
 * for a throttle and {@code Item} for a failed condition that asked for it.
 * <p>
 * Source: DynamoDB Developer Guide, "Error handling with DynamoDB" (error components).
 */
final class ErrorEnvelopes {

	private ErrorEnvelopes() {
	}

	/** The HTTP status of an error code name. */
	static int status(String errorCode) {
		return code(errorCode).httpStatus();
	}

	static Map<String, Object> of(ErrorCode code, String message) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("__type", code.wireType());
		body.put("message", message);
		return body;
	}

	static Map<String, Object> of(DynamoDbException ex) {
		String errorCode = ex.awsErrorDetails().errorCode();
		Map<String, Object> body = of(code(errorCode), ex.awsErrorDetails().errorMessage());
		if (ex instanceof TransactionCanceledException canceled && canceled.hasCancellationReasons()) {
			List<Object> reasons = new ArrayList<>();
			for (CancellationReason reason : canceled.cancellationReasons()) {
				reasons.add(SdkJsonCodec.write(reason));
			}
			body.put("CancellationReasons", reasons);
		}
		List<ThrottlingReason> throttling = throttlingReasons(ex);
		if (!throttling.isEmpty()) {
			List<Object> reasons = new ArrayList<>();
			for (ThrottlingReason reason : throttling) {
				reasons.add(SdkJsonCodec.write(reason));
			}
			body.put(throttlingReasonsMember(ex), reasons);
		}
		if (ex instanceof ConditionalCheckFailedException failed && failed.hasItem()) {
			body.put("Item", SdkJsonCodec.write(AttributeValue.fromM(failed.item())).get("M"));
		}
		return body;
	}

	/**
	 * The wire name of the exception's ThrottlingReasons member, as the SDK's model
	 * spells it: {@code throttlingReasons} in ThrottlingException,
	 * {@code ThrottlingReasons} in the others.
	 */
	private static String throttlingReasonsMember(DynamoDbException ex) {
		for (SdkField<?> field : ex.sdkFields()) {
			if (field.locationName().equalsIgnoreCase("ThrottlingReasons")) {
				return field.locationName();
			}
		}
		return "ThrottlingReasons";
	}

	private static List<ThrottlingReason> throttlingReasons(DynamoDbException ex) {
		if (ex instanceof ProvisionedThroughputExceededException exceeded && exceeded.hasThrottlingReasons()) {
			return exceeded.throttlingReasons();
		}
		if (ex instanceof ThrottlingException throttling && throttling.hasThrottlingReasons()) {
			return throttling.throttlingReasons();
		}
		if (ex instanceof RequestLimitExceededException limit && limit.hasThrottlingReasons()) {
			return limit.throttlingReasons();
		}
		return List.of();
	}

	private static ErrorCode code(String errorCode) {
		for (ErrorCode code : ErrorCode.values()) {
			if (code.type().equals(errorCode)) {
				return code;
			}
		}
		return ErrorCode.INTERNAL_SERVER_ERROR;
	}

}
