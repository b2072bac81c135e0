package dev.ddbkit.autoconfigure.actuate;

import dev.ddbkit.autoconfigure.DynamoAutoConfiguration;
import dev.ddbkit.autoconfigure.DynamoRepositoriesAutoConfiguration;
import dev.ddbkit.autoconfigure.actuate.DynamoEndpoint.DynamoDescriptor;
import dev.ddbkit.autoconfigure.actuate.DynamoEndpoint.TableDescriptor;
import dev.ddbkit.autoconfigure.metrics.DynamoMetricsAutoConfiguration;
import dev.ddbkit.autoconfigure.scan.Widget;
import dev.ddbkit.autoconfigure.scan.WidgetConfiguration;
import dev.ddbkit.autoconfigure.scan.WidgetRepository;
import dev.ddbkit.mapping.observability.DynamoHotKey;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

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
			assertThat(health.getDetails()).containsEntry("tables", java.util.Map.of("widgets", "ACTIVE"));
		});
	}

	@Test
	void healthIsDownWhenATableIsMissing() {
		this.runner.withPropertyValues("ddb.schema-action=none").run((context) -> {
			Health health = context.getBean(DynamoHealthIndicator.class).health();
			assertThat(health.getStatus()).isEqualTo(Status.DOWN);
			assertThat(health.getDetails()).containsEntry("tables", java.util.Map.of("widgets", "MISSING"));
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

}
