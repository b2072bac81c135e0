package dev.ddbkit.engine.capacity;

import java.util.ArrayList;
import java.util.List;

import dev.ddbkit.engine.error.ErrorCode;
import dev.ddbkit.engine.value.Value;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

// DynamoDB Developer Guide, "Burst and adaptive capacity": a provisioned table keeps up to 300 s of unused capacity
// as burst (150 RCU idle for 5 minutes = 45,000 units, enough for 200 RCU during 45,000 / (200 - 150) = 900 s);
// adaptive capacity lets a hot partition use the table's unused capacity, but a partition never serves more than
// 3,000 RCU or 1,000 WCU per second, so one hot key throttles a table far below its provisioned capacity with
// KeyRangeThroughputExceeded ("DynamoDB throttling"); "Global secondary indexes: provisioned throughput
// considerations": a table write is throttled when a GSI it must update lacks write capacity.
class ProvisionedThroughputUnitTests {

	private static final String ARN = "arn:aws:dynamodb:us-east-1:000000000000:table/";

	private final ManualClock clock = ManualClock.atNoon();

	private final ThroughputLimiter limiter = ThroughputLimiter.create(this.clock, ThroughputSettings.defaults());

	@Test
	void aTableIdleForFiveMinutesHoldsThreeHundredSecondsOfBurst() {
		this.limiter.register(TableThroughput.provisioned("Burst", ARN + "Burst", 150, 10));
		this.clock.advanceSeconds(300);
		ResourceDiagnostics table = this.limiter.diagnostics("Burst").table();
		assertThat(table.readBurstUnits()).isEqualTo(45_000.0);
		this.clock.advanceSeconds(600);
		assertThat(this.limiter.diagnostics("Burst").table().readBurstUnits()).isEqualTo(45_000.0);
	}

	@Test
	void burstServesTwoHundredReadUnitsOnAHundredFiftyUnitTableForNineHundredSeconds() {
		this.limiter.register(TableThroughput.provisioned("Burst", ARN + "Burst", 150, 10));
		this.clock.advanceSeconds(300);
		for (int second = 0; second < 900; second++) {
			assertThat(this.limiter.tryAcquire(read("Burst", "k" + (second % 50), 400)).granted())
				.as("second %d", second)
				.isTrue();
			this.clock.advanceSeconds(1);
		}
		ThroughputDecision decision = this.limiter.tryAcquire(read("Burst", "k0", 400));
		assertThat(decision.throttles())
			.containsExactly(new Throttle(ThrottlingReason.TABLE_READ_PROVISIONED_THROUGHPUT_EXCEEDED, ARN + "Burst"));
		assertThat(decision.errorCode()).isEqualTo(ErrorCode.PROVISIONED_THROUGHPUT_EXCEEDED);
		// the provisioned rate itself is still served
		assertThat(this.limiter.tryAcquire(read("Burst", "k0", 300)).granted()).isTrue();
	}

	@Test
	void oneHotKeyThrottlesATableAtSixPercentOfItsProvisionedReads() {
		this.limiter.register(TableThroughput.provisioned("Catalog", ARN + "Catalog", 50_000, 16_000));
		int served = 0;
		ThroughputDecision decision = ThroughputDecision.GRANTED;
		while (decision.granted()) {
			// strongly consistent reads of a 4 KB item: 1 RCU each
			decision = this.limiter.tryAcquire(read("Catalog", "PRODUCT#bestseller", 2));
			served += decision.granted() ? 1 : 0;
		}
		assertThat(served).isEqualTo(3_000);
		assertThat(served / 50_000.0).isEqualTo(0.06);
		assertThat(decision.throttles())
			.containsExactly(new Throttle(ThrottlingReason.TABLE_READ_KEY_RANGE_THROUGHPUT_EXCEEDED, ARN + "Catalog"));
		Value other = keyOnAnotherPartition("Catalog", "PRODUCT#bestseller", "PRODUCT#");
		assertThat(this.limiter.tryAcquire(ThroughputRequest.read("Catalog").table(other, 2).build()).granted())
			.isTrue();
		ResourceDiagnostics table = this.limiter.diagnostics("Catalog").table();
		assertThat(table.readThrottleEvents()).isEqualTo(1);
		// the throttled read consumed nothing: 3,000 on the hot key and 1 on the other
		assertThat(table.consumedReadCapacityUnits()).isEqualTo(3_001.0);
		assertThat(table.hottestKeys().get(0).partitionKey()).isEqualTo(Value.s("PRODUCT#bestseller"));
	}

