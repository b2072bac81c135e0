package dev.ddbkit.sample.ecommerce.web;

/**
 * Thrown when a resource addressed by id does not exist; answered with 404.
 */
public class NotFoundException extends RuntimeException {

	/**
	 * Create an exception.
	 * @param kind what was looked for, e.g. {@code "Order"}
	 * @param id the id that was not found
	 */
	public NotFoundException(String kind, String id) {
		super(kind + " '" + id + "' does not exist");
	}

}
