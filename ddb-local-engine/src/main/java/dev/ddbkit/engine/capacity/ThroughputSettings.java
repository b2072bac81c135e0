package dev.ddbkit.engine.capacity;

import java.time.Duration;

/**
 * The limits of the throughput model, DynamoDB's by {@link #defaults()}.
 * <p>
 * Sources (DynamoDB Developer Guide): "Burst and adaptive capacity" (300 s of unused
 * capacity kept; a partition serves at most 3,000 RCU and 1,000 WCU per second, or a
 * linear combination); "Partitions and data distribution" (10 GB per partition);
 * "On-demand capacity mode" (a new table serves up to 4,000 WRU or 12,000 RRU at once,
 * then up to double its previous peak); "Quotas" (40,000 RRU and 40,000 WRU per on-demand
 * table).
 *
 * @param enforced whether throttles are answered ({@code true}, faithful) or only counted
 * in the diagnostics while every request is served (plain offline development)
 * @param partitionReadUnits per-partition read ceiling per second (3,000)
 * @param partitionWriteUnits per-partition write ceiling per second (1,000)
 * @param burstSeconds seconds of unused provisioned capacity kept as burst (300)
 * @param partitionMaxBytes stored bytes that make a partition split (10 GB)
 * @param onDemandInitialReadUnits read units a new on-demand table or GSI serves (12,000)
 * @param onDemandInitialWriteUnits write units a new on-demand table or GSI serves
 * (4,000)
 * @param accountTableReadUnits per-table account quota for on-demand reads (40,000)
 * @param accountTableWriteUnits per-table account quota for on-demand writes (40,000)
 * @param initialPartitions partitions of a new table or GSI; {@code 0} derives them from
 * the throughput
 * @param loadSplitAfter how long a partition must stay hot before it splits for load
 * @param loadSplitFraction the share of the partition ceiling that makes a second hot
 * @param diagnosticsWindow length of one diagnostics window
 * @param diagnosticsWindows number of windows kept per table, index and partition
 * @param hotKeys number of partition keys the top-K of each table and index tracks
 */
public record ThroughputSettings(boolean enforced, long partitionReadUnits, long partitionWriteUnits, long burstSeconds,
		long partitionMaxBytes, long onDemandInitialReadUnits, long onDemandInitialWriteUnits,
		long accountTableReadUnits, long accountTableWriteUnits, int initialPartitions, Duration loadSplitAfter,
		double loadSplitFraction, Duration diagnosticsWindow, int diagnosticsWindows, int hotKeys) {

	/** 10 GB. */
	public static final long TEN_GIGABYTES = 10L * 1024 * 1024 * 1024;

	public ThroughputSettings {
		if (partitionReadUnits < 1 || partitionWriteUnits < 1 || onDemandInitialReadUnits < 1
				|| onDemandInitialWriteUnits < 1 || accountTableReadUnits < 1 || accountTableWriteUnits < 1) {
			throw new IllegalArgumentException("Throughput limits must be positive");
		}
		if (burstSeconds < 0 || partitionMaxBytes < 1 || initialPartitions < 0 || diagnosticsWindows < 1
				|| hotKeys < 1) {
			throw new IllegalArgumentException("Invalid throughput settings");
		}
		if (loadSplitAfter.isNegative() || loadSplitFraction <= 0 || diagnosticsWindow.isNegative()
				|| diagnosticsWindow.isZero()) {
			throw new IllegalArgumentException("Invalid split or diagnostics settings");
		}
	}

	/** DynamoDB's limits; hot partitions split after 5 minutes at half their ceiling. */
	public static ThroughputSettings defaults() {
		return new ThroughputSettings(true, 3000, 1000, 300, TEN_GIGABYTES, 12000, 4000, 40000, 40000, 0,
				Duration.ofMinutes(5), 0.5, Duration.ofMinutes(1), 60, 20);
	}

	/**
	 * A copy that answers throttles ({@code true}) or only counts them ({@code false}).
	 */
	public ThroughputSettings withEnforced(boolean enforce) {
		return new ThroughputSettings(enforce, this.partitionReadUnits, this.partitionWriteUnits, this.burstSeconds,
				this.partitionMaxBytes, this.onDemandInitialReadUnits, this.onDemandInitialWriteUnits,
				this.accountTableReadUnits, this.accountTableWriteUnits, this.initialPartitions, this.loadSplitAfter,
				this.loadSplitFraction, this.diagnosticsWindow, this.diagnosticsWindows, this.hotKeys);
	}

	/** A copy with a fixed number of partitions for new tables and GSIs. */
	public ThroughputSettings withInitialPartitions(int partitions) {
		return new ThroughputSettings(this.enforced, this.partitionReadUnits, this.partitionWriteUnits,
				this.burstSeconds, this.partitionMaxBytes, this.onDemandInitialReadUnits,
				this.onDemandInitialWriteUnits, this.accountTableReadUnits, this.accountTableWriteUnits, partitions,
				this.loadSplitAfter, this.loadSplitFraction, this.diagnosticsWindow, this.diagnosticsWindows,
				this.hotKeys);
	}

	/** A copy with another split size. */
	public ThroughputSettings withPartitionMaxBytes(long bytes) {
		return new ThroughputSettings(this.enforced, this.partitionReadUnits, this.partitionWriteUnits,
				this.burstSeconds, bytes, this.onDemandInitialReadUnits, this.onDemandInitialWriteUnits,
				this.accountTableReadUnits, this.accountTableWriteUnits, this.initialPartitions, this.loadSplitAfter,
				this.loadSplitFraction, this.diagnosticsWindow, this.diagnosticsWindows, this.hotKeys);
	}

	/** A copy with another sustained-load split rule. */
	public ThroughputSettings withLoadSplit(Duration after, double fraction) {
		return new ThroughputSettings(this.enforced, this.partitionReadUnits, this.partitionWriteUnits,
				this.burstSeconds, this.partitionMaxBytes, this.onDemandInitialReadUnits,
				this.onDemandInitialWriteUnits, this.accountTableReadUnits, this.accountTableWriteUnits,
				this.initialPartitions, after, fraction, this.diagnosticsWindow, this.diagnosticsWindows, this.hotKeys);
	}

	/** A copy with other diagnostics windows and top-K size. */
	public ThroughputSettings withDiagnostics(Duration window, int windows, int keys) {
		return new ThroughputSettings(this.enforced, this.partitionReadUnits, this.partitionWriteUnits,
				this.burstSeconds, this.partitionMaxBytes, this.onDemandInitialReadUnits,
				this.onDemandInitialWriteUnits, this.accountTableReadUnits, this.accountTableWriteUnits,
				this.initialPartitions, this.loadSplitAfter, this.loadSplitFraction, window, windows, keys);
	}

	/** A copy with other per-table account quotas for on-demand tables. */
	public ThroughputSettings withAccountTableLimits(long readUnits, long writeUnits) {
		return new ThroughputSettings(this.enforced, this.partitionReadUnits, this.partitionWriteUnits,
				this.burstSeconds, this.partitionMaxBytes, this.onDemandInitialReadUnits,
				this.onDemandInitialWriteUnits, readUnits, writeUnits, this.initialPartitions, this.loadSplitAfter,
				this.loadSplitFraction, this.diagnosticsWindow, this.diagnosticsWindows, this.hotKeys);
	}

}
