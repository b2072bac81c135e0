package dev.ddbkit.engine.capacity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.ddbkit.engine.value.Value;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

// Diagnostics mirror CloudWatch's per-table and per-GSI ConsumedRead/WriteCapacityUnits and Read/WriteThrottleEvents
// (Developer Guide, "DynamoDB Metrics and dimensions") in fixed windows of the engine clock, per partition too, and
// a bounded list of the most accessed partition keys like Contributor Insights. Throttles are also counted by the
// ThrottlingReason DynamoDB reports, on the resource the reason names (Developer Guide, "Diagnosing throttling":
// reasons <Table|Index><Read|Write><Limit> with the table or index ARN).
class CapacityDiagnosticsUnitTests {

	private static final String ARN = "arn:aws:dynamodb:us-east-1:000000000000:table/T";

	private final ManualClock clock = ManualClock.atNoon();

	private final ThroughputLimiter limiter = ThroughputLimiter.create(this.clock,
			ThroughputSettings.defaults().withDiagnostics(Duration.ofMinutes(1), 3, 5));

	@Test
	void consumptionAndThrottlesAreCountedInFixedWindows() {
		this.limiter.register(TableThroughput.provisioned("T", ARN, 10, 1));
		this.limiter.tryAcquire(ThroughputRequest.read("T").table(Value.s("a"), 3).build());
		this.limiter.tryAcquire(ThroughputRequest.write("T").table(Value.s("a"), 2).build());
		this.limiter.tryAcquire(ThroughputRequest.write("T").table(Value.s("a"), 2).build());
		this.clock.advanceSeconds(60);
		this.limiter.tryAcquire(ThroughputRequest.read("T").table(Value.s("b"), 4).build());
		List<UsageWindow> windows = this.limiter.diagnostics("T").table().windows();
		assertThat(windows).hasSize(2);
		assertThat(windows.get(0))
			.isEqualTo(new UsageWindow(Instant.parse("2026-01-05T12:00:00Z"), Duration.ofMinutes(1), 1.5, 1.0, 0, 1,
					Map.of(ThrottlingReason.TABLE_WRITE_PROVISIONED_THROUGHPUT_EXCEEDED, 1L)));
		assertThat(windows.get(1).consumedReadCapacityUnits()).isEqualTo(2.0);
	}

	@Test
	void onlyTheLatestWindowsAreKept() {
		this.limiter.register(TableThroughput.provisioned("T", ARN, 10, 10));
		for (int minute = 0; minute < 5; minute++) {
			this.limiter.tryAcquire(ThroughputRequest.read("T").table(Value.s("a"), 2).build());
			this.clock.advanceSeconds(60);
		}
		this.clock.advanceSeconds(-60);
		List<UsageWindow> windows = this.limiter.diagnostics("T").table().windows();
		assertThat(windows).extracting(UsageWindow::start)
			.containsExactly(Instant.parse("2026-01-05T12:02:00Z"), Instant.parse("2026-01-05T12:03:00Z"),
					Instant.parse("2026-01-05T12:04:00Z"));
	}

	@Test
	void partitionsReportTheirOwnConsumptionAndThrottles() {
		this.limiter.register(TableThroughput.provisioned("T", ARN, 6_000, 100));
		Value hot = Value.s("hot");
		while (this.limiter.tryAcquire(ThroughputRequest.read("T").table(hot, 200).build()).granted()) {
			// drain the hot key's partition
		}
		int hotPartition = this.limiter.partitionOf("T", null, hot);
		List<PartitionDiagnostics> partitions = this.limiter.diagnostics("T").table().partitions();
		PartitionDiagnostics partition = partitions.get(hotPartition);
		assertThat(partition.windows().get(0).consumedReadCapacityUnits()).isEqualTo(3_000.0);
		assertThat(partition.windows().get(0).readThrottleEvents()).isEqualTo(1);
		assertThat(partitions).filteredOn((other) -> other.index() != hotPartition)
			.allMatch((other) -> other.windows().isEmpty());
	}

