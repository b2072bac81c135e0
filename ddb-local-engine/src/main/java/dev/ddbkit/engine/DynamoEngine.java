package dev.ddbkit.engine;

import java.time.Duration;
import java.time.InstantSource;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import dev.ddbkit.engine.capacity.TableDiagnostics;
import dev.ddbkit.engine.capacity.ThroughputLimiter;
import dev.ddbkit.engine.client.LocalDynamoDbClient;
import dev.ddbkit.engine.client.LocalDynamoDbStreamsClient;
import dev.ddbkit.engine.operation.EngineContext;
import dev.ddbkit.engine.operation.Operations;
import dev.ddbkit.engine.storage.Catalog;
import dev.ddbkit.engine.storage.IndexStore;
import dev.ddbkit.engine.storage.TableStore;
import dev.ddbkit.engine.ttl.TtlSweeper;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * A DynamoDB in this JVM: tables in memory, served through the SDK's
 * {@link DynamoDbClient} interface without sockets.
 * <p>
 * Every time-dependent behaviour reads the one {@link InstantSource} given to the
 * builder, so tests can move time by hand. The engine is thread-safe.
 *
 * <pre>{@code
 * try (DynamoEngine engine = DynamoEngine.builder().clock(clock).build()) {
 *     DynamoDbClient client = engine.client();
 *     client.createTable(...);
 * }
 * }</pre>
 */
public final class DynamoEngine implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(DynamoEngine.class);

	private final Operations operations;

	private final LocalDynamoDbClient client;

	private final LocalDynamoDbStreamsClient streamsClient;

	private final TtlSweeper sweeper;

	private final @Nullable ScheduledExecutorService sweeps;

	private DynamoEngine(Builder builder) {
		this.operations = new Operations(EngineContext.create(builder.clock, builder.settings));
		this.client = new LocalDynamoDbClient(this.operations);
		this.streamsClient = new LocalDynamoDbStreamsClient(this.operations);
		EngineContext context = this.operations.context();
		this.sweeper = new TtlSweeper(context.catalog(), context.clock(), context.settings().ttlSweepDelay(),
				context.recorder(),
				(table, key, outcome) -> context.throughput().stored(table, key.partition(), outcome));
		this.sweeps = startSweeps(context.settings().ttlSweepInterval());
		logger.info("ddbkit engine started (data in memory; capacity enforcement {}; {})",
				context.settings().capacityEnforcement(), context.settings());
	}

	/** An engine on the system clock with {@link EngineSettings#defaults()}. */
	public static DynamoEngine create() {
		return builder().build();
	}

	/** A builder for an engine. */
	public static Builder builder() {
		return new Builder();
	}

	/** The in-process client; each call goes straight to the engine. */
	public DynamoDbClient client() {
		return this.client;
	}

	/** The in-process DynamoDB Streams client over the engine's table streams. */
	public DynamoDbStreamsClient streamsClient() {
		return this.streamsClient;
	}

	/** The operation layer, for the HTTP server. */
	public Operations operations() {
		return this.operations;
	}

	/**
	 * Deletes the items whose TTL has expired (by {@code EngineSettings.ttlSweepDelay})
	 * on the engine's clock, now; tests call it after moving a manual clock.
	 * @return the number of items deleted
	 */
	public int sweepExpiredItems() {
		return this.sweeper.sweep();
	}

	/**
	 * Makes every global secondary index of every table caught up with its table now,
	 * without moving the clock: base writes still waiting out
	 * {@code EngineSettings.gsiPropagationDelay} are applied to their indexes in write
	 * order, and a GSI that UpdateTable added and that is still backfilling
	 * ({@code IndexStatus} CREATING for {@code EngineSettings.indexBackfillTime}) becomes
	 * ACTIVE and readable.
	 * <p>
	 * For tests that want read-after-write on a GSI: DynamoDB propagates to GSIs
	 * asynchronously ("Global secondary indexes": eventually consistent, usually within a
	 * fraction of a second) and offers no such call; code under test must not rely on it.
	 * Writes made after the call lag again. Thread-safe; concurrent writes may or may not
	 * be included.
	 * @return the number of index changes applied plus the number of backfills ended
	 * ({@code 0}: everything was already caught up)
	 */
	public int catchUpIndexes() {
		Catalog catalog = this.operations.context().catalog();
		int applied = 0;
		for (String name : catalog.names()) {
			TableStore table = catalog.get(name);
			if (table != null) {
				for (IndexStore index : table.indexStores().values()) {
					applied += index.catchUpNow();
				}
			}
		}
		return applied;
	}

	private @Nullable ScheduledExecutorService startSweeps(Duration interval) {
		if (interval.isZero()) {
			return null;
		}
		ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor((runnable) -> {
			Thread thread = new Thread(runnable, "ddbkit-ttl-sweeper");
			thread.setDaemon(true);
			return thread;
		});
		executor.scheduleWithFixedDelay(this::sweepQuietly, interval.toMillis(), interval.toMillis(),
				TimeUnit.MILLISECONDS);
		return executor;
	}

	private void sweepQuietly() {
		try {
			this.sweeper.sweep();
		}
		catch (RuntimeException ex) {
			logger.warn("TTL sweep failed", ex);
		}
	}

	/**
	 * The throughput diagnostics of every table: per table, GSI and partition the
	 * consumed read and write units and throttle counts in clock-aligned windows, burst
	 * left, stored sizes and the hottest partition keys. Empty when capacity enforcement
	 * is {@link EngineSettings.CapacityEnforcement#OFF}.
	 * @return diagnostics by table name, in name order
	 */
	public Map<String, TableDiagnostics> capacityDiagnostics() {
		ThroughputLimiter limiter = this.operations.context().throughput().limiter();
		Map<String, TableDiagnostics> diagnostics = new LinkedHashMap<>();
		if (limiter != null) {
			for (String table : this.operations.context().catalog().names()) {
				if (limiter.hasTable(table)) {
					diagnostics.put(table, limiter.diagnostics(table));
				}
			}
		}
		return diagnostics;
	}

	/**
	 * The throughput diagnostics of one table (see {@link #capacityDiagnostics()}).
	 * @throws IllegalArgumentException when there is no such table or enforcement is off
	 */
	public TableDiagnostics capacityDiagnostics(String tableName) {
		TableDiagnostics diagnostics = capacityDiagnostics().get(tableName);
		if (diagnostics == null) {
			throw new IllegalArgumentException("No capacity diagnostics for table " + tableName);
		}
		return diagnostics;
	}

	/** The settings the engine runs with. */
	public EngineSettings settings() {
		return this.operations.context().settings();
	}

	@Override
	public void close() {
		if (this.sweeps != null) {
			this.sweeps.shutdownNow();
		}
		this.client.close();
		this.streamsClient.close();
	}

	/**
	 * Builds a {@link DynamoEngine}.
	 */
	public static final class Builder {

		private InstantSource clock = InstantSource.system();

		private EngineSettings settings = EngineSettings.defaults();

		private Builder() {
		}

		/** The clock every time-dependent behaviour reads (default: the system clock). */
		public Builder clock(InstantSource clock) {
			this.clock = clock;
			return this;
		}

		/** The settings (default: {@link EngineSettings#defaults()}). */
		public Builder settings(EngineSettings settings) {
			this.settings = settings;
			return this;
		}

		public DynamoEngine build() {
			return new DynamoEngine(this);
		}

	}

}
