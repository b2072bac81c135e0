package dev.ddbkit.mapping.resilience;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.InternalServerErrorException;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.RequestLimitExceededException;
import software.amazon.awssdk.services.dynamodb.model.ThrottlingException;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.TransactionConflictException;

/**
 * Decides whether a failed DynamoDB call may be sent again, following the "OK to retry?"
 * column of DynamoDB's error table.
 * <p>
 * Retried: throttling ({@code ProvisionedThroughputExceededException},
 * {@code ThrottlingException}, {@code RequestLimitExceeded}), server errors (HTTP 5xx,
 * {@code InternalServerError}, {@code ServiceUnavailable}),
 * {@code TransactionConflictException}, a {@code TransactionCanceledException} whose
 * every reason other than {@code None} is {@code TransactionConflict},
 * {@code ThrottlingError} or {@code ProvisionedThroughputExceeded}, and an
 * {@link SdkClientException} caused by an {@link IOException} (a reset connection or a
 * timeout, which the SDK itself would retry). Never retried: condition failures,
 * validation errors and every other 4xx, because sending the same request again gives the
 * same answer.
 * <p>
 * A retried write may already have been applied when the failure was a 5xx or an I/O
 * error, as with the SDK's own retries; writes that must not apply twice carry a
 * condition or a transaction {@code ClientRequestToken}.
 *
 * @see <a href=
 * "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Programming.Errors.html">Error
 * handling with DynamoDB</a>
 * @see <a href=
 * "https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TransactWriteItems.html">TransactWriteItems:
 * cancellation reasons</a>
 */
public final class DynamoRetryClassifier implements Predicate<Throwable> {

	private static final DynamoRetryClassifier INSTANCE = new DynamoRetryClassifier();

	private static final Set<String> THROTTLING_CODES = Set.of("ProvisionedThroughputExceededException",
			"ThrottlingException", "Throttling", "RequestLimitExceeded");

	private static final Set<String> SERVER_ERROR_CODES = Set.of("InternalServerError", "ServiceUnavailable");

	private static final Set<String> RETRYABLE_CANCELLATION_CODES = Set.of("TransactionConflict", "ThrottlingError",
			"ProvisionedThroughputExceeded");

	private static final Set<String> THROTTLING_CANCELLATION_CODES = Set.of("ThrottlingError",
			"ProvisionedThroughputExceeded");

	private DynamoRetryClassifier() {
	}

	/**
	 * The classifier; stateless.
	 * @return the shared instance
	 */
	public static DynamoRetryClassifier instance() {
		return INSTANCE;
	}

	/**
	 * Whether {@code failure} may be retried.
	 * @param failure what a call threw
	 * @return {@code true} for the retryable failures listed on the class
	 */
	@Override
	public boolean test(Throwable failure) {
		return isRetryable(failure);
	}

	/**
	 * Whether {@code failure} may be retried.
	 * @param failure what a call threw
	 * @return {@code true} for the retryable failures listed on the class
	 */
	public static boolean isRetryable(Throwable failure) {
		if (isThrottle(failure) || isServerError(failure)) {
			return true;
		}
		if (failure instanceof TransactionConflictException
				|| "TransactionConflictException".equals(errorCode(failure))) {
			return true;
		}
		if (failure instanceof TransactionCanceledException canceled) {
			return cancellationCodesWithin(canceled, RETRYABLE_CANCELLATION_CODES);
		}
		return failure instanceof SdkClientException && failure.getCause() instanceof IOException;
	}

	/**
	 * Whether {@code failure} says DynamoDB throttled the request: a throttling exception
	 * or error code, or a cancelled transaction whose every reason other than
	 * {@code None} is {@code ThrottlingError} or {@code ProvisionedThroughputExceeded}.
	 * @param failure what a call threw
	 * @return {@code true} when the request was throttled
	 */
	public static boolean isThrottle(Throwable failure) {
		if (failure instanceof ProvisionedThroughputExceededException || failure instanceof ThrottlingException
				|| failure instanceof RequestLimitExceededException) {
			return true;
		}
		if (failure instanceof TransactionCanceledException canceled) {
			return cancellationCodesWithin(canceled, THROTTLING_CANCELLATION_CODES);
		}
		return hasCode(failure, THROTTLING_CODES);
	}

	/**
	 * Whether {@code failure} is a server-side error: HTTP status 5xx, or the error code
	 * {@code InternalServerError} or {@code ServiceUnavailable}.
	 * @param failure what a call threw
	 * @return {@code true} for a server error
	 */
	public static boolean isServerError(Throwable failure) {
		if (failure instanceof InternalServerErrorException) {
			return true;
		}
		if (failure instanceof AwsServiceException service && service.statusCode() >= 500) {
			return true;
		}
		return hasCode(failure, SERVER_ERROR_CODES);
	}

	/**
	 * The DynamoDB error code of a service exception, such as
	 * {@code ConditionalCheckFailedException}.
	 * @param failure what a call threw
	 * @return the error code, or {@code null} when {@code failure} carries none
	 */
	public static @Nullable String errorCode(Throwable failure) {
		if (failure instanceof AwsServiceException service && service.awsErrorDetails() != null) {
			return service.awsErrorDetails().errorCode();
		}
		return null;
	}

	private static boolean hasCode(Throwable failure, Set<String> codes) {
		String code = errorCode(failure);
		return code != null && codes.contains(code);
	}

	private static boolean cancellationCodesWithin(TransactionCanceledException canceled, Set<String> accepted) {
		if (!canceled.hasCancellationReasons()) {
			return false;
		}
		List<String> codes = canceled.cancellationReasons()
			.stream()
			.map(CancellationReason::code)
			.filter((code) -> code != null && !"None".equals(code))
			.toList();
		return !codes.isEmpty() && accepted.containsAll(codes);
	}

}
