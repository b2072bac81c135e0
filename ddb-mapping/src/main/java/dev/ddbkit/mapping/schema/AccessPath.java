package dev.ddbkit.mapping.schema;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One way to query an entity: the table or one of its indexes, with the templates of its
 * partition and sort keys. Derived queries and
 * {@link dev.ddbkit.mapping.query.DynamoQuery} are planned against these.
 *
 * @param indexName the index, {@code null} for the table
 * @param partitionKey the partition key template
 * @param partitionAttribute the partition key attribute
 * @param sortKey the sort key template, {@code null} when the path has no sort key
 * @param sortAttribute the sort key attribute, {@code null} when the path has no sort key
 * @param global whether the path is a global secondary index (no consistent reads)
 */
public record AccessPath(@Nullable String indexName, KeyTemplate partitionKey, String partitionAttribute,
		@Nullable KeyTemplate sortKey, @Nullable String sortAttribute, boolean global) {

	/** {@code table} or {@code index GSI1}. */
	public String displayName() {
		return (this.indexName != null) ? "index " + this.indexName : "table";
	}

	/** The variables of the sort key template, empty when there is none. */
	public List<String> sortVariables() {
		return (this.sortKey != null) ? this.sortKey.variables() : List.of();
	}

	/**
	 * One line describing the path, e.g. {@code table: PK=CUSTOMER#{customerId},
	 * SK=ORDER#{orderId}}.
	 */
	public String describe() {
		List<String> parts = new ArrayList<>();
		parts.add(this.partitionAttribute + "=" + this.partitionKey + shardNote());
		if (this.sortKey != null) {
			parts.add(this.sortAttribute + "=" + this.sortKey);
		}
		return displayName() + ": " + String.join(", ", parts);
	}

	/**
	 * {@code " (sharded x10)"} when the partition key is written over 10 shards, else
	 * empty.
	 */
	public String shardNote() {
		return this.partitionKey.isSharded() ? " (sharded x" + this.partitionKey.shards() + ")" : "";
	}

}
