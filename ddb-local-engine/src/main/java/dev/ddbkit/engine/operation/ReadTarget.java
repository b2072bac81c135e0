package dev.ddbkit.engine.operation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.ddbkit.engine.capacity.CapacityBreakdown;
import dev.ddbkit.engine.capacity.ReadConsistency;
import dev.ddbkit.engine.error.EngineException;
import dev.ddbkit.engine.schema.IndexDefinition;
import dev.ddbkit.engine.schema.KeySchema;
import dev.ddbkit.engine.schema.NameRules;
import dev.ddbkit.engine.schema.ProjectionType;
import dev.ddbkit.engine.storage.IndexStatus;
import dev.ddbkit.engine.storage.IndexStore;
import dev.ddbkit.engine.storage.PartitionMap;
import dev.ddbkit.engine.storage.StoredItem;
import dev.ddbkit.engine.storage.StoreKey;
import dev.ddbkit.engine.storage.TableStore;
import dev.ddbkit.engine.value.Item;
import dev.ddbkit.engine.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * What a Query or Scan reads: the table itself or one of its secondary indexes, with the
 * key that orders it and the attributes a LastEvaluatedKey carries (index key plus table
 * key on an index).
 * <p>
 * Source: DynamoDB API Reference, "Query" (IndexName, ConsistentRead, Select,
 * ExclusiveStartKey).
 */
final class ReadTarget {

	private final TableStore table;

	private final @Nullable IndexStore index;

	/** The size of each item an LSI read fetched from the table, for its price. */
	private final List<Long> fetchedBytes = new ArrayList<>();

	private ReadTarget(TableStore table, @Nullable IndexStore index) {
		this.table = table;
		this.index = index;
	}

	/**
	 * The table, or the named index of it.
	 * @throws EngineException ValidationException for an unknown index, a strongly
	 * consistent read of a GSI, or a GSI still backfilling
	 */
	static ReadTarget of(TableStore table, @Nullable String indexName, boolean consistentRead) {
		if (indexName == null) {
			return new ReadTarget(table, null);
		}
		NameRules.check(indexName, "indexName");
		IndexStore index = table.index(indexName);
		if (index == null) {
			throw EngineException.validation("The table does not have the specified index: %s", indexName);
		}
		if (index.definition().global() && consistentRead) {
			throw EngineException.validation("Consistent reads are not supported on global secondary indexes");
		}
		if (index.status() != IndexStatus.ACTIVE) {
			throw EngineException.validation("Cannot read from backfilling global secondary index: %s", indexName);
		}
		return new ReadTarget(table, index);
	}

	TableStore table() {
		return this.table;
	}

	@Nullable IndexDefinition indexDefinition() {
		return (this.index != null) ? this.index.definition() : null;
	}

	/** The key schema the target is partitioned and ordered by. */
	KeySchema keySchema() {
		return (this.index != null) ? this.index.definition().keySchema() : this.table.definition().keySchema();
	}

	/** The attributes of a LastEvaluatedKey / ExclusiveStartKey. */
	Set<String> positionAttributes() {
		return (this.index != null) ? this.index.keyAttributes() : this.table.definition().keySchema().attributeNames();
	}

	PartitionMap data() {
		return (this.index != null) ? this.index.entries() : this.table.items();
	}

	/** The select a request gets when it names none. */
	Select defaultSelect(boolean hasProjection) {
		if (hasProjection) {
			return Select.SPECIFIC_ATTRIBUTES;
		}
		return (this.index != null) ? Select.ALL_PROJECTED_ATTRIBUTES : Select.ALL_ATTRIBUTES;
	}

	/**
	 * Checks a Select against the target.
	 * @throws EngineException ValidationException when ALL_ATTRIBUTES asks a GSI for
	 * attributes it does not project
	 */
	void checkSelect(Select select) {
		IndexDefinition definition = indexDefinition();
		if (select == Select.ALL_PROJECTED_ATTRIBUTES && definition == null) {
			throw EngineException
				.validation("ALL_PROJECTED_ATTRIBUTES can be used only when Querying using an IndexName");
		}
		if (select == Select.ALL_ATTRIBUTES && definition != null && definition.global()
				&& definition.projection().type() != ProjectionType.ALL) {
			throw EngineException.validation(
					"One or more parameter values were invalid: Select type ALL_ATTRIBUTES is not supported for global secondary index %s because its projection type is not ALL",
					definition.name());
		}
	}

