package dev.ddbkit.mapping;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.TransientDataAccessResourceException;

/**
 * A batch operation that could not finish within its retry budget: every key that
 * DynamoDB kept returning as unprocessed ({@code UnprocessedItems} /
 * {@code UnprocessedKeys}) is listed, so nothing is lost in silence. Everything else in
 * the batch was done. Transient: running the listed part again later may succeed.
 * <p>
 * Source: DynamoDB API Reference, "BatchWriteItem" and "BatchGetItem".
 */
public class DynamoBatchIncompleteException extends TransientDataAccessResourceException {

	private final List<UnprocessedKey> unprocessed;

	/**
	 * Creates the exception.
	 * @param message what was not done
	 * @param unprocessed every key left unprocessed
	 * @param cause the last SDK exception, if a request failed as a whole
	 */
	public DynamoBatchIncompleteException(String message, List<UnprocessedKey> unprocessed, @Nullable Throwable cause) {
		super(message, cause);
		this.unprocessed = List.copyOf(unprocessed);
	}

	/** Every key left unprocessed. */
	public List<UnprocessedKey> getUnprocessed() {
		return this.unprocessed;
	}

	/**
	 * One item the batch did not write, delete or read.
	 *
	 * @param tableName the table
	 * @param operation {@code PUT}, {@code DELETE} or {@code GET}
	 * @param key the key attributes as strings
	 */
	public record UnprocessedKey(String tableName, String operation, Map<String, String> key) {

		@Override
		public String toString() {
			return this.operation + " " + this.tableName + " " + this.key;
		}

	}

}
