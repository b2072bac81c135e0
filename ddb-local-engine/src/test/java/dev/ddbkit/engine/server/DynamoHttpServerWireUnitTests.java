package dev.ddbkit.engine.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import dev.ddbkit.engine.DynamoEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

// HTTP/1.1 as the SDKs' clients use it: persistent connections, Content-Length bodies,
// the action in X-Amz-Target; errors in DynamoDB's {"__type", "message"} envelope.
class DynamoHttpServerWireUnitTests {

	private final DynamoEngine engine = DynamoEngine.create();

	private DynamoHttpServer server;

	@BeforeEach
	void start() throws IOException {
		this.server = DynamoHttpServer.start(this.engine, 0);
	}

	@AfterEach
	void stop() {
		this.server.close();
		this.engine.close();
	}

	@Test
	void oneConnectionCarriesRequestAfterRequest() throws IOException {
		try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), this.server.port())) {
			for (int i = 0; i < 3; i++) {
				socket.getOutputStream().write(post("DynamoDB_20120810.ListTables", "{}"));
				assertThat(readResponse(socket.getInputStream())).endsWith("\r\n\r\n{\"TableNames\":[]}")
					.startsWith("HTTP/1.1 200 OK")
					.contains("content-length: 17");
			}
		}
	}

	@Test
	void aHealthCheckIsAnsweredInText() throws IOException {
		try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), this.server.port())) {
			socket.getOutputStream().write("GET / HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
			assertThat(readResponse(socket.getInputStream())).startsWith("HTTP/1.1 200 OK")
				.contains("content-type: text/plain")
				.endsWith("healthy: dynamodb.ddbkit.local ");
		}
	}

	@Test
	void bodiesThatAreNotAnObjectOfFittingMembersAreSerializationErrors() throws IOException {
		String malformed = "{\"__type\":\"com.amazon.coral.service#SerializationException\","
				+ "\"message\":\"Start of structure or map found where not expected.\"}";
		assertThat(answer("DynamoDB_20120810.ListTables", "[]")).endsWith(malformed).startsWith("HTTP/1.1 400");
		assertThat(answer("DynamoDB_20120810.ListTables", " ")).endsWith(malformed);
		assertThat(answer("DynamoDB_20120810.ListTables", "{\"Limit\":\"x\",")).endsWith(malformed);
		assertThat(answer("DynamoDB_20120810.ListTables", "{\"Limit\":\"x\"}"))
			.endsWith("{\"__type\":\"com.amazon.coral.service#SerializationException\","
					+ "\"message\":\"Unexpected value for Limit\"}");
		assertThat(answer("DynamoDB_20120810.ListTables", "")).endsWith("{\"TableNames\":[]}");
	}

	@Test
	void anEngineErrorKeepsItsStatusAndEnvelope() throws IOException {
		assertThat(answer("DynamoDB_20120810.DescribeTable", "{\"TableName\":\"Missing\"}")).startsWith("HTTP/1.1 400")
			.contains("\"__type\":\"com.amazonaws.dynamodb.v20120810#ResourceNotFoundException\"");
	}

	@Test
	void closingReleasesThePort() throws IOException {
		int port = this.server.port();
		this.server.close();
		try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
			assertThat(socket.getLocalPort()).isEqualTo(port);
		}
	}

	private String answer(String target, String body) throws IOException {
		try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), this.server.port())) {
			socket.getOutputStream().write(post(target, body));
			return readResponse(socket.getInputStream());
		}
	}

	private static byte[] post(String target, String body) {
		byte[] content = body.getBytes(StandardCharsets.UTF_8);
		String head = "POST / HTTP/1.1\r\nHost: localhost\r\nX-Amz-Target: " + target
				+ "\r\nContent-Type: application/x-amz-json-1.0\r\nContent-Length: " + content.length + "\r\n\r\n";
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
		out.writeBytes(content);
		return out.toByteArray();
	}

	/** One response: the head up to the blank line, then Content-Length bytes of body. */
	private static String readResponse(InputStream in) throws IOException {
		ByteArrayOutputStream head = new ByteArrayOutputStream();
		while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
			int next = in.read();
			assertThat(next).as("response head").isNotNegative();
			head.write(next);
		}
		String text = head.toString(StandardCharsets.US_ASCII);
		int length = 0;
		for (String line : text.split("\r\n")) {
			if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
				length = Integer.parseInt(line.substring("content-length:".length()).trim());
			}
		}
		return text + new String(in.readNBytes(length), StandardCharsets.UTF_8);
	}

}
