package dev.ddbkit.engine.capacity;

import java.time.Instant;
import java.time.InstantSource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.ddbkit.engine.capacity.ThroughputRequest.Charge;
import dev.ddbkit.engine.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * Decides whether DynamoDB would serve a request's capacity now, on the engine clock, and
 * keeps the per-table, per-index and per-partition history.
 * <p>
 * Every table and GSI has ceiling buckets (provisioned with 300 s burst, or on-demand at
 * double the previous peak with optional maximum and the account quota) and hash-range
 * partitions, each limited to 3,000 RCU / 1,000 WCU per second or a linear combination.
 * {@link #tryAcquire} consumes from every bucket a request touches, or from none and
 * answers every throttling reason found. Partitions split on stored size (10 GB) and on
 * sustained load spread over both halves of their range; they never merge.
 * <p>
 * Sources (DynamoDB Developer Guide): "Burst and adaptive capacity", "DynamoDB
 * throttling", "Read/write capacity mode", "Partitions and data distribution", "Global
 * secondary indexes: provisioned throughput considerations". Thread-safe: one lock per
 * table.
 */
public final class ThroughputLimiter {

	private final InstantSource clock;

	private final ThroughputSettings settings;

	private final Map<String, TableState> tables = new ConcurrentHashMap<>();

	private ThroughputLimiter(InstantSource clock, ThroughputSettings settings) {
		this.clock = clock;
		this.settings = settings;
	}

	/** A limiter with no tables. */
	public static ThroughputLimiter create(InstantSource clock, ThroughputSettings settings) {
		return new ThroughputLimiter(clock, settings);
	}

	/** The settings in force. */
	public ThroughputSettings settings() {
		return this.settings;
	}

	/**
	 * Registers a table at CreateTable, or applies UpdateTable (mode, throughput, GSIs
	 * added or removed) keeping partitions, burst and history.
	 */
	public void register(TableThroughput throughput) {
		long now = now();
		this.tables.compute(throughput.tableName(), (name, existing) -> {
			if (existing == null) {
				return new TableState(throughput, this.settings, now);
			}
			synchronized (existing) {
				existing.update(throughput, this.settings, now);
			}
			return existing;
		});
	}

	/** Forgets a table (DeleteTable). */
	public void remove(String tableName) {
		this.tables.remove(tableName);
	}

	/** Whether the table is registered. */
	public boolean hasTable(String tableName) {
		return this.tables.containsKey(tableName);
	}

	/**
	 * Consumes the request's capacity if every table, GSI and partition bucket it touches
	 * admits it now; otherwise consumes nothing and answers the reasons.
	 * @throws IllegalArgumentException for an unknown table or GSI
	 */
	public ThroughputDecision tryAcquire(ThroughputRequest request) {
		TableState table = table(request.tableName());
		long now = now();
		synchronized (table) {
			Demand demand = table.demand(request, now);
			List<Demand.Need> refused = demand.refused();
			if (!refused.isEmpty()) {
				for (Charge charge : request.charges()) {
					table.resource(charge.indexName())
						.throttled(request.operation(), charge.partitionKey(), charge.halfUnits(), refused, now);
				}
				return new ThroughputDecision(demand.throttles(refused));
			}
			demand.takeAll();
			table.consumed(request, now);
			return ThroughputDecision.GRANTED;
		}
	}

	/**
	 * Consumes the request's capacity unconditionally, possibly into debt: for capacity
	 * known only after DynamoDB has admitted the request.
	 */
	public void charge(ThroughputRequest request) {
		TableState table = table(request.tableName());
		long now = now();
		synchronized (table) {
			table.demand(request, now).takeAll();
			table.consumed(request, now);
		}
	}

	/**
	 * Reports bytes stored (positive) or freed (negative) under a partition key of the
	 * table ({@code indexName} {@code null}) or of a GSI; a partition past the size limit
	 * splits.
	 */
	public void storedBytesChanged(String tableName, @Nullable String indexName, Value partitionKey, long deltaBytes) {
		TableState table = table(tableName);
		long now = now();
		synchronized (table) {
			table.resource(indexName).storedBytesChanged(partitionKey, deltaBytes, now);
		}
	}

	/** The table's throughput diagnostics now. */
	public TableDiagnostics diagnostics(String tableName) {
		TableState table = table(tableName);
		long now = now();
		synchronized (table) {
			Map<String, ResourceDiagnostics> indexes = new LinkedHashMap<>();
			table.indexes.forEach((name, index) -> indexes.put(name, index.diagnostics(now)));
			return new TableDiagnostics(table.table.diagnostics(now), indexes);
		}
	}

	/** The number of partitions of a table ({@code indexName} {@code null}) or GSI. */
	public int partitionCount(String tableName, @Nullable String indexName) {
		TableState table = table(tableName);
		synchronized (table) {
			return table.resource(indexName).partitionCount();
		}
	}

	/**
	 * The position, in hash order, of the partition that holds {@code partitionKey} in
	 * the table ({@code indexName} {@code null}) or GSI, as
	 * {@link PartitionDiagnostics#index()}.
	 */
	public int partitionOf(String tableName, @Nullable String indexName, Value partitionKey) {
		TableState table = table(tableName);
		synchronized (table) {
			return table.resource(indexName).partitionIndexOf(partitionKey);
		}
	}

	private TableState table(String tableName) {
		TableState table = this.tables.get(tableName);
		if (table == null) {
			throw new IllegalArgumentException("No throughput registered for table " + tableName);
		}
		return table;
	}

	private long now() {
		Instant instant = this.clock.instant();
		return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), TokenBucket.NANOS_PER_SECOND),
				instant.getNano());
	}

	/** A table and its GSIs. */
	private static final class TableState {

		final ResourceThroughput table;

		final Map<String, ResourceThroughput> indexes = new LinkedHashMap<>();

		TableState(TableThroughput throughput, ThroughputSettings settings, long now) {
			this.table = new ResourceThroughput(throughput.tableName(), throughput.arn(), false, settings,
					throughput.mode(), throughput.readUnits(), throughput.writeUnits(), now);
			update(throughput, settings, now);
		}

		void update(TableThroughput throughput, ThroughputSettings settings, long now) {
			this.table.configure(throughput.mode(), throughput.readUnits(), throughput.writeUnits(), now);
			Map<String, ResourceThroughput> kept = new LinkedHashMap<>();
			for (IndexThroughput index : throughput.globalSecondaryIndexes()) {
				ResourceThroughput existing = this.indexes.get(index.indexName());
				if (existing == null) {
					existing = new ResourceThroughput(index.indexName(), index.arn(), true, settings, throughput.mode(),
							index.readUnits(), index.writeUnits(), now);
				}
				else {
					existing.configure(throughput.mode(), index.readUnits(), index.writeUnits(), now);
				}
				kept.put(index.indexName(), existing);
			}
			this.indexes.clear();
			this.indexes.putAll(kept);
		}

		ResourceThroughput resource(@Nullable String indexName) {
			if (indexName == null) {
				return this.table;
			}
			ResourceThroughput index = this.indexes.get(indexName);
			if (index == null) {
				throw new IllegalArgumentException(
						"No throughput registered for global secondary index " + indexName + " of " + this.table.name);
			}
			return index;
		}

		Demand demand(ThroughputRequest request, long now) {
			Demand demand = new Demand(request.operation());
			for (Charge charge : request.charges()) {
				resource(charge.indexName()).demand(request.operation(), charge.partitionKey(), charge.halfUnits(), now,
						demand);
			}
			return demand;
		}

		void consumed(ThroughputRequest request, long now) {
			for (Charge charge : request.charges()) {
				resource(charge.indexName()).consumed(request.operation(), charge.partitionKey(), charge.halfUnits(),
						now);
			}
		}

	}

}
