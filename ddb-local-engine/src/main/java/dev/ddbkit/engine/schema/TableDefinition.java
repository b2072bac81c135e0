package dev.ddbkit.engine.schema;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.ddbkit.engine.value.ValueType;
import org.jspecify.annotations.Nullable;

/**
 * A table as CreateTable (and later UpdateTable) defines it.
 * <p>
 * Source: DynamoDB API Reference, "CreateTable" and "TableDescription".
 *
 * @param onDemandThroughput the maximum on-demand throughput, {@code null} when none was
 * ever set
 */
public record TableDefinition(String name, String arn, KeySchema keySchema, Map<String, ValueType> attributeDefinitions,
		List<IndexDefinition> globalIndexes, List<IndexDefinition> localIndexes, BillingMode billingMode,
		@Nullable Throughput throughput, Instant createdAt, @Nullable OnDemandThroughput onDemandThroughput) {

	public TableDefinition {
		attributeDefinitions = Map.copyOf(new LinkedHashMap<>(attributeDefinitions));
		globalIndexes = List.copyOf(globalIndexes);
		localIndexes = List.copyOf(localIndexes);
	}

	/** A table without maximum on-demand throughput. */
	public TableDefinition(String name, String arn, KeySchema keySchema, Map<String, ValueType> attributeDefinitions,
			List<IndexDefinition> globalIndexes, List<IndexDefinition> localIndexes, BillingMode billingMode,
			@Nullable Throughput throughput, Instant createdAt) {
		this(name, arn, keySchema, attributeDefinitions, globalIndexes, localIndexes, billingMode, throughput,
				createdAt, null);
	}

	/** Every secondary index, global first. */
	public List<IndexDefinition> indexes() {
		List<IndexDefinition> all = new ArrayList<>(this.globalIndexes);
		all.addAll(this.localIndexes);
		return all;
	}

	/** The index with this name, or {@code null}. */
	public @Nullable IndexDefinition index(String indexName) {
		for (IndexDefinition index : indexes()) {
			if (index.name().equals(indexName)) {
				return index;
			}
		}
		return null;
	}

	/** A copy with other global secondary indexes and attribute definitions. */
	public TableDefinition withGlobalIndexes(List<IndexDefinition> indexes, Map<String, ValueType> definitions) {
		return new TableDefinition(this.name, this.arn, this.keySchema, definitions, indexes, this.localIndexes,
				this.billingMode, this.throughput, this.createdAt, this.onDemandThroughput);
	}

	/** A copy with another billing mode and throughput. */
	public TableDefinition withBilling(BillingMode mode, @Nullable Throughput newThroughput) {
		return new TableDefinition(this.name, this.arn, this.keySchema, this.attributeDefinitions, this.globalIndexes,
				this.localIndexes, mode, newThroughput, this.createdAt, this.onDemandThroughput);
	}

	/** A copy with another maximum on-demand throughput. */
	public TableDefinition withOnDemandThroughput(@Nullable OnDemandThroughput maximum) {
		return new TableDefinition(this.name, this.arn, this.keySchema, this.attributeDefinitions, this.globalIndexes,
				this.localIndexes, this.billingMode, this.throughput, this.createdAt, maximum);
	}

}
