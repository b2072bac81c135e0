package dev.ddbkit.autoconfigure;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.ddbkit.mapping.resilience.DynamoRetrySettings;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;

/**
 * Configuration properties for ddbkit, bound from {@code ddb.*}.
 *
 * @see DynamoAutoConfiguration
 */
@ConfigurationProperties("ddb")
public class DynamoProperties {

	/**
	 * Where data lives: 'embedded' for the in-memory engine, 'aws' for an AWS SDK client;
	 * when unset, embedded only if an active profile is one of the embedded profiles.
	 */
	private @Nullable Mode mode;

	/**
	 * Active profiles that select the embedded engine when no mode is set.
	 */
	private List<String> embeddedProfiles = new ArrayList<>(List.of("local", "test", "offline"));

	/**
	 * Name of the table that entities without an explicit table are stored in.
	 */
	private String tableName = "ddbkit";

	/**
	 * Prefix put before every table name the entities use, the default table's and
	 * explicit ones alike, for example 'prod-' or 'test-'.
	 */
	private String tablePrefix = "";

	/**
	 * AWS region of the SDK client, for example 'eu-west-1'; the SDK's default region
	 * chain when unset.
	 */
	private @Nullable String region;

	/**
	 * Endpoint that replaces the SDK client's regional DynamoDB endpoint, for example
	 * 'http://localhost:4566' for LocalStack.
	 */
	private @Nullable URI endpoint;

	/**
	 * What to do at start-up with the tables and indexes the entities declare.
	 */
	private SchemaAction schemaAction = SchemaAction.CREATE_IF_MISSING;

	private final Credentials credentials = new Credentials();

	private final Retry retry = new Retry();

	private final Metrics metrics = new Metrics();

	@NestedConfigurationProperty
	private final DynamoEngineProperties engine = new DynamoEngineProperties();

	public @Nullable Mode getMode() {
		return this.mode;
	}

	public void setMode(@Nullable Mode mode) {
		this.mode = mode;
	}

	public List<String> getEmbeddedProfiles() {
		return this.embeddedProfiles;
	}

	public void setEmbeddedProfiles(List<String> embeddedProfiles) {
		this.embeddedProfiles = embeddedProfiles;
	}

	public String getTableName() {
		return this.tableName;
	}

	public void setTableName(String tableName) {
		this.tableName = tableName;
	}

	public String getTablePrefix() {
		return this.tablePrefix;
	}

	public void setTablePrefix(String tablePrefix) {
		this.tablePrefix = tablePrefix;
	}

	public @Nullable String getRegion() {
		return this.region;
	}

	public void setRegion(@Nullable String region) {
		this.region = region;
	}

	public @Nullable URI getEndpoint() {
		return this.endpoint;
	}

	public void setEndpoint(@Nullable URI endpoint) {
		this.endpoint = endpoint;
	}

	public SchemaAction getSchemaAction() {
		return this.schemaAction;
	}

	public void setSchemaAction(SchemaAction schemaAction) {
		this.schemaAction = schemaAction;
	}

	public Credentials getCredentials() {
		return this.credentials;
	}

	public Retry getRetry() {
		return this.retry;
	}

	public Metrics getMetrics() {
		return this.metrics;
	}

	public DynamoEngineProperties getEngine() {
		return this.engine;
	}

	/**
	 * Static credentials of the SDK client; the SDK's default credentials chain is used
	 * when they are not set.
	 */
	public static class Credentials {

		/**
		 * AWS access key id of static credentials for the SDK client.
		 */
		private @Nullable String accessKey;

		/**
		 * AWS secret access key of static credentials for the SDK client.
		 */
		private @Nullable String secretKey;

		public @Nullable String getAccessKey() {
			return this.accessKey;
		}

		public void setAccessKey(@Nullable String accessKey) {
			this.accessKey = accessKey;
		}

