package dev.ddbkit.it.sdk;

import dev.ddbkit.it.backend.DynamoBackend;
import dev.ddbkit.it.backend.DynamoCapability;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Error assertions on what every backend returns alike: the SDK exception type, the error
 * code and DynamoDB's message. {@code getMessage()} is never compared: it embeds the
 * service name and request id, which differ.
 */
final class DynamoErrors {

	private DynamoErrors() {
	}

	/**
	 * The call fails with the given SDK exception type, error code and exact message;
	 * returns the exception.
	 */
	static <T extends DynamoDbException> T assertFails(ThrowingCallable call, Class<T> type, String errorCode,
			String errorMessage) {
		Throwable thrown = catchThrowable(call);
		assertThat(thrown).as("exception").isInstanceOf(type);
		T exception = type.cast(thrown);
		assertThat(exception.awsErrorDetails().errorCode()).as("error code").isEqualTo(errorCode);
		assertThat(exception.awsErrorDetails().errorMessage()).as("error message").isEqualTo(errorMessage);
		assertThat(exception.statusCode()).as("HTTP status").isEqualTo(400);
		return exception;
	}

	/**
	 * The message a backend words in its own dialect: the service's wording on backends
	 * with {@link DynamoCapability#SERVICE_ERROR_MESSAGES}, DynamoDB Local's elsewhere.
	 * Both are pinned exactly.
	 */
	static String message(DynamoBackend backend, String service, String dynamoDbLocal) {
		return backend.has(DynamoCapability.SERVICE_ERROR_MESSAGES) ? service : dynamoDbLocal;
	}

	/** The call fails with a ValidationException carrying exactly this message. */
	static DynamoDbException assertValidation(ThrowingCallable call, String errorMessage) {
		return assertFails(call, DynamoDbException.class, "ValidationException", errorMessage);
	}

}
