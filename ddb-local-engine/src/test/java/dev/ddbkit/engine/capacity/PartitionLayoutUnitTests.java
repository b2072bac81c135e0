package dev.ddbkit.engine.capacity;

import java.time.Duration;
import java.util.List;

import dev.ddbkit.engine.value.Value;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

// DynamoDB Developer Guide, "Partitions and data distribution": items are placed by a hash of the partition key on
// partitions; a table gets enough partitions for its throughput (a partition serves 3,000 RCU and 1,000 WCU) and
// more when a partition fills its 10 GB or when throughput grows; "Burst and adaptive capacity": partitions also
// split for sustained load, which cannot help a single hot partition key.
class PartitionLayoutUnitTests {

	private static final String ARN = "arn:aws:dynamodb:us-east-1:000000000000:table/T";

	private final ManualClock clock = ManualClock.atNoon();

	@Test
	void provisionedTablesGetPartitionsForTheirReadAndWriteUnits() {
		ThroughputLimiter limiter = ThroughputLimiter.create(this.clock, ThroughputSettings.defaults());
		limiter.register(TableThroughput.provisioned("T", ARN, 50_000, 16_000));
		// ceil(50,000 / 3,000 + 16,000 / 1,000) = ceil(32.67)
		assertThat(limiter.partitionCount("T", null)).isEqualTo(33);
		limiter.register(TableThroughput.provisioned("Small", ARN, 5, 5));
		assertThat(limiter.partitionCount("Small", null)).isEqualTo(1);
	}

	@Test
	void partitionsCoverTheWholeHashSpaceInOrder() {
		ThroughputLimiter limiter = ThroughputLimiter.create(this.clock, ThroughputSettings.defaults());
		limiter.register(TableThroughput.provisioned("T", ARN, 3_000, 4_000));
		List<PartitionDiagnostics> partitions = limiter.diagnostics("T").table().partitions();
		assertThat(partitions).hasSize(5);
		assertThat(partitions.get(0).hashStart()).isZero();
		assertThat(partitions.get(4).hashEnd()).isEqualTo(-1L);
		for (int i = 1; i < partitions.size(); i++) {
			assertThat(partitions.get(i).hashStart()).isEqualTo(partitions.get(i - 1).hashEnd() + 1);
		}
	}

	@Test
	void raisingProvisionedThroughputAddsPartitionsAndNeverRemovesThem() {
		ThroughputLimiter limiter = ThroughputLimiter.create(this.clock, ThroughputSettings.defaults());
		limiter.register(TableThroughput.provisioned("T", ARN, 100, 1_000));
		assertThat(limiter.partitionCount("T", null)).isEqualTo(2);
		limiter.register(TableThroughput.provisioned("T", ARN, 100, 10_000));
		assertThat(limiter.partitionCount("T", null)).isEqualTo(11);
		limiter.register(TableThroughput.provisioned("T", ARN, 100, 100));
		assertThat(limiter.partitionCount("T", null)).isEqualTo(11);
	}

	@Test
	void aPartitionPastItsSizeLimitSplits() {
		ThroughputLimiter limiter = ThroughputLimiter.create(this.clock,
				ThroughputSettings.defaults().withPartitionMaxBytes(1_000_000));
		limiter.register(TableThroughput.provisioned("T", ARN, 10, 10));
		for (int i = 0; i < 100; i++) {
			limiter.storedBytesChanged("T", null, Value.s("key" + i), 25_000);
		}
		List<PartitionDiagnostics> partitions = limiter.diagnostics("T").table().partitions();
		assertThat(partitions).hasSizeGreaterThanOrEqualTo(3);
		assertThat(partitions).allMatch((partition) -> partition.storedBytes() <= 1_000_000);
		assertThat(partitions.stream().mapToLong(PartitionDiagnostics::storedBytes).sum()).isEqualTo(2_500_000);
	}

