package dev.ddbkit.engine.server;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import dev.ddbkit.engine.DynamoEngine;
import dev.ddbkit.engine.EngineSettings;
import dev.ddbkit.engine.EngineSettings.CapacityEnforcement;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * The standalone server: {@code java -jar ddb-local-engine-<version>-server.jar --port
 * 8000}. Serves an empty in-memory engine until the process ends (or {@link #stop()}),
 * then exits with 0; bad options exit with 2 and the usage on standard error. Prints
 * {@code ddbkit engine listening on http://127.0.0.1:<port>} once the port is bound.
 * <p>
 * Programmatic use: {@code DynamoServerCommand.commandLine(command).execute(args)} blocks
 * until another thread calls {@link #stop()} on the same command.
 */
@Command(name = "ddbkit-engine", mixinStandardHelpOptions = true,
		description = "Serves DynamoDB's HTTP API from an in-memory ddbkit engine.")
public final class DynamoServerCommand implements Callable<Integer> {

	private static final int MAX_PORT = 65_535;

	@Option(names = "--port", defaultValue = "8000", description = "TCP port (0 for an ephemeral one).")
	int port;

	@Option(names = "--host", defaultValue = "127.0.0.1",
			description = "Address to bind; loopback unless you mean to expose it.")
	String host = "127.0.0.1";

	@Option(names = "--region", defaultValue = "us-east-1", description = "AWS Region in ARNs.")
	String region = "us-east-1";

	@Option(names = "--capacity-enforcement", defaultValue = "enforce", paramLabel = "<mode>",
			description = "Throughput limits: ${COMPLETION-CANDIDATES} (enforce throttles as DynamoDB does, "
					+ "observe only counts, off models none).")
	CapacityEnforcement capacityEnforcement = CapacityEnforcement.ENFORCE;

	@Spec
	CommandSpec spec;

	private final CountDownLatch stopped = new CountDownLatch(1);

	public static void main(String[] args) {
		System.exit(commandLine(new DynamoServerCommand()).execute(args));
	}

	/**
	 * The command line {@link #main} executes: options as declared, enum values in any
	 * case ({@code --capacity-enforcement OFF} or {@code off}).
	 * @param command the command to run
	 * @return the command line, to {@code execute} with the arguments
	 */
	public static CommandLine commandLine(DynamoServerCommand command) {
		return new CommandLine(command).setCaseInsensitiveEnumValuesAllowed(true);
	}

	/**
	 * Serves until {@link #stop()} or the end of the process.
	 * @return 0 once stopped
	 * @throws ParameterException (exit code 2 from {@code execute}) if the port is not
	 * between 0 and 65535
	 * @throws IOException if the address cannot be bound
	 * @throws InterruptedException if the serving thread is interrupted
	 */
	@Override
	public Integer call() throws IOException, InterruptedException {
		if (this.port < 0 || this.port > MAX_PORT) {
			throw new ParameterException(this.spec.commandLine(),
					"Invalid value for option '--port': " + this.port + " is not between 0 and " + MAX_PORT);
		}
		EngineSettings settings = EngineSettings.defaults()
			.withRegion(this.region)
			.withCapacityEnforcement(this.capacityEnforcement);
		try (DynamoEngine engine = DynamoEngine.builder().settings(settings).build();
				DynamoHttpServer server = DynamoHttpServer.start(engine, new InetSocketAddress(this.host, this.port))) {
			Thread hook = new Thread(this::stop, "ddbkit-engine-shutdown");
			Runtime.getRuntime().addShutdownHook(hook);
			PrintWriter out = this.spec.commandLine().getOut();
			out.println("ddbkit engine listening on " + server.endpoint());
			out.flush();
			this.stopped.await();
			removeShutdownHook(hook);
		}
		return 0;
	}

	/** Ends the serving {@link #call()}: the port is closed and the engine dropped. */
	public void stop() {
		this.stopped.countDown();
	}

	private static void removeShutdownHook(Thread hook) {
		try {
			Runtime.getRuntime().removeShutdownHook(hook);
		}
		catch (IllegalStateException ex) {
			// the JVM is already shutting down: the hook is what stopped the server
		}
	}

}
