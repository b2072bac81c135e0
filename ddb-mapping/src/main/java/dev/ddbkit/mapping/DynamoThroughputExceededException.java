package dev.ddbkit.mapping;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.TransientDataAccessResourceException;

/**
 * A request throttled by DynamoDB ({@code ProvisionedThroughputExceededException},
 * {@code ThrottlingException}, {@code RequestLimitExceeded}) after the retry layer gave
 * up. Transient: a later attempt may succeed.
 * <p>
 * Source: DynamoDB Developer Guide, "DynamoDB throttling".
 */
public class DynamoThroughputExceededException extends TransientDataAccessResourceException {

	private final List<String> reasons;

	/**
	 * Creates the exception.
	 * @param message DynamoDB's message with context
	 * @param reasons the throttling reasons DynamoDB gave (e.g.
	 * {@code TableWriteKeyRangeThroughputExceeded}), maybe empty
	 * @param cause the SDK exception
	 */
	public DynamoThroughputExceededException(String message, List<String> reasons, @Nullable Throwable cause) {
		super(message, cause);
		this.reasons = List.copyOf(reasons);
	}

	/** The throttling reasons, maybe empty. */
	public List<String> getReasons() {
		return this.reasons;
	}

}
