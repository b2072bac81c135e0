package dev.ddbkit.engine.capacity;

import java.util.List;
import java.util.function.LongPredicate;

import dev.ddbkit.engine.value.Value;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

// DynamoDB Developer Guide, "Partitions and data distribution": a partition that outgrows 10 GB is split in two and
// each item lives on the new partition its partition-key hash falls in; "Burst and adaptive capacity": a partition
// serves at most 1,000 WCU, past that its keys are throttled (KeyRangeThroughputExceeded). The traffic and throttles a
// partition saw before the split therefore belong to the half of its hash range that had them.
class PartitionSplitHistoryUnitTests {

	private static final String ARN = "arn:aws:dynamodb:us-east-1:000000000000:table/T";

	private final ManualClock clock = ManualClock.atNoon();

	private final ThroughputLimiter limiter = ThroughputLimiter.create(this.clock,
			ThroughputSettings.defaults().withInitialPartitions(1).withPartitionMaxBytes(1_000_000));

	private final Value lowKey = keyWhoseHash((hash) -> hash >= 0);

	private final Value highKey = keyWhoseHash((hash) -> hash < 0);

	@Test
	void eachHalfOfASplitPartitionKeepsTheTrafficAndThrottlesOfItsKeys() {
		this.limiter.register(TableThroughput.provisioned("T", ARN, 10, 10_000));
		assertThat(write(this.highKey).granted()).isTrue();
		int served = 0;
		while (write(this.lowKey).granted()) {
			served++;
		}
		assertThat(served).isEqualTo(99);
		List<PartitionDiagnostics> before = this.limiter.diagnostics("T").table().partitions();
		assertThat(before).hasSize(1);
		assertThat(writeUnits(before.get(0))).isEqualTo(1_000.0);
		assertThat(writeThrottles(before.get(0))).isEqualTo(1);

		splitInTwo();

		List<PartitionDiagnostics> after = this.limiter.diagnostics("T").table().partitions();
		assertThat(after).hasSize(2);
		assertThat(writeUnits(after.get(0))).isEqualTo(990.0);
		assertThat(writeThrottles(after.get(0))).isEqualTo(1);
		assertThat(after.get(0).windows().get(0).throttlesByReason())
			.containsEntry(ThrottlingReason.TABLE_WRITE_KEY_RANGE_THROUGHPUT_EXCEEDED, 1L);
		assertThat(writeUnits(after.get(1))).isEqualTo(10.0);
		assertThat(writeThrottles(after.get(1))).isZero();
	}

	@Test
	void historyInheritedFromAnEarlierSplitIsSharedEvenlyByTheChildrenOfTheNextOne() {
		this.limiter.register(TableThroughput.provisioned("T", ARN, 10, 10_000));
		assertThat(write(this.lowKey).granted()).isTrue();
		splitInTwo();
		// the low partition now covers the lower half; where in it its inherited 10 WCU
		// fell is not known, so its quarters share them as they share its bytes
		this.limiter.storedBytesChanged("T", null, this.lowKey, 500_000);
		List<PartitionDiagnostics> partitions = this.limiter.diagnostics("T").table().partitions();
		assertThat(partitions).hasSize(3);
		assertThat(writeUnits(partitions.get(0))).isEqualTo(5.0);
		assertThat(writeUnits(partitions.get(1))).isEqualTo(5.0);
		assertThat(writeUnits(partitions.get(2))).isZero();
	}

	/** 1.2 MB, evenly on both halves: one split at the middle of the hash range. */
	private void splitInTwo() {
		this.limiter.storedBytesChanged("T", null, this.lowKey, 600_000);
		this.limiter.storedBytesChanged("T", null, this.highKey, 600_000);
	}

	private ThroughputDecision write(Value key) {
		return this.limiter.tryAcquire(ThroughputRequest.write("T").table(key, 20).build());
	}

	private static double writeUnits(PartitionDiagnostics partition) {
		return partition.windows().stream().mapToDouble(UsageWindow::consumedWriteCapacityUnits).sum();
	}

	private static long writeThrottles(PartitionDiagnostics partition) {
		return partition.windows().stream().mapToLong(UsageWindow::writeThrottleEvents).sum();
	}

	private static Value keyWhoseHash(LongPredicate wanted) {
		for (int i = 0;; i++) {
			Value key = Value.s("key" + i);
			if (wanted.test(KeyHash.of(key))) {
				return key;
			}
		}
	}

}
