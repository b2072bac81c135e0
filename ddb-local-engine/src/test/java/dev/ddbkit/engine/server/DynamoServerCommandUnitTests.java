package dev.ddbkit.engine.server;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.retry.RetryPolicy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.ThrottlingException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

// The runnable server jar's command: binds 127.0.0.1 unless --host says otherwise, prints its endpoint, serves the
// SDK until stopped, applies --region and --capacity-enforcement to the engine, and answers bad options with
// picocli's usage error (exit code 2).
class DynamoServerCommandUnitTests {

	private static final long TIMEOUT_SECONDS = 30;

	@Test
	void servesTheSdkOnLoopbackOnlyByDefaultUntilStopped() throws Exception {
		DynamoServerCommand command = new DynamoServerCommand();
		Lines out = new Lines();
		CompletableFuture<Integer> exit = executeInBackground(command, out, "--port", "0");
		URI endpoint = URI.create(endpointOf(out));
		assertThat(endpoint.getHost()).isEqualTo("127.0.0.1");
		assertThat(endpoint.getPort()).isPositive();
		try (DynamoDbClient client = client(endpoint)) {
			createTable(client, "Orders");
			assertThat(client.listTables().tableNames()).containsExactly("Orders");
			assertThat(client.describeTable((request) -> request.tableName("Orders")).table().tableArn())
				.isEqualTo("arn:aws:dynamodb:us-east-1:000000000000:table/Orders");
		}
		command.stop();
		assertThat(exit.get(TIMEOUT_SECONDS, TimeUnit.SECONDS)).isZero();
		assertThatExceptionOfType(ConnectException.class).isThrownBy(() -> connect(endpoint));
	}

	@Test
	void enforcesCapacityByDefault() throws Exception {
		DynamoServerCommand command = new DynamoServerCommand();
		Lines out = new Lines();
		CompletableFuture<Integer> exit = executeInBackground(command, out, "--port", "0");
		try (DynamoDbClient client = client(URI.create(endpointOf(out)))) {
			createTableWithOneWriteUnitAtMost(client, "Orders");
			assertThatExceptionOfType(ThrottlingException.class)
				.isThrownBy(() -> writeTenFiveKilobyteItems(client, "Orders"));
		}
		finally {
			command.stop();
		}
		assertThat(exit.get(TIMEOUT_SECONDS, TimeUnit.SECONDS)).isZero();
	}

	@Test
	void honoursThePortRegionAndCapacityEnforcementOptions() throws Exception {
		int port = freePort();
		DynamoServerCommand command = new DynamoServerCommand();
		Lines out = new Lines();
		CompletableFuture<Integer> exit = executeInBackground(command, out, "--port", String.valueOf(port), "--region",
				"eu-west-1", "--capacity-enforcement", "OFF");
		URI endpoint = URI.create(endpointOf(out));
		assertThat(endpoint.getPort()).isEqualTo(port);
		try (DynamoDbClient client = client(endpoint)) {
			createTableWithOneWriteUnitAtMost(client, "Orders");
			assertThat(client.describeTable((request) -> request.tableName("Orders")).table().tableArn())
				.isEqualTo("arn:aws:dynamodb:eu-west-1:000000000000:table/Orders");
			assertThatNoException().isThrownBy(() -> writeTenFiveKilobyteItems(client, "Orders"));
		}
		finally {
			command.stop();
		}
		assertThat(exit.get(TIMEOUT_SECONDS, TimeUnit.SECONDS)).isZero();
	}

	@Test
	void rejectsBadOptionsWithAUsageError() {
		assertUsageError("Invalid value for option '--port': 'eighty' is not an int", "--port", "eighty");
		assertUsageError("Invalid value for option '--port': 70000 is not between 0 and 65535", "--port", "70000");
		assertUsageError("Invalid value for option '--capacity-enforcement'", "--capacity-enforcement", "sometimes");
		assertUsageError("Unknown option: '--frobnicate'", "--frobnicate");
	}

	private static void assertUsageError(String message, String... args) {
		StringWriter err = new StringWriter();
		CommandLine commandLine = DynamoServerCommand.commandLine(new DynamoServerCommand());
		commandLine.setErr(new PrintWriter(err, true));
		assertThat(commandLine.execute(args)).isEqualTo(CommandLine.ExitCode.USAGE);
		assertThat(err.toString()).contains(message).contains("Usage: ddbkit-engine");
	}

	private static CompletableFuture<Integer> executeInBackground(DynamoServerCommand command, Lines out,
			String... args) {
		CommandLine commandLine = DynamoServerCommand.commandLine(command);
		commandLine.setOut(new PrintWriter(out, true));
		return CompletableFuture.supplyAsync(() -> commandLine.execute(args));
	}

	private static String endpointOf(Lines out) throws InterruptedException {
		String line = out.lines.poll(TIMEOUT_SECONDS, TimeUnit.SECONDS);
		assertThat(line).startsWith("ddbkit engine listening on ");
		return line.substring("ddbkit engine listening on ".length());
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static void connect(URI endpoint) throws IOException {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(endpoint.getHost(), endpoint.getPort()), 5_000);
		}
	}

	private static DynamoDbClient client(URI endpoint) {
		return DynamoDbClient.builder()
			.endpointOverride(endpoint)
			.region(Region.EU_WEST_1)
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("key", "secret")))
			.httpClient(UrlConnectionHttpClient.create())
			.overrideConfiguration((config) -> config.retryPolicy(RetryPolicy.none()))
			.build();
	}

	private static void createTable(DynamoDbClient client, String table) {
		client.createTable((request) -> request.tableName(table)
			.billingMode("PAY_PER_REQUEST")
			.attributeDefinitions((definition) -> definition.attributeName("pk").attributeType(ScalarAttributeType.S))
			.keySchema((key) -> key.attributeName("pk").keyType(KeyType.HASH)));
	}

	private static void createTableWithOneWriteUnitAtMost(DynamoDbClient client, String table) {
		client.createTable((request) -> request.tableName(table)
			.billingMode("PAY_PER_REQUEST")
			.onDemandThroughput((maximum) -> maximum.maxWriteRequestUnits(1L))
			.attributeDefinitions((definition) -> definition.attributeName("pk").attributeType(ScalarAttributeType.S))
			.keySchema((key) -> key.attributeName("pk").keyType(KeyType.HASH)));
	}

	// 5 WCU per put against a maximum of 1 WCU per second: throttled at once where
	// enforced
	private static void writeTenFiveKilobyteItems(DynamoDbClient client, String table) {
		AttributeValue payload = AttributeValue.fromS("x".repeat(5 * 1024 - 100));
		for (int i = 0; i < 10; i++) {
			String pk = "o" + i;
			client.putItem((request) -> request.tableName(table)
				.item(Map.of("pk", AttributeValue.fromS(pk), "payload", payload)));
		}
	}

	/** Standard output of the command, line by line. */
	private static final class Lines extends Writer {

		private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

		private final StringBuilder line = new StringBuilder();

		@Override
		public synchronized void write(char[] buffer, int offset, int length) {
			for (int i = offset; i < offset + length; i++) {
				if (buffer[i] == '\n') {
					this.lines.add(this.line.toString().strip());
					this.line.setLength(0);
				}
				else {
					this.line.append(buffer[i]);
				}
			}
		}

		@Override
		public void flush() {
		}

		@Override
		public void close() {
		}

	}

}
