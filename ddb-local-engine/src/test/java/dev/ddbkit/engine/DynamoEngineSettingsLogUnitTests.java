package dev.ddbkit.engine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import dev.ddbkit.engine.EngineSettings.CapacityEnforcement;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

// The engine is faithful by default: throughput limits are enforced as DynamoDB enforces them ("DynamoDB
// throttling"), and whoever starts an engine learns from its log which choices it runs with: enforcement, GSI
// propagation delay, TTL sweep delay and the throughput limits (per-partition ceilings, burst, partition size).
// (slf4j-simple writes to System.err in the tests.)
class DynamoEngineSettingsLogUnitTests {

	@Test
	void capacityEnforcementIsOnByDefault() {
		assertThat(EngineSettings.defaults().capacityEnforcement()).isEqualTo(CapacityEnforcement.ENFORCE);
		assertThat(EngineSettings.defaults().throughput().enforced()).isTrue();
	}

	@Test
	void theSettingsAreLoggedAtStart() {
		EngineSettings settings = EngineSettings.defaults()
			.withCapacityEnforcement(CapacityEnforcement.OBSERVE)
			.withGsiPropagationDelay(Duration.ofMillis(250))
			.withTtlSweepDelay(Duration.ofMinutes(3))
			.withTtlSweepInterval(Duration.ZERO);
		String log = startAndCaptureLog(settings);
		assertThat(log).contains("capacity enforcement OBSERVE")
			.contains("gsiPropagationDelay=PT0.25S")
			.contains("ttlSweepDelay=PT3M")
			.contains("partitionReadUnits=3000")
			.contains("partitionWriteUnits=1000")
			.contains("burstSeconds=300")
			.contains("partitionMaxBytes=10737418240");
	}

	private static String startAndCaptureLog(EngineSettings settings) {
		PrintStream original = System.err;
		ByteArrayOutputStream captured = new ByteArrayOutputStream();
		System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
		try (DynamoEngine engine = DynamoEngine.builder().settings(settings).build()) {
			return captured.toString(StandardCharsets.UTF_8);
		}
		finally {
			System.setErr(original);
		}
	}

}
