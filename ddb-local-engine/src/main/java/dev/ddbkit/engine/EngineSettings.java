package dev.ddbkit.engine;

import java.time.Duration;

import dev.ddbkit.engine.capacity.ThroughputSettings;

/**
 * Settings of a {@link DynamoEngine}; {@link #defaults()} then {@code with...} to change
 * one.
 * <p>
 * {@code region} and {@code accountId} only shape the ARNs the engine reports (e.g.
 * {@code arn:aws:dynamodb:us-east-1:000000000000:table/Orders}). {@code maxPageBytes} is
 * the data a Query or Scan reads per call before it stops with a LastEvaluatedKey: 1 MB
 * in DynamoDB (API Reference, "Query": "A single Query operation will read up to ... a
 * maximum of 1 MB of data"). Expired items (Developer Guide, "Time to Live") stay
 * readable until a sweep finds them at least {@code ttlSweepDelay} past their expiry on
 * the engine's clock; a background sweep runs every {@code ttlSweepInterval} of
 * wall-clock time ({@link Duration#ZERO}: only {@link DynamoEngine#sweepExpiredItems()}
 * sweeps).
 *
 * @param region the AWS Region in ARNs
 * @param accountId the 12-digit account in ARNs
 * @param maxPageBytes bytes read per Query/Scan page (1,048,576 in DynamoDB)
 * @param indexBackfillTime how long a GSI added by UpdateTable stays CREATING (and
 * unreadable) on the engine's clock: it turns ACTIVE at the first DescribeTable at or
 * after that time (zero: at the first DescribeTable, never in the UpdateTable response)
 * @param ttlSweepDelay how long past its expiry an item must be before a sweep deletes it
 * @param ttlSweepInterval wall-clock time between background sweeps; zero for none
 * @param gsiPropagationDelay how long after a base write its GSI entries change, on the
 * engine's clock (GSIs are eventually consistent); zero for at once
 * @param capacityEnforcement whether throughput limits throttle requests (ENFORCE, as
 * DynamoDB), are only counted in the diagnostics (OBSERVE) or not modelled at all (OFF)
 * @param throughput the limits of the throughput model (partition ceilings, burst,
 * on-demand peaks, diagnostics windows)
 * @param itemCollectionSizeLimitBytes the largest item collection (the items of one
 * partition key value plus their local secondary index entries) of a table with a local
 * secondary index, in bytes: 10 GB in DynamoDB; a write that grows a collection past it
 * fails with ItemCollectionSizeLimitExceededException
 */
