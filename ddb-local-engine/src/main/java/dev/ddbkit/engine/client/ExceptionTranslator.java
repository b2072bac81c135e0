package dev.ddbkit.engine.client;

import java.util.List;

import dev.ddbkit.engine.error.EngineException;
import dev.ddbkit.engine.error.ThrottledException;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.DuplicateItemException;
import software.amazon.awssdk.services.dynamodb.model.ExpiredIteratorException;
import software.amazon.awssdk.services.dynamodb.model.IdempotentParameterMismatchException;
import software.amazon.awssdk.services.dynamodb.model.InternalServerErrorException;
import software.amazon.awssdk.services.dynamodb.model.ItemCollectionSizeLimitExceededException;
import software.amazon.awssdk.services.dynamodb.model.LimitExceededException;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.RequestLimitExceededException;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ThrottlingException;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.TransactionConflictException;
import software.amazon.awssdk.services.dynamodb.model.ThrottlingReason;
import software.amazon.awssdk.services.dynamodb.model.TransactionInProgressException;
import software.amazon.awssdk.services.dynamodb.model.TrimmedDataAccessException;

/**
 * Turns an {@link EngineException} into the exception the SDK raises for the same
 * DynamoDB error: the modelled subclass where there is one (else
 * {@link DynamoDbException}), with the message, the error code and service name in
 * {@link AwsErrorDetails}, and the HTTP status.
 */
final class ExceptionTranslator {

	private ExceptionTranslator() {
	}

	static DynamoDbException translate(EngineException ex) {
		DynamoDbException.Builder builder = switch (ex.code()) {
			case CONDITIONAL_CHECK_FAILED -> ConditionalCheckFailedException.builder()
				.item((ex.item() != null) ? ValueConverter.fromValues(ex.item()) : null);
			case RESOURCE_NOT_FOUND -> ResourceNotFoundException.builder();
			case RESOURCE_IN_USE -> ResourceInUseException.builder();
			case PROVISIONED_THROUGHPUT_EXCEEDED ->
				ProvisionedThroughputExceededException.builder().throttlingReasons(throttlingReasons(ex));
			case THROTTLING -> ThrottlingException.builder().throttlingReasons(throttlingReasons(ex));
			case REQUEST_LIMIT_EXCEEDED ->
				RequestLimitExceededException.builder().throttlingReasons(throttlingReasons(ex));
			case ITEM_COLLECTION_SIZE_LIMIT_EXCEEDED -> ItemCollectionSizeLimitExceededException.builder();
			case TRANSACTION_CANCELED ->
				TransactionCanceledException.builder().cancellationReasons(CancellationReasons.of(ex));
			case DUPLICATE_ITEM -> DuplicateItemException.builder();
			case TRANSACTION_CONFLICT -> TransactionConflictException.builder();
			case TRANSACTION_IN_PROGRESS -> TransactionInProgressException.builder();
			case IDEMPOTENT_PARAMETER_MISMATCH -> IdempotentParameterMismatchException.builder();
			case LIMIT_EXCEEDED -> LimitExceededException.builder();
			case INTERNAL_SERVER_ERROR -> InternalServerErrorException.builder();
			case EXPIRED_ITERATOR -> ExpiredIteratorException.builder();
			case TRIMMED_DATA_ACCESS -> TrimmedDataAccessException.builder();
			default -> DynamoDbException.builder();
		};
		int status = ex.code().httpStatus();
		builder.message(ex.getMessage())
			.statusCode(status)
			.awsErrorDetails(AwsErrorDetails.builder()
				.errorCode(ex.code().type())
				.errorMessage(ex.getMessage())
				.serviceName("DynamoDb")
				.sdkHttpResponse(SdkHttpResponse.builder().statusCode(status).build())
				.build());
		return (DynamoDbException) builder.build();
	}

	/** The ThrottlingReasons of a throttle (empty for other errors). */
	private static List<ThrottlingReason> throttlingReasons(EngineException ex) {
		if (!(ex instanceof ThrottledException throttled)) {
			return List.of();
		}
		return throttled.reasons()
			.stream()
			.map((reason) -> ThrottlingReason.builder().reason(reason.reason()).resource(reason.resource()).build())
			.toList();
	}

}
