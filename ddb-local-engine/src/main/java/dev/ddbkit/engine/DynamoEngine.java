package dev.ddbkit.engine;

import java.time.InstantSource;

import dev.ddbkit.engine.client.LocalDynamoDbClient;
import dev.ddbkit.engine.client.LocalDynamoDbStreamsClient;
import dev.ddbkit.engine.operation.EngineContext;
import dev.ddbkit.engine.operation.Operations;
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

	private final Operations operations;

	private final LocalDynamoDbClient client;

	private final LocalDynamoDbStreamsClient streamsClient;

	private DynamoEngine(Builder builder) {
		this.operations = new Operations(EngineContext.create(builder.clock, builder.settings));
		this.client = new LocalDynamoDbClient(this.operations);
		this.streamsClient = new LocalDynamoDbStreamsClient(this.operations);
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

	/** The settings the engine runs with. */
	public EngineSettings settings() {
		return this.operations.context().settings();
	}

	@Override
	public void close() {
		this.client.close();
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