public record EngineSettings(String region, String accountId, int maxPageBytes, Duration indexBackfillTime,
		Duration ttlSweepDelay, Duration ttlSweepInterval, Duration gsiPropagationDelay,
		CapacityEnforcement capacityEnforcement, ThroughputSettings throughput, long itemCollectionSizeLimitBytes) {

	/**
	 * What the engine does with the throughput model (Developer Guide, "DynamoDB
	 * throttling").
	 */
	public enum CapacityEnforcement {

		/**
		 * Requests beyond a table's, index's or partition's throughput are throttled as
		 * DynamoDB throttles them (the default: faithful).
		 */
		ENFORCE,
		/**
		 * Every request is served; the requests DynamoDB would throttle are counted in
		 * the diagnostics.
		 */
		OBSERVE,
		/**
		 * No throughput model: nothing throttled, nothing counted (plain offline work).
		 */
		OFF

	}

	/** The page limit of DynamoDB: 1 MB. */
	public static final int ONE_MEGABYTE = 1024 * 1024;

	/**
	 * The item collection limit of DynamoDB: 10 GB (Developer Guide, "Item collection
	 * size limit").
	 */
	public static final long TEN_GIGABYTES = 10L * 1024 * 1024 * 1024;

	public EngineSettings {
		if (maxPageBytes < 1 || itemCollectionSizeLimitBytes < 1) {
			throw new IllegalArgumentException("maxPageBytes and itemCollectionSizeLimitBytes must be positive");
		}
		if (indexBackfillTime.isNegative() || ttlSweepDelay.isNegative() || ttlSweepInterval.isNegative()
				|| gsiPropagationDelay.isNegative()) {
			throw new IllegalArgumentException("durations must not be negative");
		}
	}

	/**
	 * Region {@code us-east-1}, account {@code 000000000000}, 1 MB pages, a new GSI
	 * ACTIVE at the first DescribeTable after UpdateTable, expired items deleted by the
	 * first sweep after expiry, a background sweep every 10 seconds, GSIs updated with
	 * their table, throughput limits enforced with DynamoDB's values, item collections of
	 * tables with a local secondary index limited to 10 GB.
	 */
	public static EngineSettings defaults() {
		return new EngineSettings("us-east-1", "000000000000", ONE_MEGABYTE, Duration.ZERO, Duration.ZERO,
				Duration.ofSeconds(10), Duration.ZERO, CapacityEnforcement.ENFORCE, ThroughputSettings.defaults(),
				TEN_GIGABYTES);
	}

	/** A copy with another Region for ARNs. */
	public EngineSettings withRegion(String newRegion) {
		return new EngineSettings(newRegion, this.accountId, this.maxPageBytes, this.indexBackfillTime,
				this.ttlSweepDelay, this.ttlSweepInterval, this.gsiPropagationDelay, this.capacityEnforcement,
				this.throughput, this.itemCollectionSizeLimitBytes);
	}

	/** A copy with another account id for ARNs. */
	public EngineSettings withAccountId(String newAccountId) {
		return new EngineSettings(this.region, newAccountId, this.maxPageBytes, this.indexBackfillTime,
				this.ttlSweepDelay, this.ttlSweepInterval, this.gsiPropagationDelay, this.capacityEnforcement,
				this.throughput, this.itemCollectionSizeLimitBytes);
	}

	/** A copy with another page size (tests of paging may use a small one). */
	public EngineSettings withMaxPageBytes(int newMaxPageBytes) {
		return new EngineSettings(this.region, this.accountId, newMaxPageBytes, this.indexBackfillTime,
				this.ttlSweepDelay, this.ttlSweepInterval, this.gsiPropagationDelay, this.capacityEnforcement,
				this.throughput, this.itemCollectionSizeLimitBytes);
	}

	/** A copy with another GSI backfill time. */
	public EngineSettings withIndexBackfillTime(Duration newIndexBackfillTime) {
		return new EngineSettings(this.region, this.accountId, this.maxPageBytes, newIndexBackfillTime,
				this.ttlSweepDelay, this.ttlSweepInterval, this.gsiPropagationDelay, this.capacityEnforcement,
				this.throughput, this.itemCollectionSizeLimitBytes);
	}

	/** A copy with another delay between expiry and deletion. */
	public EngineSettings withTtlSweepDelay(Duration newTtlSweepDelay) {
		return new EngineSettings(this.region, this.accountId, this.maxPageBytes, this.indexBackfillTime,
				newTtlSweepDelay, this.ttlSweepInterval, this.gsiPropagationDelay, this.capacityEnforcement,
				this.throughput, this.itemCollectionSizeLimitBytes);
	}

	/** A copy with another background sweep interval (zero: no background sweeps). */
	public EngineSettings withTtlSweepInterval(Duration newTtlSweepInterval) {
		return new EngineSettings(this.region, this.accountId, this.maxPageBytes, this.indexBackfillTime,
				this.ttlSweepDelay, newTtlSweepInterval, this.gsiPropagationDelay, this.capacityEnforcement,
				this.throughput, this.itemCollectionSizeLimitBytes);
	}

	/** A copy with another GSI propagation delay. */
	public EngineSettings withGsiPropagationDelay(Duration newGsiPropagationDelay) {
		return new EngineSettings(this.region, this.accountId, this.maxPageBytes, this.indexBackfillTime,
				this.ttlSweepDelay, this.ttlSweepInterval, newGsiPropagationDelay, this.capacityEnforcement,
				this.throughput, this.itemCollectionSizeLimitBytes);
	}

	/** A copy with another capacity enforcement. */
	public EngineSettings withCapacityEnforcement(CapacityEnforcement newCapacityEnforcement) {
		return new EngineSettings(this.region, this.accountId, this.maxPageBytes, this.indexBackfillTime,
				this.ttlSweepDelay, this.ttlSweepInterval, this.gsiPropagationDelay, newCapacityEnforcement,
				this.throughput, this.itemCollectionSizeLimitBytes);
	}

	/**
	 * A copy with another item collection limit (tests of the limit may use a small one).
	 */
	public EngineSettings withItemCollectionSizeLimitBytes(long newItemCollectionSizeLimitBytes) {
		return new EngineSettings(this.region, this.accountId, this.maxPageBytes, this.indexBackfillTime,
				this.ttlSweepDelay, this.ttlSweepInterval, this.gsiPropagationDelay, this.capacityEnforcement,
				this.throughput, newItemCollectionSizeLimitBytes);
	}

	/** A copy with other throughput limits. */
	public EngineSettings withThroughput(ThroughputSettings newThroughput) {
		return new EngineSettings(this.region, this.accountId, this.maxPageBytes, this.indexBackfillTime,
				this.ttlSweepDelay, this.ttlSweepInterval, this.gsiPropagationDelay, this.capacityEnforcement,
				newThroughput, this.itemCollectionSizeLimitBytes);
	}

}
