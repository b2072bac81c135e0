package dev.ddbkit.sample.ecommerce.importer;

import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import dev.ddbkit.mapping.core.DynamoBatchPolicy;
import dev.ddbkit.mapping.core.DynamoTemplate;
import dev.ddbkit.mapping.schema.EntitySchema;
import dev.ddbkit.sample.ecommerce.load.SteerableClock;
import dev.ddbkit.sample.ecommerce.order.Order;
import dev.ddbkit.sample.ecommerce.sales.SalesTableConfiguration.TableCustomizer;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughput;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --import=folder} into a provisioned table of 100 WCU (and 100 WCU per GSI) with
 * capacity enforced, on the engine's clock held by hand: the batches outrun the table,
 * DynamoDB refuses calls as throttled and returns items unprocessed, and the importer's
 * backoff waits (which move the held clock instead of sleeping) retry until every item
 * the CSV files make is stored. The start-up load and the wall-clock retry layer are off,
 * so the importer's own retries are the only ones.
 */
@SpringBootTest(webEnvironment = WebEnvironment.NONE, properties = { "sample.import.enabled=false",
		"sample.sales.poll-interval=1h", "ddb.retry.enabled=false", "ddb.engine.capacity-enforcement=enforce" })
class OlistImportThrottledTests {

	private static final long WRITE_UNITS = 100;

	@Autowired
	private OlistImportCommand command;

	@Autowired
	private DynamoTemplate template;

	@Autowired
	private DynamoDbClient client;

	@Autowired
	private SteerableClock clock;

	@Test
	void aThrottledImportRetriesUntilEveryItemTheFilesMakeIsStored() {
		String table = this.template.getTableSchema(Order.class).getSchema().getTableName();
		assertThat(this.client.describeTable((request) -> request.tableName(table))
			.table()
			.provisionedThroughput()
			.writeCapacityUnits()).isEqualTo(WRITE_UNITS);
		Random random = new Random(7);
		this.clock.hold();
		try {
			this.template.setBatchPolicy(new DynamoBatchPolicy(20, Duration.ofMillis(50), Duration.ofSeconds(2),
					this.clock::advance, (bound) -> random.nextLong(bound + 1)));
			this.command.run(new DefaultApplicationArguments("--import=" + OlistExpectedItems.FOLDER));
		}
		finally {
			this.template.setBatchPolicy(DynamoBatchPolicy.DEFAULT);
			this.clock.release();
		}

		ImportReport report = this.command.getLastReport();
		assertThat(report).isNotNull();
		assertThat(report.throttles()).isPositive();
		assertThat(report.retries()).isGreaterThan(report.throttles());
		assertThat(report.itemsWritten()).isEqualTo(OlistExpectedItems.total());
		assertThat(itemsByType(table)).isEqualTo(OlistExpectedItems.byType());
	}

	private Map<String, Long> itemsByType(String table) {
		Map<String, Long> counts = new TreeMap<>();
		this.client.scanPaginator((request) -> request.tableName(table).consistentRead(true))
			.items()
			.forEach((item) -> counts.merge(item.get(EntitySchema.TYPE_ATTRIBUTE).s(), 1L, Long::sum));
		return counts;
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class ProvisionedTable {

		@Bean
		TableCustomizer provisionedThroughput() {
			ProvisionedThroughput throughput = ProvisionedThroughput.builder()
				.writeCapacityUnits(WRITE_UNITS)
				.readCapacityUnits(4_000L)
				.build();
			return (table) -> {
				CreateTableRequest.Builder provisioned = table.toBuilder()
					.billingMode(BillingMode.PROVISIONED)
					.provisionedThroughput(throughput);
				if (table.hasGlobalSecondaryIndexes()) {
					provisioned.globalSecondaryIndexes(table.globalSecondaryIndexes()
						.stream()
						.map((index) -> index.toBuilder().provisionedThroughput(throughput).build())
						.toList());
				}
				return provisioned.build();
			};
		}

	}

}
