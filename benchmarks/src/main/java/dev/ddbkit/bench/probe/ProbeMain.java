package dev.ddbkit.bench.probe;

/**
 * Runs a probe and ends the JVM with its outcome: backends such as DynamoDB Local leave
 * non-daemon threads behind, so a probe that failed would otherwise never exit.
 */
final class ProbeMain {

	private ProbeMain() {
	}

	/** Runs the probe, then exits with 0, or with 1 after printing what it threw. */
	static void run(Probe probe) {
		int status = 0;
		try {
			probe.run();
		}
		catch (Throwable ex) {
			ex.printStackTrace();
			status = 1;
		}
		System.exit(status);
	}

	/** A probe's body. */
	@FunctionalInterface
	interface Probe {

		void run() throws Exception;

	}

}
