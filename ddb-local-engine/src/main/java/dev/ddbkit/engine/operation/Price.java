package dev.ddbkit.engine.operation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.ddbkit.engine.capacity.CapacityBreakdown;
import dev.ddbkit.engine.capacity.CapacityMeter;
import dev.ddbkit.engine.capacity.IndexEntryChange;
import dev.ddbkit.engine.capacity.IndexKind;
import dev.ddbkit.engine.value.ItemSizer;
import dev.ddbkit.engine.capacity.ReadConsistency;
import dev.ddbkit.engine.capacity.ThroughputRequest;
import dev.ddbkit.engine.schema.IndexDefinition;
import dev.ddbkit.engine.storage.IndexStatus;
import dev.ddbkit.engine.storage.IndexStore;
import dev.ddbkit.engine.storage.StoredItem;
import dev.ddbkit.engine.storage.TableStore;
import dev.ddbkit.engine.value.Item;
import dev.ddbkit.engine.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * What one read or write costs: the {@link CapacityBreakdown} reported in
 * ConsumedCapacity and the {@link ThroughputRequest} the limiter admits. A write is
 * priced before it is applied, a read after the items are read.
 * <p>
 * Write rules (DynamoDB Developer Guide, "DynamoDB item sizes and formats", "Global
 * secondary indexes: provisioned throughput considerations"): the table is charged the
 * larger of the old and new item rounded up to 1 KB (twice in a transaction); each index
 * whose entry is created, changed or removed is charged for that entry (a changed index
 * key is a delete plus a put); a write whose condition failed is charged by the existing
 * item and touches no index. LSI writes draw on the table's throughput, GSI writes on the
 * GSI's.
 *
 * @param breakdown the consumed capacity
 * @param request what the limiter is asked for
 */
record Price(CapacityBreakdown breakdown, ThroughputRequest request) {

	/** A write that turns {@code oldItem} into {@code newItem} (either may be absent). */
	static Price of(TableStore table, Value partitionKey, @Nullable Item oldItem, @Nullable Item newItem,
			boolean transactional) {
		CapacityMeter meter = CapacityMeter.forTable(table.name());
		meter.writeItem(size(oldItem), size(newItem), transactional);
		List<Runnable> globalCharges = new ArrayList<>();
		ThroughputRequest.Builder request = ThroughputRequest.write(table.name());
		for (IndexStore index : table.indexStores().values()) {
			if (index.status() == IndexStatus.DELETING) {
				continue;
			}
			IndexDefinition definition = index.definition();
			Item before = entry(index, oldItem);
			Item after = entry(index, newItem);
			IndexEntryChange change = IndexEntryChange.between(before, after, definition.keySchema().attributeNames(),
					ItemSizer::sizeOf);
			meter.indexWrite(index.name(), definition.global() ? IndexKind.GLOBAL : IndexKind.LOCAL, change);
			if (definition.global()) {
				String key = definition.keySchema().partitionKey();
				globalCharges.add(() -> request.indexWrite(index.name(), change,
						(before != null) ? before.get(key) : null, (after != null) ? after.get(key) : null));
			}
		}
		CapacityBreakdown breakdown = meter.breakdown();
		request.table(partitionKey, breakdown.tableThroughput().writeHalfUnits());
		globalCharges.forEach(Runnable::run);
		return new Price(breakdown, request.build());
	}

	/**
	 * The table part of a transactional write that was prepared but not committed (its
	 * transaction was cancelled): the larger of the old and new item, doubled, and no
	 * index writes.
	 */
	static Price tableWrite(TableStore table, Value partitionKey, @Nullable Item oldItem, @Nullable Item newItem) {
		CapacityMeter meter = CapacityMeter.forTable(table.name());
		long halfUnits = meter.writeItem(size(oldItem), size(newItem), true);
		return new Price(meter.breakdown(),
				ThroughputRequest.write(table.name()).table(partitionKey, halfUnits).build());
	}

	/**
	 * A write whose condition failed on {@code current} (absent: {@code null}), which
	 * would have left {@code attempted} ({@code null} for a delete or when unknown).
	 */
	static Price failedCondition(TableStore table, Value partitionKey, @Nullable Item current, @Nullable Item attempted,
			boolean transactional) {
		CapacityMeter meter = CapacityMeter.forTable(table.name());
		long halfUnits = meter.failedConditionalWrite(size(current), size(attempted), transactional);
		return new Price(meter.breakdown(),
				ThroughputRequest.write(table.name()).table(partitionKey, halfUnits).build());
	}

	/**
	 * A read of {@code bytes} (one item, or the summed items of one Query or Scan page)
	 * from the table, or from an index when {@code index} is not {@code null}: a GSI read
	 * draws on the GSI, an LSI read on the table.
	 * @param partitionKey the table or index partition read, {@code null} for a Scan page
	 */
	static Price read(String tableName, @Nullable IndexDefinition index, @Nullable Value partitionKey, long bytes,
			ReadConsistency consistency) {
		CapacityMeter meter = CapacityMeter.forTable(tableName);
		ThroughputRequest.Builder request = ThroughputRequest.read(tableName);
		if (index == null) {
			request.table(partitionKey, meter.readPage(bytes, consistency));
		}
		else if (index.global()) {
			request.index(index.name(), partitionKey,
					meter.readIndexPage(index.name(), IndexKind.GLOBAL, bytes, consistency));
		}
		else {
			request.table(partitionKey, meter.readIndexPage(index.name(), IndexKind.LOCAL, bytes, consistency));
		}
		return new Price(meter.breakdown(), request.build());
	}

	/**
	 * A Scan page of {@code bytes} from the table or an index, charged to the partitions
	 * it read in proportion to {@code bytesByKey} (a GSI's on the GSI, an LSI's on the
	 * table); priced as {@link #read}.
	 */
	static Price scanRead(String tableName, @Nullable IndexDefinition index, Map<Value, Long> bytesByKey, long bytes,
			ReadConsistency consistency) {
		CapacityMeter meter = CapacityMeter.forTable(tableName);
		ThroughputRequest.Builder request = ThroughputRequest.read(tableName);
		if (index == null) {
			request.spread(null, bytesByKey, meter.readPage(bytes, consistency));
		}
		else {
			IndexKind kind = index.global() ? IndexKind.GLOBAL : IndexKind.LOCAL;
			long halfUnits = meter.readIndexPage(index.name(), kind, bytes, consistency);
			request.spread(index.global() ? index.name() : null, bytesByKey, halfUnits);
		}
		return new Price(meter.breakdown(), request.build());
	}

	/**
	 * A Query or Scan page of a local secondary index that also fetched items from the
	 * table for attributes the index does not project: the index entries as
	 * {@link #read}, plus each fetched item, whole and rounded up to 4 KB on its own, on
	 * the table (Developer Guide, "Local secondary indexes", "Read capacity units").
	 * @param fetchedBytes the size of each item fetched
	 */
	static Price localIndexRead(String tableName, IndexDefinition index, @Nullable Value partitionKey, long bytes,
			List<Long> fetchedBytes, ReadConsistency consistency) {
		CapacityMeter meter = CapacityMeter.forTable(tableName);
		long halfUnits = meter.readIndexPage(index.name(), IndexKind.LOCAL, bytes, consistency)
				+ meter.readFetchedItems(fetchedBytes.stream().mapToLong(Long::longValue), consistency);
		return new Price(meter.breakdown(), ThroughputRequest.read(tableName).table(partitionKey, halfUnits).build());
	}

	/** The index entry of an item, or {@code null} when the item is not in the index. */
	static @Nullable Item entry(IndexStore index, @Nullable Item item) {
		if (item == null || index.entryKey(item) == null) {
			return null;
		}
		return index.definition().projection().apply(item, index.keyAttributes());
	}

	static long size(@Nullable Item item) {
		return (item != null) ? ItemSizer.sizeOf(item) : 0;
	}

	/** The stored size of an item, 0 when there is none. */
	static long size(@Nullable StoredItem stored) {
		return (stored != null) ? stored.size() : 0;
	}

}
