package dev.ddbkit.mapping.resilience;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import static org.assertj.core.api.Assertions.assertThat;

class DynamoRetryClassifierUnitTests {

	// DynamoDB error handling: throttling errors are "OK to retry", with backoff.
	@Test
	void retriesEveryKindOfThrottling() {
		assertThat(DynamoRetryClassifier.instance()).accepts(DynamoFailures.provisionedThroughputExceeded(),
				DynamoFailures.throttling(), DynamoFailures.requestLimitExceeded());
		assertThat(DynamoRetryClassifier.isThrottle(DynamoFailures.provisionedThroughputExceeded())).isTrue();
		assertThat(DynamoRetryClassifier.isThrottle(DynamoFailures.throttling())).isTrue();
		assertThat(DynamoRetryClassifier.isThrottle(DynamoFailures.requestLimitExceeded())).isTrue();
	}

	@Test
	void recognisesThrottlingByErrorCodeOnAGenericServiceException() {
		assertThat(DynamoRetryClassifier.isThrottle(DynamoFailures.status(400, "ThrottlingException"))).isTrue();
		assertThat(DynamoRetryClassifier.isRetryable(DynamoFailures.status(400, "RequestLimitExceeded"))).isTrue();
	}

	// DynamoDB error handling: HTTP 5xx (InternalServerError, ServiceUnavailable) are "OK
	// to retry".
	@Test
	void retriesServerErrors() {
		assertThat(DynamoRetryClassifier.instance()).accepts(DynamoFailures.internalServerError(),
				DynamoFailures.status(503, "ServiceUnavailable"), DynamoFailures.status(500, "InternalFailure"));
		assertThat(DynamoRetryClassifier.isServerError(DynamoFailures.status(503, "ServiceUnavailable"))).isTrue();
		assertThat(DynamoRetryClassifier.isThrottle(DynamoFailures.internalServerError())).isFalse();
	}

	@Test
	void retriesTransactionConflicts() {
		assertThat(DynamoRetryClassifier.isRetryable(DynamoFailures.transactionConflict())).isTrue();
		assertThat(DynamoRetryClassifier.isRetryable(DynamoFailures.status(400, "TransactionConflictException")))
			.isTrue();
	}

	// TransactWriteItems: one cancellation reason per action, "None" for the actions that
	// did not fail.
	@Test
	void retriesACanceledTransactionOnlyWhenEveryFailedActionConflictedOrWasThrottled() {
		assertThat(DynamoRetryClassifier.instance()).accepts(
				DynamoFailures.transactionCanceled("None", "TransactionConflict"),
				DynamoFailures.transactionCanceled("ThrottlingError", "None", "TransactionConflict"),
				DynamoFailures.transactionCanceled("ProvisionedThroughputExceeded"));
		assertThat(DynamoRetryClassifier.instance()).rejects(
				DynamoFailures.transactionCanceled("ConditionalCheckFailed", "TransactionConflict"),
				DynamoFailures.transactionCanceled("None", "ValidationError"),
				DynamoFailures.transactionCanceled("None", "None"),
				TransactionCanceledException.builder().message("no reasons").build());
	}

	@Test
	void countsACanceledTransactionAsThrottledOnlyWhenEveryFailedActionWasThrottled() {
		assertThat(DynamoRetryClassifier.isThrottle(DynamoFailures.transactionCanceled("None", "ThrottlingError")))
			.isTrue();
		assertThat(DynamoRetryClassifier
			.isThrottle(DynamoFailures.transactionCanceled("ThrottlingError", "TransactionConflict"))).isFalse();
	}

	// DynamoDB error handling: ConditionalCheckFailed, ValidationException and other 4xx
	// are not "OK to retry".
	@Test
	void neverRetriesConditionFailuresValidationErrorsOrOtherClientErrors() {
		assertThat(DynamoRetryClassifier.instance()).rejects(DynamoFailures.conditionFailed(),
				DynamoFailures.validation(), DynamoFailures.status(400, "ResourceNotFoundException"),
				DynamoFailures.status(400, "AccessDeniedException"),
				DynamoFailures.status(400, "ConditionalCheckFailedException"));
	}

	@Test
	void retriesAClientSideFailureOnlyWhenAnIoErrorCausedIt() {
		assertThat(DynamoRetryClassifier.isRetryable(DynamoFailures.connectionReset())).isTrue();
		assertThat(DynamoRetryClassifier.isRetryable(SdkClientException.create("Unable to marshall request")))
			.isFalse();
		assertThat(DynamoRetryClassifier.isRetryable(new IllegalStateException("bug"))).isFalse();
	}

	@Test
	void readsTheErrorCodeOfServiceExceptionsOnly() {
		assertThat(DynamoRetryClassifier.errorCode(DynamoFailures.conditionFailed()))
			.isEqualTo("ConditionalCheckFailedException");
		assertThat(DynamoRetryClassifier.errorCode(DynamoFailures.connectionReset())).isNull();
	}

}
