package dev.ddbkit.mapping;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.UncategorizedDataAccessException;

/**
 * A DynamoDB or SDK error that no more specific
 * {@link org.springframework.dao.DataAccessException} describes.
 */
public class DynamoUncategorizedException extends UncategorizedDataAccessException {

	/**
	 * Creates the exception.
	 * @param message what failed
	 * @param cause the SDK exception
	 */
	public DynamoUncategorizedException(String message, @Nullable Throwable cause) {
		super(message, cause);
	}

}
