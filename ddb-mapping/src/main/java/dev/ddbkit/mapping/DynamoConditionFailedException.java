package dev.ddbkit.mapping;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * A write whose {@code ConditionExpression} did not hold
 * ({@code ConditionalCheckFailedException}), other than a version conflict
 * ({@link org.springframework.dao.OptimisticLockingFailureException}) or an insert of an
 * existing key ({@link org.springframework.dao.DuplicateKeyException}).
 * <p>
 * Source: DynamoDB API Reference, "PutItem" / "UpdateItem" / "DeleteItem" errors.
 */
public class DynamoConditionFailedException extends DataIntegrityViolationException {

	private final String tableName;

	private final Map<String, String> key;

	/**
	 * Creates the exception.
	 * @param message what failed
	 * @param tableName the table written
	 * @param key the item's key attributes as strings
	 * @param cause the SDK exception
	 */
	public DynamoConditionFailedException(String message, String tableName, Map<String, String> key,
			@Nullable Throwable cause) {
		super(message, cause);
		this.tableName = tableName;
		this.key = Map.copyOf(key);
	}

	/** The table written. */
	public String getTableName() {
		return this.tableName;
	}

	/** The key of the item whose condition failed. */
	public Map<String, String> getKey() {
		return this.key;
	}

}
