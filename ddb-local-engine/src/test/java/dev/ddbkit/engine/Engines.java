package dev.ddbkit.engine;

import java.time.Instant;
import java.time.InstantSource;
import java.util.function.UnaryOperator;

/**
 * Engines for the engine's own tests, on a {@link DynamoManualClock} so that nothing
 * sleeps. A test holds its engine in a field marked {@code @AutoClose}.
 */
public final class Engines {

	/** Where every test clock starts. */
	public static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

	private Engines() {
	}

	/** A new clock standing at {@link #START}. */
	public static DynamoManualClock clock() {
		return new DynamoManualClock(START);
	}

	/** An engine on the clock with the default settings. */
	public static DynamoEngine on(InstantSource clock) {
		return DynamoEngine.builder().clock(clock).build();
	}

	/** An engine on the clock with the default settings changed by {@code settings}. */
	public static DynamoEngine on(InstantSource clock, UnaryOperator<EngineSettings> settings) {
		return DynamoEngine.builder().clock(clock).settings(settings.apply(EngineSettings.defaults())).build();
	}

	/**
	 * An engine on a new clock that does not enforce throughput, for tests of sizes,
	 * paging and concurrency whose writes to one partition key would exceed one
	 * partition's 1,000 WCU per second in DynamoDB too.
	 */
	public static DynamoEngine unenforced() {
		return on(clock(), (settings) -> settings.withCapacityEnforcement(EngineSettings.CapacityEnforcement.OFF));
	}

}
