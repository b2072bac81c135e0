package dev.ddbkit.bench;

import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * One backend per trial (JMH forks a JVM per trial): started, given the benchmark table,
 * prepared by the subclass, and stopped at the end.
 */
@State(Scope.Benchmark)
public abstract class BackendState {

	/** The table every raw workload uses. */
	public static final String TABLE = "bench";

	/** The backend, by its name in {@link BenchBackends#NAMES}. */
	@Param({ BenchBackends.ENGINE, BenchBackends.ENGINE_HTTP, BenchBackends.DYNAMODB_LOCAL,
			BenchBackends.DYNAMODB_LOCAL_HTTP })
	public String backend = BenchBackends.ENGINE;

	private @Nullable BenchBackend launched;

	/** Starts the backend, creates the table and lets the subclass fill it. */
	@Setup(Level.Trial)
	public void start() {
		BenchBackend started = BenchBackend.start(this.backend);
		this.launched = started;
		DynamoDbClient startedClient = started.client();
		BenchTable.create(startedClient, TABLE);
		prepare(startedClient);
	}

	/** Fills the table for the workloads of the subclass. */
	protected abstract void prepare(DynamoDbClient client);

	/** Stops the backend and releases its memory and ports. */
	@TearDown(Level.Trial)
	public void stop() {
		BenchBackend started = this.launched;
		if (started != null) {
			this.launched = null;
			started.close();
		}
	}

	/** The SDK client of the started backend. */
	public DynamoDbClient client() {
		BenchBackend started = this.launched;
		if (started == null) {
			throw new IllegalStateException("Backend " + this.backend + " is not started");
		}
		return started.client();
	}

}
