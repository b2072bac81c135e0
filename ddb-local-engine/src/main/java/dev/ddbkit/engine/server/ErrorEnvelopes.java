package dev.ddbkit.engine.server;

import java.util.List;

import dev.ddbkit.engine.error.ErrorCode;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.RequestLimitExceededException;
import software.amazon.awssdk.services.dynamodb.model.ThrottlingException;
import software.amazon.awssdk.services.dynamodb.model.ThrottlingReason;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import tools.jackson.core.JsonGenerator;

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

	/** Writes the envelope of an error code and message. */
	static void write(JsonGenerator generator, ErrorCode code, String message) {
		generator.writeStartObject();
		members(generator, code, message);
		generator.writeEndObject();
	}

	/** Writes the envelope of an engine exception, with its reasons and item if any. */
	static void write(JsonGenerator generator, DynamoDbException ex) {
		generator.writeStartObject();
		members(generator, code(ex.awsErrorDetails().errorCode()), ex.awsErrorDetails().errorMessage());
		if (ex instanceof TransactionCanceledException canceled && canceled.hasCancellationReasons()) {
			pojos(generator, "CancellationReasons", canceled.cancellationReasons());
		}
		List<ThrottlingReason> throttling = throttlingReasons(ex);
		if (!throttling.isEmpty()) {
			pojos(generator, throttlingReasonsMember(ex), throttling);
		}
		if (ex instanceof ConditionalCheckFailedException failed && failed.hasItem()) {
			generator.writeName("Item");
			SdkJsonWriter.writeItem(generator, failed.item());
		}
		generator.writeEndObject();
	}

	private static void members(JsonGenerator generator, ErrorCode code, @Nullable String message) {
		generator.writeStringProperty("__type", code.wireType());
		generator.writeStringProperty("message", message);
	}

	private static void pojos(JsonGenerator generator, String name, List<? extends SdkPojo> pojos) {
		generator.writeName(name);
		generator.writeStartArray();
		for (SdkPojo pojo : pojos) {
			SdkJsonWriter.write(generator, pojo);
		}
		generator.writeEndArray();
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
