package dev.ddbkit.mapping.observability;

/**
 * A partition key among the most requested of a table, as estimated by a Space-Saving
 * sketch: the true number of requests lies in {@code [count - error, count]}.
 *
 * @param table the table name
 * @param partitionKey the partition key value (a string, a number's text, or base64 of
 * binary)
 * @param count the estimated requests, never below the true number
 * @param error the most by which {@code count} may overestimate
 */
public record DynamoHotKey(String table, String partitionKey, long count, long error) {

	/**
	 * The requests this key has certainly received.
	 * @return {@code count - error}
	 */
	public long guaranteedCount() {
		return this.count - this.error;
	}

}
