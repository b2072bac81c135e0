package dev.ddbkit.sample.ecommerce.web;

/**
 * Thrown when a request parameter or body value is invalid; answered with 400.
 */
public class BadRequestException extends RuntimeException {

	/**
	 * Create an exception.
	 * @param message what is wrong and what is accepted
	 */
	public BadRequestException(String message) {
		super(message);
	}

}
