package dev.ddbkit.bench;

import java.net.URI;
import java.util.Locale;

import dev.ddbkit.it.backend.DynamoBackend;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.DefaultRetryStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A started backend and the SDK client the benchmarks call it with.
 * <p>
 * HTTP backends get a client built here on the backend's endpoint, with the SDK HTTP
 * client named by the system property {@value #HTTP_CLIENT_PROPERTY}: {@code apache5}
 * (default) or {@code url-connection}. The JDK's {@code HttpURLConnection}, under the
 * url-connection client, writes a request's headers and body in two TCP segments without
 * {@code TCP_NODELAY}, so the body waits for the server's delayed ACK of the headers:
 * about 1.5 ms per call on loopback whatever the server does, which would hide the
 * servers' own cost. The Apache client sets {@code TCP_NODELAY}, as the SDK's default
 * HTTP client does. In-process backends use the backend's own client.
 */
public final class BenchBackend implements AutoCloseable {

	/** The system property choosing the SDK HTTP client of HTTP backends. */
	public static final String HTTP_CLIENT_PROPERTY = "ddbkit.bench.http-client";

	/** The Apache 5 SDK HTTP client ({@code TCP_NODELAY}). */
	public static final String APACHE5 = "apache5";

	/** The SDK's url-connection HTTP client (the integration tests' choice). */
	public static final String URL_CONNECTION = "url-connection";

	private final String name;

	private final DynamoBackend backend;

	private final DynamoDbClient client;

	private final boolean ownClient;

	private BenchBackend(String name, DynamoBackend backend, DynamoDbClient client, boolean ownClient) {
		this.name = name;
		this.backend = backend;
		this.client = client;
		this.ownClient = ownClient;
	}

	/**
	 * Starts the backend of the given name ({@link BenchBackends#NAMES}).
	 * @throws IllegalArgumentException for an unknown backend or HTTP client name
	 */
	public static BenchBackend start(String name) {
		DynamoBackend backend = BenchBackends.named(name);
		DynamoDbClient backendClient = backend.client();
		if (!BenchBackends.isHttp(name) || URL_CONNECTION.equals(httpClient())) {
			return new BenchBackend(name, backend, backendClient, false);
		}
		URI endpoint = backendClient.serviceClientConfiguration()
			.endpointOverride()
			.orElseThrow(() -> new IllegalStateException("HTTP backend " + name + " has no endpoint"));
		return new BenchBackend(name, backend, httpClient(endpoint), true);
	}

	/** The HTTP client chosen by {@value #HTTP_CLIENT_PROPERTY}. */
	public static String httpClient() {
		String chosen = System.getProperty(HTTP_CLIENT_PROPERTY, APACHE5).toLowerCase(Locale.ROOT);
		if (!APACHE5.equals(chosen) && !URL_CONNECTION.equals(chosen)) {
			throw new IllegalArgumentException("Unknown " + HTTP_CLIENT_PROPERTY + " '" + chosen + "'; expected "
					+ APACHE5 + " or " + URL_CONNECTION);
		}
		return chosen;
	}

	private static DynamoDbClient httpClient(URI endpoint) {
		SdkHttpClient http = Apache5HttpClient.create();
		return DynamoDbClient.builder()
			.endpointOverride(endpoint)
			.region(Region.US_EAST_1)
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("dummy", "dummy")))
			.httpClient(http)
			.overrideConfiguration((override) -> override.retryStrategy(DefaultRetryStrategy.doNotRetry()))
			.build();
	}

	/** The backend's name. */
	public String name() {
		return this.name;
	}

	/** The SDK client to call the backend with. */
	public DynamoDbClient client() {
		return this.client;
	}

	/** Closes the client built here, if any, and stops the backend. */
	@Override
	public void close() {
		if (this.ownClient) {
			this.client.close();
		}
		this.backend.stop();
	}

}
