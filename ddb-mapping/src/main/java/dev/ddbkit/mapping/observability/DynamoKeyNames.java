package dev.ddbkit.mapping.observability;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * The key attribute names of a table, which tell the hot-key tracker which attribute of a
 * request's {@code Key} or {@code Item} is the partition key, without a DescribeTable
 * call.
 *
 * @param partitionKey the partition (hash) key attribute
 * @param sortKey the sort (range) key attribute, {@code null} for a table without one
 */
public record DynamoKeyNames(String partitionKey, @Nullable String sortKey) {

	/** ddbkit's single-table model: partition key {@code PK}, sort key {@code SK}. */
	public static final DynamoKeyNames SINGLE_TABLE = new DynamoKeyNames("PK", "SK");

	/**
	 * Validates the names.
	 * @throws NullPointerException when {@code partitionKey} is null
	 */
	public DynamoKeyNames {
		Objects.requireNonNull(partitionKey, "partitionKey");
	}

	/**
	 * Key names looked up in a map by table name.
	 * @param byTable key names per table name
	 * @return a resolver answering {@code null} for the tables not in the map
	 */
	public static Function<String, @Nullable DynamoKeyNames> byTable(Map<String, DynamoKeyNames> byTable) {
		Map<String, DynamoKeyNames> copy = Map.copyOf(byTable);
		return copy::get;
	}

}
