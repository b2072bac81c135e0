package dev.ddbkit.autoconfigure;

import java.util.Map;

import dev.ddbkit.autoconfigure.actuate.DynamoEndpoint;
import dev.ddbkit.autoconfigure.actuate.DynamoEndpointAutoConfiguration;
import dev.ddbkit.autoconfigure.actuate.DynamoHealthContributorAutoConfiguration;
import dev.ddbkit.autoconfigure.actuate.DynamoHealthIndicator;
import dev.ddbkit.autoconfigure.prefix.Ledger;
import dev.ddbkit.autoconfigure.prefix.LedgerConfiguration;
import dev.ddbkit.autoconfigure.prefix.LedgerRepository;
import dev.ddbkit.autoconfigure.scan.Widget;
import dev.ddbkit.autoconfigure.scan.WidgetConfiguration;
import dev.ddbkit.autoconfigure.scan.WidgetRepository;
import dev.ddbkit.engine.DynamoEngine;
import dev.ddbkit.mapping.DynamoMappingException;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ddb.table-prefix}: every table name the entities use, the default table's and
 * those named by {@code @DynamoEntity(table)}, is prefixed in the schema initializer, the
 * repositories, schema validation, the health indicator and the {@code ddb} endpoint.
 */
class DynamoTablePrefixUnitTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(
				AutoConfigurations.of(DynamoAutoConfiguration.class, DynamoRepositoriesAutoConfiguration.class,
						DynamoHealthContributorAutoConfiguration.class, DynamoEndpointAutoConfiguration.class))
		.withUserConfiguration(WidgetConfiguration.class, LedgerConfiguration.class)
		.withPropertyValues("ddb.mode=embedded", "ddb.table-name=widgets", "ddb.table-prefix=test-",
				"management.endpoints.web.exposure.include=ddb");

	@Test
	void schemaInitializerCreatesTheDefaultAndTheExplicitTablesPrefixed() {
		this.runner.run((context) -> assertThat(context.getBean(DynamoDbClient.class).listTables().tableNames())
			.containsExactly("test-ledger", "test-widgets"));
	}

	@Test
	void repositoriesReadAndWriteThePrefixedTablesAndTheirIndexes() {
		this.runner.run((context) -> {
			context.getBean(WidgetRepository.class).save(new Widget("w1", "red"));
			context.getBean(LedgerRepository.class).save(new Ledger("l1"));
			DynamoDbClient client = context.getBean(DynamoDbClient.class);

			assertThat(client.scan((scan) -> scan.tableName("test-widgets")).items())
				.extracting((item) -> item.get("PK").s())
				.containsExactly("WIDGET#w1");
			assertThat(client.scan((scan) -> scan.tableName("test-ledger")).items())
				.extracting((item) -> item.get("PK").s())
				.containsExactly("ENTRY#l1");
			assertThat(context.getBean(WidgetRepository.class).findByColor("red")).extracting(Widget::getId)
				.containsExactly("w1");
		});
	}

	@Test
	void healthAndEndpointReportThePrefixedTables() {
		this.runner.run((context) -> {
			assertThat(context.getBean(DynamoHealthIndicator.class).health().getDetails()).containsEntry("tables",
					Map.of("test-widgets", "ACTIVE", "test-ledger", "ACTIVE"));
			DynamoEndpoint.DynamoDescriptor report = context.getBean(DynamoEndpoint.class).ddb();
			assertThat(report.tables()).containsOnlyKeys("test-widgets", "test-ledger");
			assertThat(report.partitionHeat()).containsOnlyKeys("test-ledger", "test-widgets");
			assertThat(report.accessPatterns()).contains("test-widgets").contains("test-ledger");
		});
	}

	@Test
	void validateComparesThePrefixedTables() {
		this.runner.run((created) -> {
			DynamoEngine engine = created.getBean(DynamoEngine.class);
			this.runner.withPropertyValues("ddb.schema-action=validate")
				.withBean(DynamoEngine.class, () -> engine)
				.run((context) -> assertThat(context).hasNotFailed());
			this.runner.withPropertyValues("ddb.schema-action=validate", "ddb.table-prefix=prod-")
				.withBean(DynamoEngine.class, () -> engine)
				.run((context) -> assertThat(context).getFailure()
					.rootCause()
					.isInstanceOf(DynamoSchemaValidationException.class)
					.hasMessageContaining("Table 'prod-widgets' does not exist")
					.hasMessageContaining("Table 'prod-ledger' does not exist"));
		});
	}

	@Test
	void aPrefixThatMakesATableNameInvalidFailsStartUpNamingTheTable() {
		this.runner.withPropertyValues("ddb.table-prefix=test/")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOf(DynamoMappingException.class)
				.hasMessageFindingMatch("table name 'test/(widgets|ledger)' must be 3 to 255 characters"));
	}

}
