package dev.ddbkit.bench;

import java.util.List;

import dev.ddbkit.it.backend.DynamoBackend;
import dev.ddbkit.it.backend.DynamoBackends;

/**
 * The four backends measured, by the names the integration tests give them, launched by
 * the integration tests' own code ({@link DynamoBackends}).
 */
public final class BenchBackends {

	/** Our engine in process ({@code DynamoEngine.create().client()}). */
	public static final String ENGINE = "engine";

	/** Our engine's HTTP server on loopback, through the SDK's url-connection client. */
	public static final String ENGINE_HTTP = "engine-http";

	/**
	 * DynamoDB Local 3.x embedded ({@code DynamoDBEmbedded.create(true)}, telemetry off).
	 */
	public static final String DYNAMODB_LOCAL = "dynamodb-local";

	/**
	 * DynamoDB Local 3.x HTTP server on loopback ({@code -inMemory -disableTelemetry}).
	 */
	public static final String DYNAMODB_LOCAL_HTTP = "dynamodb-local-http";

	/** All four, in report order. */
	public static final List<String> NAMES = List.of(ENGINE, ENGINE_HTTP, DYNAMODB_LOCAL, DYNAMODB_LOCAL_HTTP);

	private BenchBackends() {
	}

	/**
	 * The backend of the given name, not started.
	 * @throws IllegalArgumentException for a name not in {@link #NAMES}
	 */
	public static DynamoBackend named(String name) {
		if (!NAMES.contains(name)) {
			throw new IllegalArgumentException("Unknown backend '" + name + "'; expected one of " + NAMES);
		}
		return DynamoBackends.all()
			.stream()
			.filter((backend) -> backend.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No backend named '" + name + "'"));
	}

	/** Whether the backend is reached over HTTP. */
	public static boolean isHttp(String name) {
		return ENGINE_HTTP.equals(name) || DYNAMODB_LOCAL_HTTP.equals(name);
	}

	/**
	 * The backend a ratio is taken against: DynamoDB Local in the same shape (in process
	 * or over HTTP).
	 */
	public static String reference(String name) {
		return isHttp(name) ? DYNAMODB_LOCAL_HTTP : DYNAMODB_LOCAL;
	}

}
