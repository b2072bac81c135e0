package dev.ddbkit.sample.ecommerce.load;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.ddbkit.sample.ecommerce.load.LoadReport.PartitionHeat;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

// The engine clock is held for each run and moved 5 ms per order: the runs are on a
// manual clock, wait for nothing, and each starts in a fresh diagnostics window.
@SpringBootTest(webEnvironment = WebEnvironment.NONE, args = "--load-scenario=hot-customer")
class HotCustomerScenarioTests {

	@Autowired
	private LoadScenarioCommand command;

	@Autowired
	private HotCustomerScenario scenario;

	@Test
	void twoHundredOrdersASecondUnderOneCustomerKeyThrottleOnTheHotGsiPartition() {
		LoadReport report = this.command.getLastReport();
		assertThat(report).isNotNull();
		assertThat(report.scenario()).isEqualTo("hot-customer");
		assertThat(report.ordersAttempted()).isEqualTo(2_000);
		assertThat(report.simulatedElapsed()).isGreaterThanOrEqualTo(Duration.ofMillis(1_999 * 5));
		assertThat(report.throttles()).isPositive();
		assertThat(report.throttlesByReason()).containsOnlyKeys("IndexWriteKeyRangeThroughputExceeded");
		assertThat(report.engineThrottlesByReason())
			.isEqualTo(Map.of("GSI1", Map.of("IndexWriteKeyRangeThroughputExceeded", report.throttles())));
		assertThat(report.retries()).isPositive();
		assertThat(report.writeAttempts()).isEqualTo(report.ordersAttempted() + report.retries());
		assertThat(report.ordersWritten() + report.ordersGivenUp()).isEqualTo(report.ordersAttempted());
		List<PartitionHeat> gsi1 = report.partitionHeat().get("GSI1");
		assertThat(gsi1).filteredOn((heat) -> heat.writeThrottleEvents() > 0).hasSize(1);
		assertThat(gsi1.stream().mapToLong(PartitionHeat::writeThrottleEvents).sum()).isEqualTo(report.throttles());
		assertThat(report.partitionHeat().get("table")).allMatch((heat) -> heat.writeThrottleEvents() == 0);
		assertThat(report.hottestKeys()).anyMatch((key) -> key.startsWith("GSI1 CUSTOMER#reseller-0001: at least"));
		// The start-up load wrote categories, statuses and sellers; the scenario writes
		// none.
		assertThat(report.hottestKeys()).isNotEmpty()
			.noneMatch((key) -> key.contains("CATEGORY#") || key.contains("STATUS#") || key.contains("SELLER#"));
		assertThat(report.describe()).contains("IndexWriteKeyRangeThroughputExceeded");
	}

	@Test
	void theSameOrdersWithGsi1ShardedTenWaysAreNeverThrottled() {
		LoadReport report = this.scenario.run(true, 2_000);
		assertThat(report.scenario()).isEqualTo("hot-customer-sharded");
		assertThat(report.shards()).isEqualTo(10);
		assertThat(report.throttlesByReason()).isEmpty();
		assertThat(report.engineThrottlesByReason()).isEmpty();
		assertThat(report.retries()).isZero();
		assertThat(report.ordersWritten()).isEqualTo(2_000);
		assertThat(report.writeAttempts()).isEqualTo(2_000);
		assertThat(report.partitionHeat().get("GSI1")).allMatch((heat) -> heat.writeThrottleEvents() == 0)
			.filteredOn((heat) -> heat.consumedWriteCapacityUnits() > 0)
			.hasSizeGreaterThan(1);
		assertThat(report.describe()).contains("throttles by reason (ddb.throttles): none");
	}

}
