package dev.ddbkit.engine.capacity;

import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

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
 * table, taken in table-name order when a call spans tables.
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
			existing.lock.lock();
			try {
				existing.update(throughput, this.settings, now);
			}
			finally {
				existing.lock.unlock();
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
	 * admits it now; otherwise consumes nothing and answers the reasons. When the
	 * settings are not {@link ThroughputSettings#enforced() enforced}, the throttles are
	 * only counted in the diagnostics and the request is served and charged.
	 * @throws IllegalArgumentException for an unknown table or GSI
	 */
	public ThroughputDecision tryAcquire(ThroughputRequest request) {
		return tryAcquireAll(List.of(request)).get(0);
	}

	/**
	 * All or nothing over several requests, possibly on several tables (TransactGetItems,
	 * TransactWriteItems): consumes every request's capacity if all buckets admit their
	 * summed demand; otherwise consumes nothing, and each decision lists the throttles of
	 * the buckets its request touched (a request whose buckets all admitted has none,
	 * although nothing was consumed for it either).
	 * @return one decision per request, in order
	 */
	public List<ThroughputDecision> tryAcquireAll(List<ThroughputRequest> requests) {
		Map<String, TableState> involved = involved(requests);
		long now = now();
		lockAll(involved);
		try {
			Demand demand = new Demand();
			for (ThroughputRequest request : requests) {
				involved.get(request.tableName()).demand(request, now, demand);
			}
			List<Demand.Need> refused = demand.refused();
			if (!refused.isEmpty()) {
				for (ThroughputRequest request : requests) {
					involved.get(request.tableName()).throttled(request, refused, now);
				}
				if (this.settings.enforced()) {
					List<ThroughputDecision> decisions = new ArrayList<>(requests.size());
					for (ThroughputRequest request : requests) {
						decisions.add(new ThroughputDecision(Demand.throttles(refused, request)));
					}
					return decisions;
				}
			}
			demand.takeAll();
			for (ThroughputRequest request : requests) {
				involved.get(request.tableName()).consumed(request, now);
			}
			return Collections.nCopies(requests.size(), ThroughputDecision.GRANTED);
		}
		finally {
			unlockAll(involved);
		}
	}

	/**
	 * Consumes the request's capacity unconditionally, possibly into debt: for capacity
	 * known only after DynamoDB has admitted the request.
	 */
	public void charge(ThroughputRequest request) {
		TableState table = table(request.tableName());
		long now = now();
		table.lock.lock();
		try {
			Demand demand = new Demand();
			table.demand(request, now, demand);
			demand.takeAll();
			table.consumed(request, now);
		}
		finally {
			table.lock.unlock();
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
		table.lock.lock();
		try {
			table.resource(indexName).storedBytesChanged(partitionKey, deltaBytes, now);
		}
		finally {
			table.lock.unlock();
		}
	}

	/** The table's throughput diagnostics now. */
	public TableDiagnostics diagnostics(String tableName) {
		TableState table = table(tableName);
		long now = now();
		table.lock.lock();
		try {
			Map<String, ResourceDiagnostics> indexes = new LinkedHashMap<>();
			table.indexes.forEach((name, index) -> indexes.put(name, index.diagnostics(now)));
			return new TableDiagnostics(table.table.diagnostics(now), indexes);
		}
		finally {
			table.lock.unlock();
		}
	}

	/** The number of partitions of a table ({@code indexName} {@code null}) or GSI. */
	public int partitionCount(String tableName, @Nullable String indexName) {
		TableState table = table(tableName);
		table.lock.lock();
		try {
			return table.resource(indexName).partitionCount();
		}
		finally {
			table.lock.unlock();
		}
	}

	/**
	 * The position, in hash order, of the partition that holds {@code partitionKey} in
	 * the table ({@code indexName} {@code null}) or GSI, as
	 * {@link PartitionDiagnostics#index()}.
	 */
	public int partitionOf(String tableName, @Nullable String indexName, Value partitionKey) {
		TableState table = table(tableName);
		table.lock.lock();
		try {
			return table.resource(indexName).partitionIndexOf(partitionKey);
		}
		finally {
			table.lock.unlock();
		}
	}

	private Map<String, TableState> involved(List<ThroughputRequest> requests) {
		Map<String, TableState> involved = new TreeMap<>();
		for (ThroughputRequest request : requests) {
			involved.computeIfAbsent(request.tableName(), this::table);
		}
		return involved;
	}

	private static void lockAll(Map<String, TableState> tables) {
		for (TableState table : tables.values()) {
			table.lock.lock();
		}
	}

	private static void unlockAll(Map<String, TableState> tables) {
		for (TableState table : tables.values()) {
			table.lock.unlock();
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

}
