package dev.ddbkit.mapping.core;

import java.util.List;
import java.util.Map;

import dev.ddbkit.mapping.DynamoConditionFailedException;
import dev.ddbkit.mapping.DynamoThroughputExceededException;
import dev.ddbkit.mapping.DynamoUncategorizedException;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.InvalidDataAccessResourceUsageException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.dao.support.PersistenceExceptionTranslator;

import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.InternalServerErrorException;
import software.amazon.awssdk.services.dynamodb.model.ItemCollectionSizeLimitExceededException;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.RequestLimitExceededException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ThrottlingException;
import software.amazon.awssdk.services.dynamodb.model.ThrottlingReason;
import software.amazon.awssdk.services.dynamodb.model.TransactionConflictException;

/**
 * The one place where AWS SDK exceptions become Spring {@link DataAccessException}s:
 * <ul>
 * <li>{@code ConditionalCheckFailedException} -> {@link DynamoConditionFailedException}
 * (callers that know better map it to {@code OptimisticLockingFailureException} or
 * {@code DuplicateKeyException} first);</li>
 * <li>throttling ({@code ProvisionedThroughputExceeded}, {@code RequestLimitExceeded},
 * {@code ThrottlingException}) -> {@link DynamoThroughputExceededException} with the
 * throttling reasons;</li>
 * <li>{@code TransactionConflictException} -> {@link ConcurrencyFailureException};</li>
 * <li>{@code ResourceNotFoundException}, {@code ValidationException} ->
 * {@link InvalidDataAccessResourceUsageException};</li>
 * <li>{@code ItemCollectionSizeLimitExceededException} ->
 * {@link DataIntegrityViolationException};</li>
 * <li>5xx -> {@link TransientDataAccessResourceException}; client-side failures (network,
 * credentials) -> {@link DataAccessResourceFailureException}; anything else ->
 * {@link DynamoUncategorizedException}.</li>
 * </ul>
 * Source: DynamoDB Developer Guide, "Error handling with DynamoDB".
 */
public class DynamoExceptionTranslator implements PersistenceExceptionTranslator {

	@Override
	public @Nullable DataAccessException translateExceptionIfPossible(RuntimeException ex) {
		return (ex instanceof SdkException sdk) ? translate(sdk, "DynamoDB request", null) : null;
	}

	/**
	 * Translates an SDK exception.
	 * @param ex the exception
	 * @param operation what was done, e.g. {@code "PutItem Order in table app"}
	 * @param tableName the table, if known
	 * @return the Spring exception
	 */
	public DataAccessException translate(SdkException ex, String operation, @Nullable String tableName) {
		String message = operation + ": " + ex.getMessage();
		if (ex instanceof ConditionalCheckFailedException) {
			return new DynamoConditionFailedException(message, (tableName != null) ? tableName : "", Map.of(), ex);
		}
		if (ex instanceof ProvisionedThroughputExceededException throttled) {
			List<String> reasons = throttled.hasThrottlingReasons()
					? throttled.throttlingReasons().stream().map(ThrottlingReason::reason).toList() : List.of();
			return new DynamoThroughputExceededException(message, reasons, ex);
		}
		if (ex instanceof RequestLimitExceededException || ex instanceof ThrottlingException) {
			return new DynamoThroughputExceededException(message, List.of(), ex);
		}
		if (ex instanceof TransactionConflictException) {
			return new ConcurrencyFailureException(message, ex);
		}
		if (ex instanceof ResourceNotFoundException) {
			return new InvalidDataAccessResourceUsageException(message, ex);
		}
		if (ex instanceof ItemCollectionSizeLimitExceededException) {
			return new DataIntegrityViolationException(message, ex);
		}
		if (ex instanceof InternalServerErrorException) {
			return new TransientDataAccessResourceException(message, ex);
		}
		if (ex instanceof DynamoDbException dynamo) {
			String code = (dynamo.awsErrorDetails() != null) ? dynamo.awsErrorDetails().errorCode() : null;
			if ("ValidationException".equals(code)) {
				return new InvalidDataAccessResourceUsageException(message, ex);
			}
			if ("ThrottlingException".equals(code)) {
				return new DynamoThroughputExceededException(message, List.of(), ex);
			}
			if (dynamo.statusCode() >= 500) {
				return new TransientDataAccessResourceException(message, ex);
			}
			return new DynamoUncategorizedException(message, ex);
		}
		if (ex instanceof SdkClientException) {
			return new DataAccessResourceFailureException(message, ex);
		}
		return new DynamoUncategorizedException(message, ex);
	}

}
