package dev.ddbkit.it.backend;

import java.util.EnumSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Lazy, idempotent start and stop around a backend's own start-up code.
 */
abstract class AbstractDynamoBackend implements DynamoBackend {

	private final String name;

	private final Set<DynamoCapability> capabilities;

	private @Nullable DynamoDbClient client;

	AbstractDynamoBackend(String name, Set<DynamoCapability> capabilities) {
		this.name = name;
		this.capabilities = capabilities.isEmpty() ? EnumSet.noneOf(DynamoCapability.class)
				: EnumSet.copyOf(capabilities);
	}

	@Override
	public String name() {
		return this.name;
	}

	@Override
	public Set<DynamoCapability> capabilities() {
		return Set.copyOf(this.capabilities);
	}

	@Override
	public @Nullable String unavailableReason() {
		return null;
	}

	@Override
	public final synchronized void start() {
		if (this.client == null) {
			String reason = unavailableReason();
			if (reason != null) {
				throw new IllegalStateException(this.name + " is not available: " + reason);
			}
			try {
				this.client = doStart();
			}
			catch (Exception ex) {
				throw new IllegalStateException(this.name + " failed to start", ex);
			}
		}
	}

	@Override
	public final synchronized DynamoDbClient client() {
		start();
		DynamoDbClient started = this.client;
		if (started == null) {
			throw new IllegalStateException(this.name + " has no client");
		}
		return started;
	}

	@Override
	public final synchronized void stop() {
		DynamoDbClient started = this.client;
		if (started != null) {
			this.client = null;
			try {
				doStop(started);
			}
			catch (Exception ex) {
				throw new IllegalStateException(this.name + " failed to stop", ex);
			}
		}
	}

	/** Starts the backend and returns a client for it. */
	abstract DynamoDbClient doStart() throws Exception;

	/** Closes the client and stops the backend. */
	abstract void doStop(DynamoDbClient client) throws Exception;

	@Override
	public String toString() {
		return this.name;
	}

}
