package dev.ddbkit.sample.ecommerce.web;

/**
 * Thrown when a request cannot apply to the current state (e.g. not enough stock);
 * answered with 409.
 */
public class ConflictException extends RuntimeException {

	private final String title;

	/**
	 * Create an exception.
	 * @param title the problem's short title
	 * @param message what conflicts
	 */
	public ConflictException(String title, String message) {
		super(message);
		this.title = title;
	}

	/** The problem's short title. */
	public String getTitle() {
		return this.title;
	}

}
