package dev.ddbkit.bench.probe;

import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.util.Arrays;

import dev.ddbkit.bench.slice.SliceSubject;

import org.springframework.test.context.TestContextManager;

/**
 * Start time of a {@code @DynamoTest} context; meant to run in a fresh JVM.
 * <p>
 * Runs the {@code @DynamoTest} class {@link SliceSubject} {@code contexts} times through
 * Spring's {@link TestContextManager} (the path JUnit's {@code SpringExtension} takes):
 * load the context and inject the test instance (measured), run its one test (a save and
 * a read), close the context ({@code @DynamoTest} dirties it after each class). The first
 * context pays for the JVM's class loading and JIT warm-up, as the first test class of a
 * run does; the later ones are what each further test class of a suite costs.
 * <p>
 * Arguments: optionally the launch time in epoch milliseconds as taken by the launching
 * shell just before {@code java}, and the number of contexts (default 6). Prints one
 * tab-separated line: {@code slice <first context ready, ms from launch> <ms from main()>
 * <later contexts: median ms> <min ms> <max ms> <count>}.
 */
public final class SliceStartupProbe {

	/** {@link System#nanoTime()} when the last context was up and the test injected. */
	private long readyNanos;

	/** The same moment in epoch milliseconds. */
	private long readyMillis;

	SliceStartupProbe() {
	}

	public static void main(String[] args) {
		ProbeMain.run(() -> measure(args));
	}

	private static void measure(String[] args) throws Exception {
		long mainStarted = System.currentTimeMillis();
		long launched = (args.length > 0) ? Long.parseLong(args[0])
				: ManagementFactory.getRuntimeMXBean().getStartTime();
		int contexts = (args.length > 1) ? Integer.parseInt(args[1]) : 6;
		if (contexts < 2) {
			throw new IllegalArgumentException("At least 2 contexts: the first (cold) and later ones");
		}
		SliceStartupProbe probe = new SliceStartupProbe();
		long firstReady = 0;
		long[] later = new long[contexts - 1];
		for (int i = 0; i < contexts; i++) {
			long started = System.nanoTime();
			probe.runTestClass();
			if (i == 0) {
				firstReady = probe.readyMillis;
			}
			else {
				later[i - 1] = (probe.readyNanos - started) / 1_000_000;
			}
		}
		Arrays.sort(later);
		System.out.println(String.join("\t", "slice", Long.toString(firstReady - launched),
				Long.toString(firstReady - mainStarted), Long.toString(later[later.length / 2]),
				Long.toString(later[0]), Long.toString(later[later.length - 1]), Integer.toString(later.length)));
	}

	/** When the last context run by {@link #runTestClass()} was ready, in nanoseconds. */
	long readyNanos() {
		return this.readyNanos;
	}

	/**
	 * One test class from start to end, noting when its context was ready.
	 * @throws IllegalStateException if the test did not read back what it saved
	 */
	void runTestClass() throws Exception {
		TestContextManager manager = new TestContextManager(SliceSubject.class);
		manager.beforeTestClass();
		SliceSubject subject = new SliceSubject();
		manager.prepareTestInstance(subject);
		this.readyNanos = System.nanoTime();
		this.readyMillis = System.currentTimeMillis();
		Method test = SliceSubject.class.getMethod("saveAndFind");
		manager.beforeTestMethod(subject, test);
		manager.beforeTestExecution(subject, test);
		boolean found = subject.saveAndFind();
		manager.afterTestExecution(subject, test, null);
		manager.afterTestMethod(subject, test, null);
		manager.afterTestClass();
		if (!found) {
			throw new IllegalStateException("The @DynamoTest context did not read back the order it saved");
		}
	}

}
