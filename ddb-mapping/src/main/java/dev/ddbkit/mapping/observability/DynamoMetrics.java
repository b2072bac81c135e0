package dev.ddbkit.mapping.observability;

import java.util.Objects;
import java.util.function.Function;

import dev.ddbkit.mapping.resilience.DynamoClientInterceptor;
import dev.ddbkit.mapping.resilience.DynamoRetryClassifier;
import dev.ddbkit.mapping.resilience.DynamoRetryListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbRequest;

/**
 * Micrometer meters for DynamoDB calls. Meters (the {@code table} tag is the table name,
 * {@code multiple} for a batch or transaction over several tables, {@code none} for calls
 * without a table; {@code index} is the index a Query or Scan reads, else {@code none}):
 * <ul>
 * <li>{@value #REQUESTS} (timer): each attempt, tagged {@code operation} (the DynamoDB
 * action, e.g. {@code GetItem}), {@code table}, {@code index}, {@code outcome}
 * ({@code success}, {@code client_error}, {@code throttled}, {@code server_error}) and
 * {@code entity} (the entity type the template called for, {@code multiple} or
 * {@code none}: {@link DynamoEntityScope});</li>
 * <li>{@value #CONSUMED_RCU}, {@value #CONSUMED_WCU} (counters, capacity units): tagged
 * {@code table}, {@code index} ({@code none} for the table itself);</li>
 * <li>{@value #THROTTLES} (counter): tagged {@code operation}, {@code table},
 * {@code index} (the index a throttling reason's resource names, else the request's) and
 * {@code reason} (each {@code ThrottlingReason} the exception carries, e.g.
 * {@code IndexWriteProvisionedThroughputExceeded}, else the error code), one increment
 * per reason;</li>
 * <li>{@value #RETRIES} (counter, through {@link #retryListener()}): tagged
 * {@code operation}, {@code table}, {@code error} (the error code of the failed attempt);
 * {@value #RETRIES_EXHAUSTED} (counter): calls whose retry budget ran out, tagged
 * {@code operation}, {@code table}; {@value #CALL_ATTEMPTS} (distribution summary): the
 * attempts of each call, tagged {@code operation}, {@code table} and the call's final
 * {@code outcome}, so its count is the calls a caller made and saw end that way;</li>
 * <li>{@value #HOT_KEY_COUNT} (gauge): the estimated requests of the hottest partition
 * key, tagged {@code table}; the keys themselves are in {@link #hotKeys()}, never in
 * tags;</li>
 * <li>{@value #FILTERED_QUERIES} (counter): executions of a Query or Scan with a
 * {@code FilterExpression} run by the template (each derived repository query with filter
 * criteria or {@code @AllowScan}), once per execution however many pages or shards it
 * reads (a {@code Page} method runs two: its content and its {@code Select=COUNT} total),
 * tagged {@code entity} and {@code method} (the repository method, e.g.
 * {@code OrderRepository.findByStatus(OrderStatus)}, {@code none} for a template call);
 * {@value #FILTERED_ITEMS} (counter, items): the items those requests read and billed but
 * the filter dropped ({@code ScannedCount - Count}), same tags.</li>
 * </ul>
 * Put the metered client inside the retrying one, so that every attempt is timed:
 * {@code DynamoClients.withRetry(metrics.instrument(client), settings, metrics.retryListener())}.
 *
 * @see <a href=
 * "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/TroubleshootingThrottling.html">Troubleshooting
 * throttling in DynamoDB</a>
 */
public final class DynamoMetrics {

	/** Timer of request attempts. */
	public static final String REQUESTS = "ddb.requests";

	/** Counter of read capacity units consumed. */
	public static final String CONSUMED_RCU = "ddb.consumed.rcu";

	/** Counter of write capacity units consumed. */
	public static final String CONSUMED_WCU = "ddb.consumed.wcu";

	/** Counter of throttled attempts, by reason. */
	public static final String THROTTLES = "ddb.throttles";

	/** Counter of retries. */
	public static final String RETRIES = "ddb.retries";

	/** Counter of calls whose retry budget ran out. */
	public static final String RETRIES_EXHAUSTED = "ddb.retries.exhausted";

	/** Distribution summary of the attempts of each call, by final outcome. */
	public static final String CALL_ATTEMPTS = "ddb.call.attempts";

	/** Gauge of the estimated request count of a table's hottest partition key. */
	public static final String HOT_KEY_COUNT = "ddb.hot.key.count";

	/** Counter of executions of filtered queries and scans. */
	public static final String FILTERED_QUERIES = "ddb.query.filtered";

	/** Counter of the items filtered queries and scans read but dropped. */
	public static final String FILTERED_ITEMS = "ddb.query.filtered.items";

	private final MeterRegistry registry;

	private final boolean requestConsumedCapacity;

	private final PartitionKeys partitionKeys;

	private final DynamoHotKeys hotKeys;