	@Test
	void aPartitionUnderSustainedLoadOnManyKeysSplits() {
		ThroughputSettings settings = ThroughputSettings.defaults()
			.withInitialPartitions(1)
			.withLoadSplit(Duration.ofSeconds(3), 0.5);
		ThroughputLimiter limiter = ThroughputLimiter.create(this.clock, settings);
		limiter.register(TableThroughput.provisioned("T", ARN, 10, 10_000));
		for (int second = 0; second < 6; second++) {
			// 800 WCU/s over 400 keys: past half the partition ceiling, spread over its
			// range
			for (int i = 0; i < 400; i++) {
				limiter.tryAcquire(ThroughputRequest.write("T").table(Value.s("key" + i), 4).build());
			}
			this.clock.advanceSeconds(1);
		}
		assertThat(limiter.partitionCount("T", null)).isEqualTo(2);
	}

	@Test
	void aPartitionHotBecauseOfOneKeyDoesNotSplit() {
		ThroughputSettings settings = ThroughputSettings.defaults()
			.withInitialPartitions(1)
			.withLoadSplit(Duration.ofSeconds(3), 0.5);
		ThroughputLimiter limiter = ThroughputLimiter.create(this.clock, settings);
		limiter.register(TableThroughput.provisioned("T", ARN, 10, 10_000));
		for (int second = 0; second < 10; second++) {
			for (int i = 0; i < 600; i++) {
				limiter.tryAcquire(ThroughputRequest.write("T").table(Value.s("hot"), 4).build());
			}
			limiter.tryAcquire(ThroughputRequest.write("T").table(Value.s("cold" + second), 2).build());
			this.clock.advanceSeconds(1);
		}
		assertThat(limiter.partitionCount("T", null)).isEqualTo(1);
	}

	@Test
	void gsisHaveTheirOwnPartitions() {
		ThroughputLimiter limiter = ThroughputLimiter.create(this.clock, ThroughputSettings.defaults());
		limiter.register(TableThroughput.provisioned("T", ARN, 10, 10).withIndex("GSI1", 6_000, 1_000));
		assertThat(limiter.partitionCount("T", null)).isEqualTo(1);
		assertThat(limiter.partitionCount("T", "GSI1")).isEqualTo(3);
	}

	@Test
	void gsiPartitionsSplitOnSizeLikeTablePartitions() {
		ThroughputLimiter limiter = ThroughputLimiter.create(this.clock,
				ThroughputSettings.defaults().withPartitionMaxBytes(1_000_000));
		limiter.register(TableThroughput.provisioned("T", ARN, 10, 10).withIndex("GSI1", 10, 10));
		for (int i = 0; i < 100; i++) {
			limiter.storedBytesChanged("T", "GSI1", Value.s("status" + i), 25_000);
		}
		List<PartitionDiagnostics> partitions = limiter.diagnostics("T")
			.globalSecondaryIndexes()
			.get("GSI1")
			.partitions();
		assertThat(partitions).hasSizeGreaterThanOrEqualTo(3)
			.allMatch((partition) -> partition.storedBytes() <= 1_000_000);
		assertThat(limiter.partitionCount("T", null)).isEqualTo(1);
	}

	@Test
	void gsiPartitionsSplitUnderSustainedLoadLikeTablePartitions() {
		ThroughputSettings settings = ThroughputSettings.defaults()
			.withInitialPartitions(1)
			.withLoadSplit(Duration.ofSeconds(3), 0.5);
		ThroughputLimiter limiter = ThroughputLimiter.create(this.clock, settings);
		limiter.register(TableThroughput.provisioned("T", ARN, 10, 10_000).withIndex("GSI1", 10, 10_000));
		for (int second = 0; second < 6; second++) {
			for (int i = 0; i < 400; i++) {
				limiter.tryAcquire(ThroughputRequest.write("T").index("GSI1", Value.s("status" + i), 4).build());
			}
			this.clock.advanceSeconds(1);
		}
		assertThat(limiter.partitionCount("T", "GSI1")).isEqualTo(2);
		assertThat(limiter.partitionCount("T", null)).isEqualTo(1);
	}

}
