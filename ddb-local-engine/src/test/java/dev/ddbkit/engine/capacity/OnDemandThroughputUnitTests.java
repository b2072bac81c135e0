package dev.ddbkit.engine.capacity;

import java.time.Duration;

import dev.ddbkit.engine.error.ErrorCode;
import dev.ddbkit.engine.value.Value;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

// DynamoDB Developer Guide, "On-demand capacity mode" / "Initial throughput and scaling properties": a new on-demand
// table serves up to 4,000 write or 12,000 read request units per second at once and instantly up to double its
// previous peak; sustained traffic becomes the new previous peak, "throttling can occur if you exceed double your
// previous peak within 30 minutes", and "once your on-demand table is scaled out, you can instantly achieve the same
// throughput again in the future". "DynamoDB maximum throughput for on-demand tables": requests past a configured
// maximum are throttled (MaxOnDemandThroughputExceeded, in a ThrottlingException); "Quotas": an on-demand table is
// bounded by the per-table account quota of 40,000 units (AccountLimitExceeded, in a RequestLimitExceeded).
class OnDemandThroughputUnitTests {

	private static final String ARN = "arn:aws:dynamodb:us-east-1:000000000000:table/Events";

	private final ManualClock clock = ManualClock.atNoon();

	@Test
	void aNewOnDemandTableServesFourThousandWriteUnitsASecond() {
		// enough partitions that the per-partition ceiling stays out of the way of the
		// table ceiling
		ThroughputLimiter limiter = limiter(ThroughputSettings.defaults().withInitialPartitions(128));
		limiter.register(TableThroughput.onDemand("Events", ARN));
		assertThat(writeUntilThrottled(limiter, 0)).isEqualTo(4_000);
		this.clock.advanceSeconds(1);
		assertThat(writeUntilThrottled(limiter, 10_000)).isEqualTo(4_000);
	}

	@Test
	void aSpikeWithinAMinuteIsNotSustainedTrafficAndLeavesThePeak() {
		ThroughputLimiter limiter = limiter(ThroughputSettings.defaults().withInitialPartitions(128));
		limiter.register(TableThroughput.onDemand("Events", ARN));
		writeUntilThrottled(limiter, 0);
		this.clock.advance(Duration.ofHours(1));
		assertThat(writeUntilThrottled(limiter, 10_000)).isEqualTo(4_000);
		assertThat(limiter.diagnostics("Events").table().writeUnitsPerSecond()).isEqualTo(4_000.0);
	}

	@Test
	void sustainedTrafficBecomesThePreviousPeakThirtyMinutesAfterItsMinute() {
		ThroughputLimiter limiter = limiter(ThroughputSettings.defaults().withInitialPartitions(128));
		limiter.register(TableThroughput.onDemand("Events", ARN));
		assertThat(sustain(limiter, 3_000, 60)).isEqualTo(180_000);
		// the minute closed at 12:01; 29 minutes later the peak is still the initial one
		this.clock.advance(Duration.ofMinutes(29));
		assertThat(writeUntilThrottled(limiter, 1_000_000)).isEqualTo(4_000);
		this.clock.advance(Duration.ofMinutes(1));
		assertThat(limiter.diagnostics("Events").table().writeUnitsPerSecond()).isEqualTo(6_000.0);
		assertThat(writeUntilThrottled(limiter, 2_000_000)).isEqualTo(6_000);
	}

	@Test
	void trafficCanDoubleAgainThirtyMinutesLaterAndThePeakNeverDecays() {
		ThroughputLimiter limiter = limiter(ThroughputSettings.defaults().withInitialPartitions(128));
		limiter.register(TableThroughput.onDemand("Events", ARN));
		sustain(limiter, 4_000, 60);
		this.clock.advance(Duration.ofMinutes(30));
		assertThat(sustain(limiter, 8_000, 60)).isEqualTo(480_000);
		this.clock.advance(Duration.ofMinutes(30));
		assertThat(limiter.diagnostics("Events").table().writeUnitsPerSecond()).isEqualTo(16_000.0);
		this.clock.advance(Duration.ofDays(30));
		assertThat(writeUntilThrottled(limiter, 3_000_000)).isEqualTo(16_000);
	}

	@Test
	void exceedingDoubleThePeakIsAKeyRangeThrottle() {
		ThroughputLimiter limiter = limiter(ThroughputSettings.defaults().withInitialPartitions(128));
		limiter.register(TableThroughput.onDemand("Events", ARN));
		writeUntilThrottled(limiter, 0);
		ThroughputDecision decision = limiter.tryAcquire(write("late", 2));
		assertThat(decision.throttles())
			.containsExactly(new Throttle(ThrottlingReason.TABLE_WRITE_KEY_RANGE_THROUGHPUT_EXCEEDED, ARN));
		assertThat(decision.message(true)).startsWith("Throughput exceeds the current capacity of your table or index");
	}