	@Test
	void theHottestKeysComeFirstAndTheListIsBounded() {
		this.limiter.register(TableThroughput.provisioned("T", ARN, 10_000, 10_000));
		for (int i = 0; i < 200; i++) {
			this.limiter.tryAcquire(ThroughputRequest.write("T").table(Value.s("key" + i), 2).build());
			this.limiter.tryAcquire(ThroughputRequest.write("T").table(Value.s("CUSTOMER#reseller"), 12).build());
		}
		List<HotKey> keys = this.limiter.diagnostics("T").table().hottestKeys();
		assertThat(keys).hasSize(5);
		assertThat(keys.get(0).partitionKey()).isEqualTo(Value.s("CUSTOMER#reseller"));
		assertThat(keys.get(0).capacityUnits()).isEqualTo(1_200.0);
	}

	@Test
	void gsiDiagnosticsAreReportedPerIndex() {
		this.limiter.register(TableThroughput.provisioned("T", ARN, 10, 10).withIndex("GSI1", 5, 5));
		this.limiter.tryAcquire(ThroughputRequest.read("T").index("GSI1", Value.s("g"), 1).build());
		TableDiagnostics diagnostics = this.limiter.diagnostics("T");
		assertThat(diagnostics.globalSecondaryIndexes()).containsOnlyKeys("GSI1");
		ResourceDiagnostics index = diagnostics.globalSecondaryIndexes().get("GSI1");
		assertThat(index.arn()).isEqualTo(ARN + "/index/GSI1");
		assertThat(index.consumedReadCapacityUnits()).isEqualTo(0.5);
		assertThat(diagnostics.table().consumedReadCapacityUnits()).isZero();
	}

	@Test
	void throttlesAreCountedByReasonOnTheTableOrIndexTheReasonNames() {
		this.limiter.register(TableThroughput.provisioned("T", ARN, 6_000, 1).withIndex("GSI1", 5, 1));
		ThroughputRequest write = ThroughputRequest.write("T")
			.table(Value.s("a"), 2)
			.index("GSI1", Value.s("g"), 2)
			.build();
		assertThat(this.limiter.tryAcquire(write).granted()).isTrue();
		// table and GSI both have 1 WCU: the second write is refused by both
		assertThat(this.limiter.tryAcquire(write).throttles()).extracting(Throttle::reason)
			.containsExactly(ThrottlingReason.TABLE_WRITE_PROVISIONED_THROUGHPUT_EXCEEDED,
					ThrottlingReason.INDEX_WRITE_PROVISIONED_THROUGHPUT_EXCEEDED);
		this.clock.advanceSeconds(60);
		Value hot = Value.s("hot");
		while (this.limiter.tryAcquire(ThroughputRequest.read("T").table(hot, 200).build()).granted()) {
			// drain the hot key's partition (3,000 RCU) while the table has 6,000
		}
		TableDiagnostics diagnostics = this.limiter.diagnostics("T");
		assertThat(diagnostics.table().throttlesByReason()).containsExactly(
				Map.entry(ThrottlingReason.TABLE_READ_KEY_RANGE_THROUGHPUT_EXCEEDED, 1L),
				Map.entry(ThrottlingReason.TABLE_WRITE_PROVISIONED_THROUGHPUT_EXCEEDED, 1L));
		assertThat(diagnostics.table().readThrottleEvents() + diagnostics.table().writeThrottleEvents()).isEqualTo(2);
		assertThat(diagnostics.globalSecondaryIndexes().get("GSI1").throttlesByReason())
			.containsExactly(Map.entry(ThrottlingReason.INDEX_WRITE_PROVISIONED_THROUGHPUT_EXCEEDED, 1L));
		PartitionDiagnostics hotPartition = diagnostics.table()
			.partitions()
			.get(this.limiter.partitionOf("T", null, hot));
		assertThat(hotPartition.windows().get(hotPartition.windows().size() - 1).throttlesByReason())
			.containsExactly(Map.entry(ThrottlingReason.TABLE_READ_KEY_RANGE_THROUGHPUT_EXCEEDED, 1L));
	}

}
