package dev.ddbkit.engine.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.ddbkit.engine.DynamoEngine;
import dev.ddbkit.engine.error.ErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * DynamoDB's HTTP API ({@code application/x-amz-json-1.0}, action in
 * {@code X-Amz-Target: DynamoDB_20120810.<Action>}) on a loopback port, answered by a
 * {@link DynamoEngine}'s in-process client, so any SDK, the AWS CLI or boto3 can use the
 * engine. Requests are not authenticated (signatures are ignored). Errors use DynamoDB's
 * JSON envelope and status codes.
 *
 * <pre>{@code
 * try (DynamoHttpServer server = DynamoHttpServer.start(engine, 0)) {
 *     URI endpoint = server.endpoint(); // http://127.0.0.1:<port>
 * }
 * }</pre>
 */
public final class DynamoHttpServer implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(DynamoHttpServer.class);

	private static final String CONTENT_TYPE = "application/x-amz-json-1.0";

	/**
	 * The JDK server leaves Nagle's algorithm on unless this property is set before its
	 * configuration class loads; every small JSON response then waits for the client's
	 * delayed ACK (about 40 ms per request with the SDK's clients). A value the user set
	 * is kept.
	 */
	private static final String NO_DELAY_PROPERTY = "sun.net.httpserver.nodelay";

	static {
		if (System.getProperty(NO_DELAY_PROPERTY) == null) {
			System.setProperty(NO_DELAY_PROPERTY, "true");
		}
	}

	private final JsonFactory json = new JsonFactory();

	private final HttpServer server;

	private final ExecutorService executor;

	private final DynamoTargets targets;

	private DynamoHttpServer(DynamoEngine engine, InetSocketAddress address) throws IOException {
		this.targets = new DynamoTargets(engine.client(), engine.streamsClient());
		this.server = HttpServer.create(address, 0);
		this.executor = Executors.newCachedThreadPool((runnable) -> {
			Thread thread = new Thread(runnable, "ddbkit-http");
			thread.setDaemon(true);
			return thread;
		});
		this.server.setExecutor(this.executor);
		this.server.createContext("/", this::handle);
		this.server.start();
	}

	/**
	 * Starts a server on 127.0.0.1.
	 * @param engine the engine to serve
	 * @param port the port, or 0 for an ephemeral one
	 * @return the running server
	 * @throws IOException if the port cannot be bound
	 */
	public static DynamoHttpServer start(DynamoEngine engine, int port) throws IOException {
		return start(engine, new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
	}

	/** Starts a server on an explicit address. */
	public static DynamoHttpServer start(DynamoEngine engine, InetSocketAddress address) throws IOException {
		DynamoHttpServer server = new DynamoHttpServer(engine, address);
		logger.info("ddbkit engine serving DynamoDB's API on {} (data in memory)", server.endpoint());
		return server;
	}

	/** The bound port. */
	public int port() {
		return this.server.getAddress().getPort();
	}

	/** The endpoint URL for SDK clients. */
	public URI endpoint() {
		return URI.create("http://" + this.server.getAddress().getHostString() + ":" + port());
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.executor.shutdownNow();
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			if (!"POST".equals(exchange.getRequestMethod())) {
				respond(exchange, 200, "text/plain",
						"healthy: dynamodb.ddbkit.local ".getBytes(StandardCharsets.UTF_8));
				return;
			}
			byte[] body = exchange.getRequestBody().readAllBytes();
			DynamoTargets.Target target = this.targets.get(exchange.getRequestHeaders().getFirst("X-Amz-Target"));
			if (target == null) {
				error(exchange, ErrorEnvelopes.of(ErrorCode.UNKNOWN_OPERATION, ""), 400);
				return;
			}
			answer(exchange, target, body);
		}
	}

	private void answer(HttpExchange exchange, DynamoTargets.Target target, byte[] body) throws IOException {
		Map<String, Object> request;
		try {
			request = parse(body);
		}
		catch (JacksonException | IllegalArgumentException | ClassCastException ex) {
			error(exchange,
					ErrorEnvelopes.of(ErrorCode.SERIALIZATION, "Start of structure or map found where not expected."),
					400);
			return;
		}
		try {
			SdkPojo response = target.invoke(request);
			respond(exchange, 200, CONTENT_TYPE, serialize(SdkJsonCodec.write(response)));
		}
		catch (SdkJsonCodec.WireFormatException | ArithmeticException ex) {
			error(exchange, ErrorEnvelopes.of(ErrorCode.SERIALIZATION, String.valueOf(ex.getMessage())), 400);
		}
		catch (DynamoDbException ex) {
			error(exchange, ErrorEnvelopes.of(ex), ErrorEnvelopes.status(ex.awsErrorDetails().errorCode()));
		}
		catch (RuntimeException ex) {
			logger.warn("Request failed inside the engine", ex);
			error(exchange, ErrorEnvelopes.of(ErrorCode.INTERNAL_SERVER_ERROR, "Internal server error"), 500);
		}
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> parse(byte[] body) {
		if (body.length == 0) {
			return Map.of();
		}
		try (JsonParser parser = this.json.createParser(ObjectReadContext.empty(), body)) {
			parser.nextToken();
			return (Map<String, Object>) JsonTree.read(parser);
		}
	}

	private byte[] serialize(Object value) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (JsonGenerator generator = this.json.createGenerator(ObjectWriteContext.empty(), out)) {
			JsonTree.write(generator, value);
		}
		return out.toByteArray();
	}

	private void error(HttpExchange exchange, Map<String, Object> envelope, int status) throws IOException {
		respond(exchange, status, CONTENT_TYPE, serialize(envelope));
	}

	/**
	 * A random version-4 UUID for the response's request id, from a thread-local random
	 * source: request ids need to be unique, not unpredictable, and
	 * {@link UUID#randomUUID()}'s shared SecureRandom costs a lock and a system call per
	 * request.
	 */
	private static String requestId() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		long high = (random.nextLong() & ~0xF000L) | 0x4000L;
		long low = (random.nextLong() & ~(0xCL << 60)) | (0x8L << 60);
		return new UUID(high, low).toString();
	}

	private static void respond(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
		exchange.getResponseHeaders().set("Content-Type", contentType);
		exchange.getResponseHeaders().set("x-amzn-RequestId", requestId());
		exchange.sendResponseHeaders(status, body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

}