	private DynamoMetrics(Builder builder) {
		this.registry = builder.registry;
		this.requestConsumedCapacity = builder.requestConsumedCapacity;
		this.partitionKeys = new PartitionKeys(builder.keyNames);
		this.hotKeys = new DynamoHotKeys(builder.hotKeyCapacity,
				(sketch) -> Gauge.builder(HOT_KEY_COUNT, sketch, SpaceSavingSketch::topCount)
					.description("Estimated requests of the table's hottest partition key")
					.tag("table", sketch.table())
					.strongReference(true)
					.register(this.registry));
	}

	/**
	 * A builder recording into {@code registry}.
	 * @param registry where meters go
	 * @return the builder
	 */
	public static Builder builder(MeterRegistry registry) {
		return new Builder(registry);
	}

	/**
	 * A client recording the meters of every call of {@code client}.
	 * @param client the delegate
	 * @return the metered client
	 */
	public DynamoDbClient instrument(DynamoDbClient client) {
		return DynamoClientInterceptor.decorate(client,
				new MeteringInterceptor(this.registry, this.requestConsumedCapacity, this.partitionKeys, this.hotKeys));
	}

	/**
	 * The listener that counts {@value #RETRIES} and {@value #RETRIES_EXHAUSTED}; pass it
	 * to {@code DynamoClients.withRetry}.
	 * @return the retry listener
	 */
	public DynamoRetryListener retryListener() {
		return new DynamoRetryListener() {

			@Override
			public void onRetry(DynamoDbRequest request, int attempt, RuntimeException failure) {
				String code = DynamoRetryClassifier.errorCode(failure);
				Counter.builder(RETRIES)
					.description("DynamoDB calls sent again after a retryable failure")
					.tags("operation", DynamoRequestFacts.operation(request), "table",
							DynamoRequestFacts.table(request), "error",
							(code != null) ? code : failure.getClass().getSimpleName())
					.register(DynamoMetrics.this.registry)
					.increment();
			}

			@Override
			public void onExhausted(DynamoDbRequest request, int attempts, RuntimeException failure) {
				Counter.builder(RETRIES_EXHAUSTED)
					.description("DynamoDB calls that failed after their last allowed attempt")
					.tags("operation", DynamoRequestFacts.operation(request), "table",
							DynamoRequestFacts.table(request))
					.register(DynamoMetrics.this.registry)
					.increment();
			}

			@Override
			public void onCompleted(DynamoDbRequest request, int attempts, @Nullable RuntimeException failure) {
				DynamoOutcome outcome = (failure != null) ? DynamoOutcome.of(failure) : DynamoOutcome.SUCCESS;
				DistributionSummary.builder(CALL_ATTEMPTS)
					.description("Attempts per DynamoDB call, by the outcome the caller saw")
					.baseUnit("attempts")
					.tags("operation", DynamoRequestFacts.operation(request), "table",
							DynamoRequestFacts.table(request), "outcome", outcome.tag())
					.register(DynamoMetrics.this.registry)
					.record(attempts);
			}

		};
	}

	/**
	 * The hottest partition keys per table, as recorded by the instrumented clients.
	 * @return the tracker
	 */
	public DynamoHotKeys hotKeys() {
		return this.hotKeys;
	}

	/** Options of {@link DynamoMetrics}. */
	public static final class Builder {

		private final MeterRegistry registry;

		private Function<String, @Nullable DynamoKeyNames> keyNames = (table) -> DynamoKeyNames.SINGLE_TABLE;

		private int hotKeyCapacity = DynamoHotKeys.DEFAULT_CAPACITY;

		private boolean requestConsumedCapacity = true;

		private Builder(MeterRegistry registry) {
			this.registry = Objects.requireNonNull(registry, "registry");
		}

		/**
		 * The key attribute names of each table, for the hot-key tracker; by default
		 * every table uses ddbkit's {@code PK}/{@code SK}. A table answered with
		 * {@code null} has its keys tracked only from a {@code Key} of one attribute.
		 * @param keyNames key names by table name
		 * @return this builder
		 */
		public Builder keyNames(Function<String, @Nullable DynamoKeyNames> keyNames) {
			this.keyNames = Objects.requireNonNull(keyNames, "keyNames");
			return this;
		}

		/**
		 * The counters per table of the hot-key tracker,
		 * {@value DynamoHotKeys#DEFAULT_CAPACITY} by default: a key taking more than
		 * {@code 1/capacity} of a table's requests is always reported.
		 * @param capacity counters per table, at least 1
		 * @return this builder
		 */
		public Builder hotKeyCapacity(int capacity) {
			if (capacity < 1) {
				throw new IllegalArgumentException("hotKeyCapacity must be at least 1 but was " + capacity);
			}
			this.hotKeyCapacity = capacity;
			return this;
		}

		/**
		 * Whether to ask DynamoDB for {@code ReturnConsumedCapacity=INDEXES} on the
		 * requests that support it ({@code true} by default); when off, capacity is
		 * recorded only when the caller asked for it.
		 * @param request whether to ask
		 * @return this builder
		 */
		public Builder requestConsumedCapacity(boolean request) {
			this.requestConsumedCapacity = request;
			return this;
		}

		/**
		 * The metrics.
		 * @return a new {@link DynamoMetrics}
		 */
		public DynamoMetrics build() {
			return new DynamoMetrics(this);
		}

	}

}
