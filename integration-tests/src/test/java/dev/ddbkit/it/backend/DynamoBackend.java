package dev.ddbkit.it.backend;

import java.time.Duration;
import java.time.InstantSource;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A DynamoDB the behaviour suites run on: our engine (in process or over HTTP), Amazon's
 * DynamoDB Local (embedded or over HTTP) or LocalStack. One instance per JVM; started on
 * first use and stopped when the run ends.
 */
public interface DynamoBackend {

	/**
	 * Short name used in display names and in the per-backend summary, e.g.
	 * {@code dynamodb-local}.
	 */
	String name();

	/**
	 * What this backend does; tests that pin a behaviour run only where the behaviour
	 * exists.
	 */
	Set<DynamoCapability> capabilities();

	/** Whether this backend has the given capability. */
	default boolean has(DynamoCapability capability) {
		return capabilities().contains(capability);
	}

	/**
	 * Why this backend cannot run on this machine (e.g. no Docker engine reachable), or
	 * {@code null} when it can. A backend with a reason is reported as skipped, never as
	 * passed.
	 */
	@Nullable String unavailableReason();

	/** Starts the backend if it is not running; idempotent and thread-safe. */
	void start();

	/** The SDK client talking to this backend; starts it first if needed. */
	DynamoDbClient client();

	/** Stops the backend and releases its client, ports and memory; idempotent. */
	void stop();

	/**
	 * Starts a private instance of this backend with DynamoDB's production behaviours:
	 * throughput enforced as the service enforces it ({@link DynamoCapability#THROTTLES})
	 * and GSI changes applied {@code gsiLag} after the write
	 * ({@link DynamoCapability#GSI_LAG}), on the given clock. The shared instance of the
	 * suites never throttles, because their set-ups write faster than one partition
	 * takes.
	 * @param clock the clock the instance reads
	 * @param gsiLag the GSI propagation delay on that clock
	 * @return the started instance, to be closed by the caller
	 * @throws UnsupportedOperationException when the backend lacks both capabilities
	 */
	default ProductionInstance startProductionInstance(InstantSource clock, Duration gsiLag) {
		throw new UnsupportedOperationException(name() + " has no production behaviours to switch on");
	}

}
