package dev.ddbkit.autoconfigure;

import java.time.Duration;

import dev.ddbkit.engine.EngineSettings;
import dev.ddbkit.engine.EngineSettings.CapacityEnforcement;
import dev.ddbkit.engine.capacity.ThroughputSettings;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.NestedConfigurationProperty;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the embedded engine, bound from {@code ddb.engine.*}; DynamoDB's own values
 * by default (the literal defaults repeat {@link EngineSettings#defaults()} so that the
 * configuration metadata shows them).
 *
 * @see EngineSettings
 */
public class DynamoEngineProperties {

	/**
	 * What the engine does with DynamoDB's throughput limits: 'enforce' throttles as
	 * DynamoDB does, 'observe' serves every request and only counts the throttles in the
	 * diagnostics, 'off' models no throughput at all.
	 */
	private CapacityEnforcement capacityEnforcement = CapacityEnforcement.ENFORCE;

	/**
	 * How long after a write its global secondary index entries change, on the engine's
	 * clock.
	 */
	private Duration gsiPropagationDelay = Duration.ZERO;

	/**
	 * How long a global secondary index added to an existing table stays CREATING.
	 */
	private Duration indexBackfillTime = Duration.ZERO;

	/**
	 * How long past its expiry time an item must be before the TTL sweeper deletes it.
	 */
	private Duration ttlSweepDelay = Duration.ZERO;

	/**
	 * Wall-clock time between background TTL sweeps, zero for none.
	 */
	private Duration ttlSweepInterval = Duration.ofSeconds(10);

	/**
	 * Bytes a Query or Scan reads per page before it stops with a LastEvaluatedKey.
	 */
	private int maxPageBytes = 1048576;

	/**
	 * AWS region the engine reports in ARNs.
	 */
	private String region = "us-east-1";

	/**
	 * Loopback port to also serve the engine on over DynamoDB's HTTP API, 0 for any free
	 * port; not served when unset.
	 */
	private @Nullable Integer httpPort;

	@NestedConfigurationProperty
	private final Throughput throughput = new Throughput();

	public CapacityEnforcement getCapacityEnforcement() {
		return this.capacityEnforcement;
	}

	public void setCapacityEnforcement(CapacityEnforcement capacityEnforcement) {
		this.capacityEnforcement = capacityEnforcement;
	}

	public Duration getGsiPropagationDelay() {
		return this.gsiPropagationDelay;
	}

	public void setGsiPropagationDelay(Duration gsiPropagationDelay) {
		this.gsiPropagationDelay = gsiPropagationDelay;
	}

	public Duration getIndexBackfillTime() {
		return this.indexBackfillTime;
	}

	public void setIndexBackfillTime(Duration indexBackfillTime) {
		this.indexBackfillTime = indexBackfillTime;
	}

	public Duration getTtlSweepDelay() {
		return this.ttlSweepDelay;
	}

	public void setTtlSweepDelay(Duration ttlSweepDelay) {
		this.ttlSweepDelay = ttlSweepDelay;
	}

	public Duration getTtlSweepInterval() {
		return this.ttlSweepInterval;
	}

	public void setTtlSweepInterval(Duration ttlSweepInterval) {
		this.ttlSweepInterval = ttlSweepInterval;
	}

	public int getMaxPageBytes() {
		return this.maxPageBytes;
	}

	public void setMaxPageBytes(int maxPageBytes) {
		this.maxPageBytes = maxPageBytes;
	}

	public String getRegion() {
		return this.region;
	}

	public void setRegion(String region) {
		this.region = region;
	}

	public @Nullable Integer getHttpPort() {
		return this.httpPort;
	}

	public void setHttpPort(@Nullable Integer httpPort) {
		this.httpPort = httpPort;
	}

	public Throughput getThroughput() {
		return this.throughput;
	}

	/**
	 * The engine settings these properties give.
	 * @return the settings
	 */
	public EngineSettings toSettings() {
		return EngineSettings.defaults()
			.withRegion(this.region)
			.withMaxPageBytes(this.maxPageBytes)
			.withIndexBackfillTime(this.indexBackfillTime)
			.withTtlSweepDelay(this.ttlSweepDelay)
			.withTtlSweepInterval(this.ttlSweepInterval)
			.withGsiPropagationDelay(this.gsiPropagationDelay)
			.withCapacityEnforcement(this.capacityEnforcement)
			.withThroughput(this.throughput.toSettings());
	}

	/**
	 * The engine's throughput model beyond DynamoDB's fixed per-partition ceilings (3,000
	 * read and 1,000 write units per second).
	 */
	public static class Throughput {

		/**
		 * Partitions of a new table or global secondary index, 0 to derive them from its
		 * throughput as DynamoDB does.
		 */
		private int initialPartitions;

		/**
		 * Stored size that makes a partition split.
		 */
		private DataSize partitionMaxSize = DataSize.ofGigabytes(10);

		/**
		 * How long a partition must stay hot before it splits for load.
		 */
		private Duration loadSplitAfter = Duration.ofMinutes(5);

		/**
		 * Share of a partition's ceiling, between 0 and 1, that counts as hot for a split
		 * for load.
		 */
		private double loadSplitFraction = 0.5;

		/**
		 * Read units per second an on-demand table or global secondary index may use, the
		 * account's per-table quota.
		 */
		private long accountTableReadUnits = 40000;

		/**
		 * Write units per second an on-demand table or global secondary index may use,
		 * the account's per-table quota.
		 */
		private long accountTableWriteUnits = 40000;

		/**
		 * Length of one window of the capacity diagnostics.
		 */
		private Duration diagnosticsWindow = Duration.ofMinutes(1);

		/**
		 * Windows of the capacity diagnostics kept per table, index and partition.
		 */
		private int diagnosticsWindows = 60;

		/**
		 * Partition keys the hottest-keys tracker of each table and index keeps.
		 */
		private int hotKeys = 20;

		public int getInitialPartitions() {
			return this.initialPartitions;
		}

		public void setInitialPartitions(int initialPartitions) {
			this.initialPartitions = initialPartitions;
		}

		public DataSize getPartitionMaxSize() {
			return this.partitionMaxSize;
		}

		public void setPartitionMaxSize(DataSize partitionMaxSize) {
			this.partitionMaxSize = partitionMaxSize;
		}

		public Duration getLoadSplitAfter() {
			return this.loadSplitAfter;
		}

		public void setLoadSplitAfter(Duration loadSplitAfter) {
			this.loadSplitAfter = loadSplitAfter;
		}

		public double getLoadSplitFraction() {
			return this.loadSplitFraction;
		}

		public void setLoadSplitFraction(double loadSplitFraction) {
			this.loadSplitFraction = loadSplitFraction;
		}

		public long getAccountTableReadUnits() {
			return this.accountTableReadUnits;
		}

		public void setAccountTableReadUnits(long accountTableReadUnits) {
			this.accountTableReadUnits = accountTableReadUnits;
		}

		public long getAccountTableWriteUnits() {
			return this.accountTableWriteUnits;
		}

		public void setAccountTableWriteUnits(long accountTableWriteUnits) {
			this.accountTableWriteUnits = accountTableWriteUnits;
		}

		public Duration getDiagnosticsWindow() {
			return this.diagnosticsWindow;
		}

		public void setDiagnosticsWindow(Duration diagnosticsWindow) {
			this.diagnosticsWindow = diagnosticsWindow;
		}

		public int getDiagnosticsWindows() {
			return this.diagnosticsWindows;
		}

		public void setDiagnosticsWindows(int diagnosticsWindows) {
			this.diagnosticsWindows = diagnosticsWindows;
		}

		public int getHotKeys() {
			return this.hotKeys;
		}

		public void setHotKeys(int hotKeys) {
			this.hotKeys = hotKeys;
		}

		/**
		 * The throughput settings these properties give.
		 * @return the settings
		 */
		public ThroughputSettings toSettings() {
			return ThroughputSettings.defaults()
				.withInitialPartitions(this.initialPartitions)
				.withPartitionMaxBytes(this.partitionMaxSize.toBytes())
				.withLoadSplit(this.loadSplitAfter, this.loadSplitFraction)
				.withAccountTableLimits(this.accountTableReadUnits, this.accountTableWriteUnits)
				.withDiagnostics(this.diagnosticsWindow, this.diagnosticsWindows, this.hotKeys);
		}

	}

}
