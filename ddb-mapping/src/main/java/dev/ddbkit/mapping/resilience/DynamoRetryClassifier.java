package dev.ddbkit.mapping.resilience;

import java.util.function.Predicate;

import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.RequestLimitExceededException;
import software.amazon.awssdk.services.dynamodb.model.ThrottlingException;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.TransactionConflictException;

/**
 * Decides which failures are worth another attempt: throttling
 * ({@code ProvisionedThroughputExceeded}, {@code RequestLimitExceeded},
 * {@code ThrottlingException}), server errors (5xx), transaction conflicts (also a
 * canceled transaction whose reasons are only conflicts or throttling) and client-side
 * I/O failures. Never a failed condition, a validation error or a missing resource:
 * repeating those gives the same answer.
 * <p>
 * Source: DynamoDB Developer Guide, "Error handling with DynamoDB" (which errors are
 * retryable).
 */
public final class DynamoRetryClassifier implements Predicate<Throwable> {

	@Override
	public boolean test(Throwable failure) {
		if (failure instanceof ProvisionedThroughputExceededException
				|| failure instanceof RequestLimitExceededException || failure instanceof ThrottlingException
				|| failure instanceof TransactionConflictException) {
			return true;
		}
		if (failure instanceof TransactionCanceledException canceled) {
			return canceled.hasCancellationReasons()
					&& canceled.cancellationReasons()
						.stream()
						.map(CancellationReason::code)
						.allMatch((code) -> "None".equals(code) || "TransactionConflict".equals(code)
								|| "ThrottlingError".equals(code) || code == null)
					&& canceled.cancellationReasons()
						.stream()
						.anyMatch((r) -> "TransactionConflict".equals(r.code()) || "ThrottlingError".equals(r.code()));
		}
		if (failure instanceof DynamoDbException dynamo) {
			String code = (dynamo.awsErrorDetails() != null) ? dynamo.awsErrorDetails().errorCode() : null;
			return "ThrottlingException".equals(code) || dynamo.statusCode() >= 500;
		}
		return failure instanceof SdkClientException;
	}

}
