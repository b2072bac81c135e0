package dev.ddbkit.it.backend;

import java.lang.reflect.Field;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.util.Set;

import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.dynamodb.services.local.main.ServerRunner;
import software.amazon.dynamodb.services.local.server.DynamoDBProxyServer;

/**
 * Amazon's DynamoDB Local 3.x HTTP server in this JVM, bound to 127.0.0.1 on an ephemeral
 * port, reached through the real SDK HTTP stack.
 */
final class DynamoDbLocalHttpBackend extends AbstractDynamoBackend {

	private @Nullable DynamoDBProxyServer server;

	DynamoDbLocalHttpBackend(Set<DynamoCapability> capabilities) {
		super("dynamodb-local-http", capabilities);
	}

	@Override
	DynamoDbClient doStart() throws Exception {
		// DynamoDB Local rejects port 0, so a free loopback port is picked first.
		int port;
		try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			port = probe.getLocalPort();
		}
		DynamoDBProxyServer proxy = ServerRunner.createServerFromCommandLineArgs(
				new String[] { "-inMemory", "-port", Integer.toString(port), "-disableTelemetry" });
		loopbackConnector(proxy);
		proxy.start();
		this.server = proxy;
		return SdkClients.http(URI.create("http://127.0.0.1:" + port));
	}

	/**
	 * DynamoDB Local binds 0.0.0.0 and offers no option for the host, so its Jetty
	 * connector is narrowed to loopback before the server starts.
	 */
	private static void loopbackConnector(DynamoDBProxyServer proxy) throws ReflectiveOperationException {
		Field field = DynamoDBProxyServer.class.getDeclaredField("server");
		field.setAccessible(true);
		Server jetty = (Server) field.get(proxy);
		for (Connector connector : jetty.getConnectors()) {
			((ServerConnector) connector).setHost("127.0.0.1");
		}
	}

	@Override
	void doStop(DynamoDbClient client) throws Exception {
		client.close();
		DynamoDBProxyServer started = this.server;
		if (started != null) {
			this.server = null;
			started.stop();
		}
	}

}
