package dev.ddbkit.sample.ecommerce.order;

/**
 * Thrown when a status change breaks the order lifecycle; answered with 422.
 */
public class IllegalTransitionException extends RuntimeException {

	/**
	 * Create an exception.
	 * @param message the transition refused and the ones allowed
	 */
	public IllegalTransitionException(String message) {
		super(message);
	}

}