	@Test
	void aResellerWritingTwelveHundredUnitsPerSecondToOneCustomerThrottlesWhileOtherCustomersDoNot() {
		this.limiter.register(TableThroughput.provisioned("Orders", ARN + "Orders", 2_000, 5_000));
		Value reseller = Value.s("CUSTOMER#reseller");
		List<Value> others = new ArrayList<>();
		for (int i = 0; others.size() < 5; i++) {
			Value candidate = Value.s("CUSTOMER#" + i);
			if (partition("Orders", candidate) != partition("Orders", reseller)) {
				others.add(candidate);
			}
		}
		List<ThroughputDecision> resellerDecisions = new ArrayList<>();
		List<ThroughputDecision> otherDecisions = new ArrayList<>();
		for (int tick = 0; tick < 2_000; tick++) {
			// 200 orders of 6 KB (6 WCU) per second for 10 s: 1,200 WCU/s on one
			// partition key
			resellerDecisions.add(this.limiter.tryAcquire(write("Orders", reseller, 12)));
			if (tick % 40 == 0) {
				for (Value other : others) {
					otherDecisions.add(this.limiter.tryAcquire(write("Orders", other, 12)));
				}
			}
			this.clock.advanceMillis(5);
		}
		List<ThroughputDecision> throttled = resellerDecisions.stream().filter(ThroughputDecision::throttled).toList();
		assertThat(throttled).isNotEmpty();
		assertThat(throttled).allSatisfy((decision) -> assertThat(decision.throttles())
			.containsExactly(new Throttle(ThrottlingReason.TABLE_WRITE_KEY_RANGE_THROUGHPUT_EXCEEDED, ARN + "Orders")));
		// the partition serves its full second plus 1,000 WCU/s over 10 s: 11,000 of the
		// 12,000 WCU asked,
		// so about 1,000 / 6 writes are throttled
		assertThat(throttled.size()).isBetween(160, 175);
		assertThat(otherDecisions).allMatch(ThroughputDecision::granted);
	}

	@Test
	void writeShardingOverTenSuffixesRemovesTheThrottles() {
		this.limiter.register(TableThroughput.provisioned("Orders", ARN + "Orders", 2_000, 5_000));
		List<ThroughputDecision> decisions = new ArrayList<>();
		for (int tick = 0; tick < 2_000; tick++) {
			Value shard = Value.s("CUSTOMER#reseller#" + (tick % 10));
			decisions.add(this.limiter.tryAcquire(write("Orders", shard, 12)));
			this.clock.advanceMillis(5);
		}
		assertThat(decisions).allMatch(ThroughputDecision::granted);
		assertThat(this.limiter.diagnostics("Orders").table().consumedWriteCapacityUnits()).isEqualTo(12_000.0);
	}

	@Test
	void aGsiWithoutWriteCapacityThrottlesWritesToItsTable() {
		this.limiter
			.register(TableThroughput.provisioned("Orders", ARN + "Orders", 100, 100).withIndex("GSI1", 100, 5));
		int served = 0;
		ThroughputDecision decision = ThroughputDecision.GRANTED;
		for (int i = 0; decision.granted(); i++) {
			decision = this.limiter.tryAcquire(ThroughputRequest.write("Orders")
				.table(Value.s("ORDER#" + i), 2)
				.index("GSI1", Value.s("STATUS#NEW"), 2)
				.build());
			served += decision.granted() ? 1 : 0;
		}
		assertThat(served).isEqualTo(5);
		assertThat(decision.throttles()).containsExactly(
				new Throttle(ThrottlingReason.INDEX_WRITE_PROVISIONED_THROUGHPUT_EXCEEDED, ARN + "Orders/index/GSI1"));
		assertThat(decision.message(false)).contains("global secondary indexes");
		// nothing was consumed by the throttled write, on the table nor on the index
		TableDiagnostics diagnostics = this.limiter.diagnostics("Orders");
		assertThat(diagnostics.table().consumedWriteCapacityUnits()).isEqualTo(5.0);
		assertThat(diagnostics.globalSecondaryIndexes().get("GSI1").consumedWriteCapacityUnits()).isEqualTo(5.0);
		assertThat(diagnostics.globalSecondaryIndexes().get("GSI1").writeThrottleEvents()).isEqualTo(1);
		assertThat(diagnostics.table().writeThrottleEvents()).isZero();
	}

	@Test
	void aThrottledRequestConsumesNothing() {
		this.limiter.register(TableThroughput.provisioned("Small", ARN + "Small", 1, 1));
		assertThat(this.limiter.tryAcquire(write("Small", Value.s("a"), 2)).granted()).isTrue();
		assertThat(this.limiter.tryAcquire(write("Small", Value.s("a"), 2)).throttled()).isTrue();
		this.clock.advanceSeconds(1);
		assertThat(this.limiter.tryAcquire(write("Small", Value.s("a"), 2)).granted()).isTrue();
	}

	@Test
	void aRequestLargerThanTheWholeBucketIsServedOnAFullBucketAndLeavesADebt() {
		this.limiter.register(TableThroughput.provisioned("Small", ARN + "Small", 1, 1));
		this.clock.advanceSeconds(300);
		// a 400 KB write costs 400 WCU, more than 301 s of 1 WCU
		assertThat(this.limiter.tryAcquire(write("Small", Value.s("a"), 800)).granted()).isTrue();
		this.clock.advanceSeconds(50);
		assertThat(this.limiter.tryAcquire(write("Small", Value.s("a"), 2)).throttled()).isTrue();
		this.clock.advanceSeconds(60);
		assertThat(this.limiter.tryAcquire(write("Small", Value.s("a"), 2)).granted()).isTrue();
	}

