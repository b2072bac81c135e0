package dev.ddbkit.mapping.repository.query;

/**
 * Why a query method cannot run as a key condition; collected per repository into one
 * {@link dev.ddbkit.mapping.DynamoQueryMethodException}.
 */
public class UnservableQueryException extends RuntimeException {

	/**
	 * Creates the exception.
	 * @param reason why the method cannot run
	 */
	public UnservableQueryException(String reason) {
		super(reason);
	}

}