	@Test
	void aNewOnDemandTableHasFourPartitionsAndSplitsWhenItsPeakGrows() {
		ThroughputLimiter limiter = limiter(ThroughputSettings.defaults());
		limiter.register(TableThroughput.onDemand("Events", ARN));
		assertThat(limiter.partitionCount("Events", null)).isEqualTo(4);
		sustain(limiter, 3_000, 60);
		assertThat(limiter.partitionCount("Events", null)).isEqualTo(4);
		this.clock.advance(Duration.ofMinutes(30));
		limiter.tryAcquire(write("next", 2));
		// the peak of 3,000 WCU allows 6,000 WCU: six partitions of 1,000 WCU at least
		assertThat(limiter.partitionCount("Events", null)).isGreaterThanOrEqualTo(6);
	}

	@Test
	void aMaximumOnDemandThroughputThrottlesWithAThrottlingException() {
		ThroughputLimiter limiter = limiter(ThroughputSettings.defaults());
		limiter.register(TableThroughput.onDemand("Events", ARN).withMaxOnDemand(0, 100));
		assertThat(writeUntilThrottled(limiter, 0)).isEqualTo(100);
		ThroughputDecision decision = limiter.tryAcquire(write("late", 2));
		assertThat(decision.throttles())
			.containsExactly(new Throttle(ThrottlingReason.TABLE_WRITE_MAX_ON_DEMAND_THROUGHPUT_EXCEEDED, ARN));
		assertThat(decision.errorCode()).isEqualTo(ErrorCode.THROTTLING);
		assertThat(limiter.tryAcquire(ThroughputRequest.read("Events").table(Value.s("r"), 2).build()).granted())
			.isTrue();
	}

	@Test
	void theAccountQuotaPerTableThrottlesWithRequestLimitExceeded() {
		ThroughputLimiter limiter = limiter(ThroughputSettings.defaults().withAccountTableLimits(50, 100));
		limiter.register(TableThroughput.onDemand("Events", ARN));
		assertThat(writeUntilThrottled(limiter, 0)).isEqualTo(100);
		ThroughputDecision decision = limiter.tryAcquire(write("late", 2));
		assertThat(decision.throttles())
			.containsExactly(new Throttle(ThrottlingReason.TABLE_WRITE_ACCOUNT_LIMIT_EXCEEDED, ARN));
		assertThat(decision.errorCode()).isEqualTo(ErrorCode.REQUEST_LIMIT_EXCEEDED);
	}

	@Test
	void aGsiOfAnOnDemandTableHasItsOwnMaximum() {
		ThroughputLimiter limiter = limiter(ThroughputSettings.defaults());
		limiter.register(TableThroughput.onDemand("Events", ARN).withIndex("GSI1", 10, 0));
		ThroughputDecision decision = ThroughputDecision.GRANTED;
		int served = -1;
		while (decision.granted()) {
			decision = limiter.tryAcquire(ThroughputRequest.read("Events").index("GSI1", Value.s("g"), 2).build());
			served++;
		}
		assertThat(served).isEqualTo(10);
		assertThat(decision.throttles()).containsExactly(
				new Throttle(ThrottlingReason.INDEX_READ_MAX_ON_DEMAND_THROUGHPUT_EXCEEDED, ARN + "/index/GSI1"));
	}

	@Test
	void aTableSwitchedToOnDemandServesAtLeastItsFormerProvisionedThroughput() {
		// "the previous peak is half the previous provisioned throughput or the setting
		// of a new table"
		ThroughputLimiter limiter = limiter(ThroughputSettings.defaults().withInitialPartitions(128));
		limiter.register(TableThroughput.provisioned("Events", ARN, 100, 10_000));
		limiter.register(TableThroughput.onDemand("Events", ARN));
		assertThat(limiter.diagnostics("Events").table().writeUnitsPerSecond()).isEqualTo(10_000.0);
		assertThat(limiter.diagnostics("Events").table().readUnitsPerSecond()).isEqualTo(12_000.0);
	}

	private ThroughputLimiter limiter(ThroughputSettings settings) {
		return ThroughputLimiter.create(this.clock, settings);
	}

	/**
	 * Writes 1 WCU items on distinct keys until throttled; returns how many were served.
	 */
	private static int writeUntilThrottled(ThroughputLimiter limiter, int firstKey) {
		int served = 0;
		while (limiter.tryAcquire(write("key" + (firstKey + served), 2)).granted()) {
			served++;
		}
		return served;
	}

	/**
	 * Writes {@code unitsPerSecond} 1 WCU items on distinct keys in each of
	 * {@code seconds} seconds, the clock moving one second after each; returns how many
	 * were served.
	 */
	private int sustain(ThroughputLimiter limiter, int unitsPerSecond, int seconds) {
		int served = 0;
		for (int second = 0; second < seconds; second++) {
			for (int i = 0; i < unitsPerSecond; i++) {
				if (limiter.tryAcquire(write("key" + i, 2)).granted()) {
					served++;
				}
			}
			this.clock.advanceSeconds(1);
		}
		return served;
	}

	private static ThroughputRequest write(String key, long halfUnits) {
		return ThroughputRequest.write("Events").table(Value.s(key), halfUnits).build();
	}

}
