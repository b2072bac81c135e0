package dev.ddbkit.engine.capacity;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Capacity units one request consumed on one table: on the table itself and on each of
 * its global and local secondary indexes, split into read and write units. Units are kept
 * as integer half-units so sums are exact.
 * <p>
 * Source: DynamoDB API Reference, "ConsumedCapacity".
 */
public final class Capacity {

	private final String tableName;

	private long tableReadHalves;

	private long tableWriteHalves;

	private final Map<String, Long> globalIndexHalves = new LinkedHashMap<>();

	private final Map<String, Long> localIndexHalves = new LinkedHashMap<>();

	private long readHalves;

	private long writeHalves;

	public Capacity(String tableName) {
		this.tableName = tableName;
	}

	public String tableName() {
		return this.tableName;
	}

	/** Adds read half-units charged to the table. */
	public Capacity tableRead(long halves) {
		this.tableReadHalves += halves;
		this.readHalves += halves;
		return this;
	}

	/** Adds write half-units charged to the table. */
	public Capacity tableWrite(long halves) {
		this.tableWriteHalves += halves;
		this.writeHalves += halves;
		return this;
	}

	/** Adds half-units charged to an index. */
	public Capacity index(String indexName, boolean global, long halves, boolean write) {
		(global ? this.globalIndexHalves : this.localIndexHalves).merge(indexName, halves, Long::sum);
		if (write) {
			this.writeHalves += halves;
		}
		else {
			this.readHalves += halves;
		}
		return this;
	}

	/** Adds everything another record of the same table consumed. */
	public Capacity add(Capacity other) {
		this.tableReadHalves += other.tableReadHalves;
		this.tableWriteHalves += other.tableWriteHalves;
		this.readHalves += other.readHalves;
		this.writeHalves += other.writeHalves;
		other.globalIndexHalves.forEach((name, halves) -> this.globalIndexHalves.merge(name, halves, Long::sum));
		other.localIndexHalves.forEach((name, halves) -> this.localIndexHalves.merge(name, halves, Long::sum));
		return this;
	}

	/** All units: table plus indexes. */
	public double total() {
		return (this.readHalves + this.writeHalves) / 2.0;
	}

	public double readUnits() {
		return this.readHalves / 2.0;
	}

	public double writeUnits() {
		return this.writeHalves / 2.0;
	}

	/** Units charged to the table itself. */
	public double tableUnits() {
		return (this.tableReadHalves + this.tableWriteHalves) / 2.0;
	}

	public double tableReadUnits() {
		return this.tableReadHalves / 2.0;
	}

	public double tableWriteUnits() {
		return this.tableWriteHalves / 2.0;
	}

	/** Units per global secondary index. */
	public Map<String, Double> globalIndexUnits() {
		return units(this.globalIndexHalves);
	}

	/** Units per local secondary index. */
	public Map<String, Double> localIndexUnits() {
		return units(this.localIndexHalves);
	}

	private static Map<String, Double> units(Map<String, Long> halves) {
		Map<String, Double> units = new LinkedHashMap<>();
		halves.forEach((name, value) -> units.put(name, value / 2.0));
		return Collections.unmodifiableMap(units);
	}

}
