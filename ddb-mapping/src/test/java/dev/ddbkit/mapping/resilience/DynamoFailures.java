package dev.ddbkit.mapping.resilience;

import java.io.IOException;
import java.util.Arrays;

import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.InternalServerErrorException;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.RequestLimitExceededException;
import software.amazon.awssdk.services.dynamodb.model.ThrottlingException;
import software.amazon.awssdk.services.dynamodb.model.ThrottlingReason;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.TransactionConflictException;

/** The SDK exceptions DynamoDB answers with, as the SDK builds them from the wire. */
public final class DynamoFailures {

	private DynamoFailures() {
	}

	public static ProvisionedThroughputExceededException provisionedThroughputExceeded(String... reasons) {
		return ProvisionedThroughputExceededException.builder()
			.message("The level of configured provisioned throughput for the table was exceeded.")
			.statusCode(400)
			.awsErrorDetails(details("ProvisionedThroughputExceededException", 400))
			.throttlingReasons(Arrays.stream(reasons)
				.map((reason) -> ThrottlingReason.builder()
					.reason(reason)
					.resource("arn:aws:dynamodb:eu-west-1:123456789012:table/orders")
					.build())
				.toList())
			.build();
	}

	public static ThrottlingException throttling() {
		return ThrottlingException.builder()
			.message("Rate of requests exceeds the allowed throughput.")
			.statusCode(400)
			.awsErrorDetails(details("ThrottlingException", 400))
			.build();
	}

	public static RequestLimitExceededException requestLimitExceeded() {
		return RequestLimitExceededException.builder()
			.message("Throughput exceeds the current throughput limit for your account.")
			.statusCode(400)
			.awsErrorDetails(details("RequestLimitExceeded", 400))
			.build();
	}

	public static InternalServerErrorException internalServerError() {
		return InternalServerErrorException.builder()
			.message("Internal server error")
			.statusCode(500)
			.awsErrorDetails(details("InternalServerError", 500))
			.build();
	}

	public static DynamoDbException status(int status, String code) {
		return (DynamoDbException) DynamoDbException.builder()
			.message(code)
			.statusCode(status)
			.awsErrorDetails(details(code, status))
			.build();
	}

	public static DynamoDbException validation() {
		return status(400, "ValidationException");
	}

	public static ConditionalCheckFailedException conditionFailed() {
		return ConditionalCheckFailedException.builder()
			.message("The conditional request failed")
			.statusCode(400)
			.awsErrorDetails(details("ConditionalCheckFailedException", 400))
			.build();
	}

	public static TransactionConflictException transactionConflict() {
		return TransactionConflictException.builder()
			.message("Transaction is ongoing for the item")
			.statusCode(400)
			.awsErrorDetails(details("TransactionConflictException", 400))
			.build();
	}

	public static TransactionCanceledException transactionCanceled(String... codes) {
		return TransactionCanceledException.builder()
			.message("Transaction cancelled, please refer cancellation reasons for specific reasons "
					+ Arrays.toString(codes))
			.statusCode(400)
			.awsErrorDetails(details("TransactionCanceledException", 400))
			.cancellationReasons(
					Arrays.stream(codes).map((code) -> CancellationReason.builder().code(code).build()).toList())
			.build();
	}

	public static SdkClientException connectionReset() {
		return SdkClientException.builder()
			.message("Unable to execute HTTP request: Connection reset")
			.cause(new IOException("Connection reset"))
			.build();
	}

	private static AwsErrorDetails details(String code, int status) {
		return AwsErrorDetails.builder().errorCode(code).errorMessage(code).serviceName("DynamoDb").build();
	}

}
