package dev.ddbkit.engine.server;

import java.net.InetSocketAddress;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import dev.ddbkit.engine.DynamoEngine;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The standalone server: {@code java -cp ... dev.ddbkit.engine.server.DynamoServerCommand
 * --port 8000}. Serves an empty in-memory engine until the process ends.
 */
@Command(name = "ddbkit-engine", mixinStandardHelpOptions = true,
		description = "Serves DynamoDB's HTTP API from an in-memory ddbkit engine.")
public final class DynamoServerCommand implements Callable<Integer> {

	@Option(names = "--port", defaultValue = "8000", description = "TCP port (0 for an ephemeral one).")
	int port;

	@Option(names = "--host", defaultValue = "127.0.0.1",
			description = "Address to bind; loopback unless you mean to expose it.")
	String host;

	public static void main(String[] args) {
		System.exit(new CommandLine(new DynamoServerCommand()).execute(args));
	}

	@Override
	public Integer call() throws Exception {
		DynamoEngine engine = DynamoEngine.create();
		DynamoHttpServer server = DynamoHttpServer.start(engine, new InetSocketAddress(this.host, this.port));
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			server.close();
			engine.close();
			stopped.countDown();
		}));
		System.out.println("ddbkit engine listening on " + server.endpoint());
		stopped.await();
		return 0;
	}

}
