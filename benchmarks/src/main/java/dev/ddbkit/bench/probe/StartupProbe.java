package dev.ddbkit.bench.probe;

import java.lang.management.ManagementFactory;

import dev.ddbkit.bench.BenchBackend;
import dev.ddbkit.bench.BenchTable;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Time from JVM launch to the first successful PutItem on one backend; meant to run in a
 * fresh JVM per backend.
 * <p>
 * Arguments: the backend name and, optionally, the launch time in epoch milliseconds as
 * taken by the launching shell just before {@code java} (without it, the JVM's own start
 * time is used, which misses the JVM's boot). Prints one tab-separated line:
 * {@code startup <backend> <ms from launch> <ms from main()>}.
 */
public final class StartupProbe {

	private StartupProbe() {
	}

	public static void main(String[] args) {
		ProbeMain.run(() -> measure(args));
	}

	private static void measure(String[] args) throws Exception {
		long mainStarted = System.currentTimeMillis();
		if (args.length < 1) {
			throw new IllegalArgumentException("Usage: StartupProbe <backend> [launch epoch millis]");
		}
		long launched = (args.length > 1) ? Long.parseLong(args[1])
				: ManagementFactory.getRuntimeMXBean().getStartTime();
		BenchBackend backend = BenchBackend.start(args[0]);
		DynamoDbClient client = backend.client();
		BenchTable.create(client, "startup");
		client.putItem((request) -> request.tableName("startup").item(BenchTable.item(0, 1)));
		long firstPut = System.currentTimeMillis();
		if (!client.getItem((request) -> request.tableName("startup").key(BenchTable.key(0))).hasItem()) {
			throw new IllegalStateException("The first PutItem on " + args[0] + " did not write its item");
		}
		System.out.println(String.join("\t", "startup", args[0], Long.toString(firstPut - launched),
				Long.toString(firstPut - mainStarted)));
		backend.close();
	}

}
