package dev.ddbkit.bench.probe;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The measured {@code @DynamoTest} class starts its slice, saves and reads back an order,
 * and closes, twice in one JVM (each run gets a fresh context and engine).
 */
class SliceStartupProbeUnitTests {

	@Test
	void theDynamoTestClassRunsTwiceWithAFreshContextEachTime() throws Exception {
		SliceStartupProbe probe = new SliceStartupProbe();
		probe.runTestClass();
		long firstReady = probe.readyNanos();
		probe.runTestClass();

		assertThat(probe.readyNanos()).isGreaterThan(firstReady);
	}

}
