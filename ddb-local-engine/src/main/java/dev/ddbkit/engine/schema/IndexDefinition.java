package dev.ddbkit.engine.schema;

import java.util.LinkedHashSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A secondary index of a table: global (own partition key) or local (the table's
 * partition key, another sort key).
 * <p>
 * Source: DynamoDB Developer Guide, "Improving data access with secondary indexes".
 *
 * @param onDemandThroughput the maximum on-demand throughput of a GSI, {@code null} when
 * none was ever set
 */
public record IndexDefinition(String name, boolean global, KeySchema keySchema, Projection projection,
		@Nullable Throughput throughput, @Nullable OnDemandThroughput onDemandThroughput) {

	/** An index without maximum on-demand throughput. */
	public IndexDefinition(String name, boolean global, KeySchema keySchema, Projection projection,
			@Nullable Throughput throughput) {
		this(name, global, keySchema, projection, throughput, null);
	}

	/** A copy with another provisioned throughput. */
	public IndexDefinition withThroughput(@Nullable Throughput newThroughput) {
		return new IndexDefinition(this.name, this.global, this.keySchema, this.projection, newThroughput,
				this.onDemandThroughput);
	}

	/** A copy with another maximum on-demand throughput. */
	public IndexDefinition withOnDemandThroughput(@Nullable OnDemandThroughput maximum) {
		return new IndexDefinition(this.name, this.global, this.keySchema, this.projection, this.throughput, maximum);
	}

	/**
	 * The attribute names an index entry always holds: the index key and the table key.
	 * @param tableKey the base table's key schema
	 * @return index key names first, then the table key names
	 */
	public Set<String> keyAttributes(KeySchema tableKey) {
		Set<String> names = new LinkedHashSet<>(this.keySchema.attributeNames());
		names.addAll(tableKey.attributeNames());
		return names;
	}

}