		public @Nullable String getSecretKey() {
			return this.secretKey;
		}

		public void setSecretKey(@Nullable String secretKey) {
			this.secretKey = secretKey;
		}

	}

	/**
	 * The one retry layer around the client; the SDK's own retries are turned off on
	 * clients that ddbkit builds.
	 */
	public static class Retry {

		/**
		 * Whether to retry throttled and failed-transiently calls with exponential
		 * backoff and full jitter.
		 */
		private boolean enabled = true;

		/**
		 * Attempts per call in all, the first one included.
		 */
		private int maxAttempts = 8;

		/**
		 * Upper bound of the wait before the first retry, doubled for each further retry.
		 */
		private Duration baseDelay = Duration.ofMillis(50);

		/**
		 * Largest wait before a retry.
		 */
		private Duration maxDelay = Duration.ofSeconds(5);

		/**
		 * How a wait is drawn below its upper bound: 'full' for uniformly at random,
		 * 'none' for exactly the bound.
		 */
		private DynamoRetrySettings.Jitter jitter = DynamoRetrySettings.Jitter.FULL;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public int getMaxAttempts() {
			return this.maxAttempts;
		}

		public void setMaxAttempts(int maxAttempts) {
			this.maxAttempts = maxAttempts;
		}

		public Duration getBaseDelay() {
			return this.baseDelay;
		}

		public void setBaseDelay(Duration baseDelay) {
			this.baseDelay = baseDelay;
		}

		public Duration getMaxDelay() {
			return this.maxDelay;
		}

		public void setMaxDelay(Duration maxDelay) {
			this.maxDelay = maxDelay;
		}

		public DynamoRetrySettings.Jitter getJitter() {
			return this.jitter;
		}

		public void setJitter(DynamoRetrySettings.Jitter jitter) {
			this.jitter = jitter;
		}

		/**
		 * The settings these properties give.
		 * @return the retry settings
		 */
		public DynamoRetrySettings toSettings() {
			return new DynamoRetrySettings(this.maxAttempts, this.baseDelay, this.maxDelay, this.jitter);
		}

	}

	/**
	 * Micrometer meters of DynamoDB calls, recorded when a MeterRegistry bean exists.
	 */
	public static class Metrics {

		/**
		 * Whether to record request, capacity, throttle, retry and hot-key meters.
		 */
		private boolean enabled = true;

		/**
		 * Whether to ask DynamoDB for the capacity each request consumed, per table and
		 * index.
		 */
		private boolean consumedCapacity = true;

		/**
		 * Counters per table of the hot partition key tracker; a key taking more than one
		 * in this many of a table's requests is always reported.
		 */
		private int hotKeyCapacity = 100;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public boolean isConsumedCapacity() {
			return this.consumedCapacity;
		}

		public void setConsumedCapacity(boolean consumedCapacity) {
			this.consumedCapacity = consumedCapacity;
		}

		public int getHotKeyCapacity() {
			return this.hotKeyCapacity;
		}

		public void setHotKeyCapacity(int hotKeyCapacity) {
			this.hotKeyCapacity = hotKeyCapacity;
		}

	}

	/**
	 * Which {@code DynamoDbClient} the application gets.
	 */
	public enum Mode {

		/** The in-process ddbkit engine; data lives in memory only. */
		EMBEDDED,

		/** An AWS SDK client for DynamoDB, LocalStack or any compatible endpoint. */
		AWS

	}

	/**
	 * Start-up handling of the tables and indexes that entities declare.
	 */
	public enum SchemaAction {

		/** Leave tables alone. */
		NONE,

		/** Create every table; start-up fails when one of them already exists. */
		CREATE,

		/** Create missing tables and add missing global secondary indexes. */
		CREATE_IF_MISSING,

		/**
		 * Create nothing; start-up fails listing every difference between the entities'
		 * tables and indexes and what DescribeTable reports.
		 */
		VALIDATE

	}

}