	@Test
	void chargeConsumesEvenPastTheLimit() {
		this.limiter.register(TableThroughput.provisioned("Small", ARN + "Small", 1, 1));
		this.limiter.charge(write("Small", Value.s("a"), 20));
		assertThat(this.limiter.tryAcquire(write("Small", Value.s("a"), 2)).throttled()).isTrue();
		assertThat(this.limiter.diagnostics("Small").table().consumedWriteCapacityUnits()).isEqualTo(10.0);
	}

	@Test
	void aPartitionServesALinearCombinationOfReadsAndWrites() {
		this.limiter.register(TableThroughput.provisioned("Mixed", ARN + "Mixed", 50_000, 16_000));
		Value key = Value.s("hot");
		// 1,500 RCU is half the read ceiling, so 500 WCU (half the write ceiling) remain
		assertThat(this.limiter.tryAcquire(ThroughputRequest.read("Mixed").table(key, 3_000).build()).granted())
			.isTrue();
		assertThat(this.limiter.tryAcquire(write("Mixed", key, 1_000)).granted()).isTrue();
		ThroughputDecision decision = this.limiter.tryAcquire(write("Mixed", key, 2));
		assertThat(decision.throttles())
			.containsExactly(new Throttle(ThrottlingReason.TABLE_WRITE_KEY_RANGE_THROUGHPUT_EXCEEDED, ARN + "Mixed"));
		assertThat(this.limiter.tryAcquire(ThroughputRequest.read("Mixed").table(key, 1).build()).throttled()).isTrue();
	}

	@Test
	void aGsiKeyChangeChargesTheOldAndTheNewIndexPartition() {
		this.limiter
			.register(TableThroughput.provisioned("Orders", ARN + "Orders", 100, 100).withIndex("GSI1", 100, 2));
		IndexEntryChange change = new IndexEntryChange(IndexEntryChange.Kind.KEY_CHANGED, 200, 200);
		ThroughputRequest request = ThroughputRequest.write("Orders")
			.table(Value.s("ORDER#1"), 2)
			.indexWrite("GSI1", change, Value.s("STATUS#NEW"), Value.s("STATUS#PAID"))
			.build();
		assertThat(request.charges()).extracting(ThroughputRequest.Charge::partitionKey)
			.containsExactly(Value.s("ORDER#1"), Value.s("STATUS#NEW"), Value.s("STATUS#PAID"));
		assertThat(this.limiter.tryAcquire(request).granted()).isTrue();
		assertThat(this.limiter.diagnostics("Orders").globalSecondaryIndexes().get("GSI1").consumedWriteCapacityUnits())
			.isEqualTo(2.0);
		assertThat(this.limiter.tryAcquire(request).throttled()).isTrue();
	}

	@Test
	void withoutEnforcementThrottlesAreOnlyCounted() {
		ThroughputLimiter observing = ThroughputLimiter.create(this.clock,
				ThroughputSettings.defaults().withEnforced(false));
		observing.register(TableThroughput.provisioned("Small", ARN + "Small", 1, 1));
		assertThat(observing.tryAcquire(write("Small", Value.s("a"), 2)).granted()).isTrue();
		assertThat(observing.tryAcquire(write("Small", Value.s("a"), 2)).granted()).isTrue();
		ResourceDiagnostics table = observing.diagnostics("Small").table();
		assertThat(table.writeThrottleEvents()).isEqualTo(1);
		assertThat(table.consumedWriteCapacityUnits()).isEqualTo(2.0);
	}

	private ThroughputRequest read(String table, String key, long halfUnits) {
		return ThroughputRequest.read(table).table(Value.s(key), halfUnits).build();
	}

	private ThroughputRequest write(String table, Value key, long halfUnits) {
		return ThroughputRequest.write(table).table(key, halfUnits).build();
	}

	private int partition(String table, Value key) {
		return this.limiter.partitionOf(table, null, key);
	}

	private Value keyOnAnotherPartition(String table, String hotKey, String prefix) {
		int hot = partition(table, Value.s(hotKey));
		for (int i = 0;; i++) {
			Value candidate = Value.s(prefix + i);
			if (partition(table, candidate) != hot) {
				return candidate;
			}
		}
	}

	@Test
	void adaptiveCapacityLetsAHotPartitionUseMoreThanItsShareUpToThePartitionCeiling() {
		// 4,000 RCU over two partitions is 2,000 each; the hot key's partition borrows
		// the other's unused capacity up to its own 3,000 RCU ceiling
		this.limiter.register(TableThroughput.provisioned("T", ARN + "T", 4_000, 10));
		assertThat(this.limiter.partitionCount("T", null)).isEqualTo(2);
		int served = 0;
		ThroughputDecision decision = ThroughputDecision.GRANTED;
		while (decision.granted()) {
			decision = this.limiter.tryAcquire(ThroughputRequest.read("T").table(Value.s("hot"), 2).build());
			served += decision.granted() ? 1 : 0;
		}
		assertThat(served).isEqualTo(3_000);
		assertThat(decision.throttles()).extracting(Throttle::reason)
			.containsExactly(ThrottlingReason.TABLE_READ_KEY_RANGE_THROUGHPUT_EXCEEDED);
	}

}
