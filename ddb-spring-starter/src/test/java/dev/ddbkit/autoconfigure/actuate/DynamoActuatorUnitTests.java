package dev.ddbkit.autoconfigure.actuate;

import java.util.Map;

import dev.ddbkit.autoconfigure.DynamoAutoConfiguration;
import dev.ddbkit.autoconfigure.DynamoRepositoriesAutoConfiguration;
import dev.ddbkit.autoconfigure.actuate.DynamoEndpoint.DynamoDescriptor;
import dev.ddbkit.autoconfigure.actuate.DynamoEndpoint.TableDescriptor;
import dev.ddbkit.autoconfigure.metrics.DynamoMetricsAutoConfiguration;
import dev.ddbkit.autoconfigure.scan.Widget;
import dev.ddbkit.autoconfigure.scan.WidgetConfiguration;
import dev.ddbkit.autoconfigure.scan.WidgetRepository;
import dev.ddbkit.autoconfigure.test.DynamoTestClockAutoConfiguration;
import dev.ddbkit.engine.DynamoEngine;
import dev.ddbkit.mapping.observability.DynamoHotKey;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link DynamoHealthContributorAutoConfiguration} and
 * {@link DynamoEndpointAutoConfiguration}.
 */
class DynamoActuatorUnitTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DynamoAutoConfiguration.class,
				DynamoRepositoriesAutoConfiguration.class, DynamoMetricsAutoConfiguration.class,
				DynamoHealthContributorAutoConfiguration.class, DynamoEndpointAutoConfiguration.class))
		.withUserConfiguration(WidgetConfiguration.class)
		.withPropertyValues("ddb.mode=embedded", "ddb.table-name=widgets");

	@Test
	void healthIsUpWithEachTableStatusWhenTheTablesAreActive() {
		this.runner.run((context) -> {
			Health health = context.getBean(DynamoHealthIndicator.class).health();
			assertThat(health.getStatus()).isEqualTo(Status.UP);
			assertThat(health.getDetails()).containsEntry("tables", Map.of("widgets", "ACTIVE"));
		});
	}

	@Test
	void healthIsDownWhenATableIsMissing() {
		this.runner.withPropertyValues("ddb.schema-action=none").run((context) -> {
			Health health = context.getBean(DynamoHealthIndicator.class).health();
			assertThat(health.getStatus()).isEqualTo(Status.DOWN);
			assertThat(health.getDetails()).containsEntry("tables", Map.of("widgets", "MISSING"));
		});
	}

	@Test
	void healthIndicatorCanBeDisabled() {
		this.runner.withPropertyValues("management.health.ddb.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(DynamoHealthIndicator.class));
	}

	@Test
	void endpointIsOnlyThereWhenExposed() {
		this.runner.run((context) -> assertThat(context).doesNotHaveBean(DynamoEndpoint.class));
		this.runner.withPropertyValues("management.endpoints.web.exposure.include=ddb")
			.run((context) -> assertThat(context).hasSingleBean(DynamoEndpoint.class));
	}

	@Test
	void endpointReportsTablesAndAccessPatternsWithoutUsageWhenNoMetricsAreRecorded() {
		this.runner.withPropertyValues("management.endpoints.web.exposure.include=ddb").run((context) -> {
			context.getBean(WidgetRepository.class).save(new Widget("w1", "red"));
			DynamoDescriptor report = context.getBean(DynamoEndpoint.class).ddb();
			TableDescriptor table = report.tables().get("widgets");
			assertThat(table.status()).isEqualTo("ACTIVE");
			assertThat(table.itemCount()).isEqualTo(1);
			assertThat(table.sizeBytes()).isPositive();
			assertThat(table.usage()).isNull();
			assertThat(report.methods()).anySatisfy((method) -> assertThat(method.signature()).contains("findByColor"));
			assertThat(report.accessPatterns()).contains("GSI1");
		});
	}

	@Test
	void endpointReportsConsumedCapacityAndHotPartitionKeysFromTheMetrics() {
		this.runner.withPropertyValues("management.endpoints.web.exposure.include=ddb")
			.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
			.run((context) -> {
				WidgetRepository widgets = context.getBean(WidgetRepository.class);
				widgets.save(new Widget("w1", "red"));
				widgets.findById("w1");
				widgets.findById("w1");
				DynamoTableUsage usage = context.getBean(DynamoEndpoint.class).ddb().tables().get("widgets").usage();
				assertThat(usage).isNotNull();
				assertThat(usage.consumedWriteCapacityUnits()).isPositive();
				assertThat(usage.consumedReadCapacityUnits()).isPositive();
				assertThat(usage.throttles()).isEmpty();
				assertThat(usage.hotPartitionKeys()).extracting(DynamoHotKey::partitionKey).contains("WIDGET#w1");
			});
	}

	@Test
	void endpointReportsTheEnginesPartitionHeatOfEachTableAndIndex() {
		this.runner.withPropertyValues("management.endpoints.web.exposure.include=ddb").run((context) -> {
			WidgetRepository widgets = context.getBean(WidgetRepository.class);
			widgets.save(new Widget("w1", "red"));
			widgets.findById("w1");

			Map<String, DynamoPartitionHeat> heat = context.getBean(DynamoEndpoint.class).ddb().partitionHeat();
			assertThat(heat).containsOnlyKeys("widgets");
			DynamoPartitionHeat.Resource table = heat.get("widgets").table();
			assertThat(table.name()).isEqualTo("widgets");
			assertThat(table.mode()).isEqualTo("ON_DEMAND");
			assertThat(table.writeUnitsPerSecond()).isPositive();
			assertThat(table.consumedWriteCapacityUnits()).isEqualTo(1.0);
			assertThat(table.consumedReadCapacityUnits()).isEqualTo(0.5);
			assertThat(table.writeThrottleEvents()).isZero();
			assertThat(table.throttlesByReason()).isEmpty();
			assertThat(table.partitions()).isNotEmpty().allSatisfy((partition) -> {
				assertThat(partition.hashStart()).isLessThanOrEqualTo(partition.hashEnd());
				assertThat(partition.hashStart().signum()).isNotNegative();
			});
			assertThat(table.partitions()).extracting(DynamoPartitionHeat.Partition::consumedWriteCapacityUnits)
				.containsOnlyOnce(1.0);
			assertThat(table.hottestKeys()).extracting(DynamoPartitionHeat.Key::partitionKey)
				.containsExactly("WIDGET#w1");
			DynamoPartitionHeat.Resource index = heat.get("widgets").globalSecondaryIndexes().get("GSI1");
			assertThat(index.name()).isEqualTo("GSI1");
			assertThat(index.consumedWriteCapacityUnits()).isEqualTo(1.0);
			assertThat(index.hottestKeys()).extracting(DynamoPartitionHeat.Key::partitionKey)
				.containsExactly("COLOR#red");
		});
	}

	@Test
	void partitionHeatCountsTheWritesBeyondAHotPartitionsCeilingWhenCapacityIsObserved() {
		this.runner.withConfiguration(AutoConfigurations.of(DynamoTestClockAutoConfiguration.class))
			.withPropertyValues("management.endpoints.web.exposure.include=ddb", "ddb.retry.enabled=false",
					"ddb.engine.capacity-enforcement=observe")
			.run((context) -> {
				WidgetRepository widgets = context.getBean(WidgetRepository.class);
				// One key, one instant of the manual clock: a partition serves 1,000 WCU
				// per second, so writes past that (and past any burst) are would-be
				// throttles.
				for (int i = 0; i < 3000; i++) {
					widgets.save(new Widget("hot", "red"));
				}

				DynamoPartitionHeat.Resource table = context.getBean(DynamoEndpoint.class)
					.ddb()
					.partitionHeat()
					.get("widgets")
					.table();
				assertThat(table.writeThrottleEvents()).isPositive();
				assertThat(table.partitions()).extracting(DynamoPartitionHeat.Partition::writeThrottleEvents)
					.contains(table.writeThrottleEvents());
				assertThat(table.hottestKeys().get(0).partitionKey()).isEqualTo("WIDGET#hot");
				assertThat(table.throttlesByReason()).containsKey("TableWriteKeyRangeThroughputExceeded");
				assertThat(table.throttlesByReason().values().stream().mapToLong(Long::longValue).sum())
					.isEqualTo(table.writeThrottleEvents());
				assertThat(widgets.findById("hot")).isPresent();
			});
	}

	@Test
	void partitionHeatIsAbsentWhenTheEngineDoesNotServeTheApplication() {
		try (DynamoEngine elsewhere = DynamoEngine.create()) {
			this.runner.withPropertyValues("management.endpoints.web.exposure.include=ddb")
				.withBean(DynamoDbClient.class, elsewhere::client)
				.run((context) -> {
					assertThat(context).doesNotHaveBean(DynamoEngine.class);
					assertThat(context.getBean(DynamoEndpoint.class).ddb().partitionHeat()).isNull();
				});
		}
	}

}
