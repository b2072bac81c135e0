package dev.ddbkit.engine.capacity;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.LongStream;

/**
 * Adds up the capacity one request consumes on one table, by table, GSI and LSI.
 * <p>
 * One meter per table touched by a request; not thread-safe. Prices follow
 * {@link CapacityUnits}: single-item reads round each item up to 4 KB, a Query or Scan
 * page rounds the summed size of every item it read (before any filter) up to 4 KB once,
 * writes round the larger of old and new item up to 1 KB, and each index entry a write
 * touches is charged per {@link IndexEntryChange}.
 */
public final class CapacityMeter {

	private final String tableName;

	private ConsumedUnits table = ConsumedUnits.ZERO;

	private final Map<String, ConsumedUnits> globalIndexes = new LinkedHashMap<>();

	private final Map<String, ConsumedUnits> localIndexes = new LinkedHashMap<>();

	private CapacityMeter(String tableName) {
		this.tableName = tableName;
	}

	/** A meter with nothing consumed yet. */
	public static CapacityMeter forTable(String tableName) {
		return new CapacityMeter(tableName);
	}

	/**
	 * GetItem, one key of BatchGetItem or TransactGetItems: the item's size, {@code 0}
	 * when it does not exist (still one block). Returns the half units charged.
	 */
	public long readItem(long itemBytes, ReadConsistency consistency) {
		long halfUnits = CapacityUnits.readHalfUnits(itemBytes, consistency);
		this.table = this.table.plus(ConsumedUnits.reads(halfUnits));
		return halfUnits;
	}

	/**
	 * One Query or Scan page on the table: {@code pageBytes} is the summed size of every
	 * item the page read, matched by the filter or not. Returns the half units charged.
	 */
	public long readPage(long pageBytes, ReadConsistency consistency) {
		return readItem(pageBytes, consistency);
	}

	/**
	 * One Query or Scan page on an index: {@code pageBytes} sums the index entries read
	 * (their projected attributes). GSI reads are always eventually consistent. Returns
	 * the half units charged.
	 */
	public long readIndexPage(String indexName, IndexKind kind, long pageBytes, ReadConsistency consistency) {
		long halfUnits = CapacityUnits.readHalfUnits(pageBytes, consistency);
		index(indexName, kind).merge(indexName, ConsumedUnits.reads(halfUnits), ConsumedUnits::plus);
		return halfUnits;
	}

	/**
	 * Items a Query or Scan of a local secondary index fetched from the table for
	 * attributes the index does not project (Developer Guide, "Local secondary indexes",
	 * "Read capacity units": each entire item fetched is charged, rounded up to 4 KB on
	 * its own). Charged to the table. Returns the half units charged, {@code 0} for no
	 * item.
	 */
	public long readFetchedItems(LongStream itemBytes, ReadConsistency consistency) {
		long halfUnits = itemBytes.map((bytes) -> CapacityUnits.readHalfUnits(bytes, consistency)).sum();
		if (halfUnits > 0) {
			this.table = this.table.plus(ConsumedUnits.reads(halfUnits));
		}
		return halfUnits;
	}

	/**
	 * A successful PutItem, UpdateItem or DeleteItem on the table (also one request of
	 * BatchWriteItem or one action of TransactWriteItems). Returns the half units
	 * charged.
	 * @param oldBytes the size of the item before ({@code 0} when there was none)
	 * @param newBytes the size of the item after ({@code 0} for a delete)
	 */
	public long writeItem(long oldBytes, long newBytes, boolean transactional) {
		long halfUnits = CapacityUnits.writeHalfUnits(oldBytes, newBytes, transactional);
		this.table = this.table.plus(ConsumedUnits.writes(halfUnits));
		return halfUnits;
	}

	/**
	 * A write whose condition failed: priced by the existing item (1 WCU when there is
	 * none); indexes are not touched. Returns the half units charged.
	 */
	public long failedConditionalWrite(long existingBytes, boolean transactional) {
		return failedConditionalWrite(existingBytes, 0, transactional);
	}

	/**
	 * A write whose condition failed: priced by the larger of the existing and the
	 * attempted item (see
	 * {@link CapacityUnits#failedConditionHalfUnits(long, long, boolean)}); indexes are
	 * not touched. Returns the half units charged.
	 */
	public long failedConditionalWrite(long existingBytes, long attemptedBytes, boolean transactional) {
		long halfUnits = CapacityUnits.failedConditionHalfUnits(existingBytes, attemptedBytes, transactional);
		this.table = this.table.plus(ConsumedUnits.writes(halfUnits));
		return halfUnits;
	}

	/**
	 * What a successful table write did to one secondary index. Returns the half units
	 * charged ({@code 0} for {@link IndexEntryChange#none()}, which leaves the index out
	 * of the breakdown).
	 */
	public long indexWrite(String indexName, IndexKind kind, IndexEntryChange change) {
		long halfUnits = CapacityUnits.indexWriteHalfUnits(change);
		if (halfUnits > 0) {
			index(indexName, kind).merge(indexName, ConsumedUnits.writes(halfUnits), ConsumedUnits::plus);
		}
		return halfUnits;
	}

	/** What was consumed so far. */
	public CapacityBreakdown breakdown() {
		return new CapacityBreakdown(this.tableName, this.table, this.globalIndexes, this.localIndexes);
	}

	private Map<String, ConsumedUnits> index(String indexName, IndexKind kind) {
		return (kind == IndexKind.GLOBAL) ? this.globalIndexes : this.localIndexes;
	}

}