	/**
	 * The item returned for an entry: an LSI fetches attributes it does not project from
	 * the table, as DynamoDB does.
	 */
	Item fullItem(Item entry, Select select) {
		IndexDefinition definition = indexDefinition();
		if (definition == null || definition.global() || definition.projection().type() == ProjectionType.ALL
				|| select == Select.ALL_PROJECTED_ATTRIBUTES) {
			return entry;
		}
		StoredItem stored = this.table.getStored(this.table.definition().keySchema().keyOf(entry));
		if (stored == null) {
			return entry;
		}
		this.fetchedBytes.add(stored.size());
		return stored.item();
	}

	/**
	 * Prices one page of {@code bytes} (summed item sizes, before any filter, rounded up
	 * to 4 KB once) and asks the limiter for it: charged to a GSI, or to the table (an
	 * LSI shares the table's throughput).
	 * @param partitionKey the partition a Query read, {@code null} for a Scan page
	 * @throws dev.ddbkit.engine.error.ThrottledException when throttled
	 */
	CapacityBreakdown admit(EngineThroughput throughput, @Nullable Value partitionKey, long bytes,
			boolean consistentRead) {
		IndexDefinition definition = indexDefinition();
		Price price = (definition != null && !this.fetchedBytes.isEmpty())
				? Price.localIndexRead(this.table.name(), definition, partitionKey, bytes, this.fetchedBytes,
						ReadConsistency.of(consistentRead))
				: Price.read(this.table.name(), definition, partitionKey, bytes, ReadConsistency.of(consistentRead));
		throughput.admit(this.table, price.request());
		return price.breakdown();
	}

	/**
	 * Prices one Scan page and asks the limiter for it as {@link #admit} does, charging
	 * each partition the page read its share ({@code bytesByKey}: bytes read per
	 * partition key). An LSI page that fetched from the table is charged as before, to no
	 * partition.
	 * @throws dev.ddbkit.engine.error.ThrottledException when throttled
	 */
	CapacityBreakdown admitScan(EngineThroughput throughput, Map<Value, Long> bytesByKey, long bytes,
			boolean consistentRead) {
		if (!this.fetchedBytes.isEmpty()) {
			return admit(throughput, null, bytes, consistentRead);
		}
		Price price = Price.scanRead(this.table.name(), indexDefinition(), bytesByKey, bytes,
				ReadConsistency.of(consistentRead));
		throughput.admit(this.table, price.request());
		return price.breakdown();
	}

	/** The position of an entry in its partition. */
	StoreKey storeKey(Item entry) {
		if (this.index != null) {
			StoreKey key = this.index.entryKey(entry);
			if (key == null) {
				throw invalidStart();
			}
			return key;
		}
		return this.table.storeKey(this.table.definition().keySchema().keyOf(entry));
	}

	/** The LastEvaluatedKey for an entry. */
	Map<String, Value> lastEvaluatedKey(Item entry) {
		Map<String, Value> key = new LinkedHashMap<>();
		for (String name : positionAttributes()) {
			key.put(name, entry.get(name));
		}
		return key;
	}

	/**
	 * The partition key and position of an ExclusiveStartKey.
	 * @throws EngineException ValidationException when it does not fit the target's keys
	 */
	Start start(Map<String, Value> exclusiveStartKey) {
		Item start = new Item(exclusiveStartKey);
		Set<String> expected = positionAttributes();
		if (!exclusiveStartKey.keySet().equals(expected) || !this.table.definition().keySchema().isKeyedBy(start)
				|| !keySchema().isKeyedBy(start)) {
			throw invalidStart();
		}
		return new Start(start.get(keySchema().partitionKey()), storeKey(start));
	}

	static EngineException invalidStart() {
		return EngineException
			.validation("The provided starting key is invalid: The provided key element does not match the schema");
	}

	/** A decoded ExclusiveStartKey. */
	record Start(Value partition, StoreKey position) {

	}

}
