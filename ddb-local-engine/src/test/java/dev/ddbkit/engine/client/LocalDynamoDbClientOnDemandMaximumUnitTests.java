package dev.ddbkit.engine.client;

import java.time.Duration;
import java.util.Map;

import dev.ddbkit.engine.DynamoEngine;
import dev.ddbkit.engine.DynamoManualClock;
import dev.ddbkit.engine.Engines;
import dev.ddbkit.engine.capacity.ThrottlingReason;
import dev.ddbkit.engine.capacity.ThroughputSettings;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.OnDemandThroughput;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.RequestLimitExceededException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.ThrottlingException;

import static dev.ddbkit.engine.client.Tables.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

// An on-demand table or GSI may have a maximum throughput, OnDemandThroughput.MaxReadRequestUnits /
// MaxWriteRequestUnits, set by CreateTable and changed by UpdateTable (-1 removes it) and reported by DescribeTable
// (API Reference, "OnDemandThroughput", "CreateTable", "UpdateTable", "TableDescription"); requests beyond it are
// throttled with the reason <Table|Index><Read|Write>MaxOnDemandThroughputExceeded naming the table or index ARN
// (Developer Guide, "DynamoDB maximum throughput for on-demand tables", "On-demand maximum throughput exceeded").
// A small write is 1 write request unit; an eventually consistent read of up to 4 KB is half a read request unit.
// Without a maximum, an on-demand table is still bounded by the account's per-table quota ("Quotas"), throttled
// with RequestLimitExceeded and the reason <Table|Index><Read|Write>AccountLimitExceeded.
class LocalDynamoDbClientOnDemandMaximumUnitTests {

	private static final String ARN = "arn:aws:dynamodb:us-east-1:000000000000:table/Orders";

	private final DynamoManualClock clock = Engines.clock();

	@AutoClose
	private final DynamoEngine engine = Engines.on(this.clock);

	private final DynamoDbClient client = this.engine.client();

	@Test
	void writesBeyondTheTablesMaximumAreThrottledUntilTheNextSecond() {
		createOrders(maximum(5L, 2L), null);
		put("o1", null);
		put("o2", null);
		assertThatExceptionOfType(ThrottlingException.class).isThrownBy(() -> put("o3", null))
			.satisfies((ex) -> assertThat(ex.throttlingReasons())
				.containsExactly(software.amazon.awssdk.services.dynamodb.model.ThrottlingReason.builder()
					.reason("TableWriteMaxOnDemandThroughputExceeded")
					.resource(ARN)
					.build()));
		this.clock.advance(Duration.ofSeconds(1));
		put("o3", null);
		assertThat(this.engine.capacityDiagnostics("Orders").table().throttlesByReason())
			.containsExactly(Map.entry(ThrottlingReason.TABLE_WRITE_MAX_ON_DEMAND_THROUGHPUT_EXCEEDED, 1L));
	}

	@Test
	void readsBeyondTheTablesMaximumAreThrottled() {
		createOrders(maximum(5L, null), null);
		put("o1", null);
		for (int i = 0; i < 10; i++) {
			get("o1");
		}
		assertThatExceptionOfType(ThrottlingException.class).isThrownBy(() -> get("o1"))
			.satisfies((ex) -> assertThat(ex.throttlingReasons()).singleElement()
				.satisfies(
						(reason) -> assertThat(reason.reason()).isEqualTo("TableReadMaxOnDemandThroughputExceeded")));
	}

	@Test
	void anIndexMaximumThrottlesBaseTableWritesThatReachTheIndex() {
		createOrders(null, maximum(null, 1L));
		put("o1", "NEW");
		put("o2", null);
		assertThatExceptionOfType(ThrottlingException.class).isThrownBy(() -> put("o3", "NEW"))
			.satisfies((ex) -> assertThat(ex.throttlingReasons()).singleElement().satisfies((reason) -> {
				assertThat(reason.reason()).isEqualTo("IndexWriteMaxOnDemandThroughputExceeded");
				assertThat(reason.resource()).isEqualTo(ARN + "/index/byStatus");
			}));
		assertThat(this.client.getItem((request) -> request.tableName("Orders").key(Map.of("PK", s("o3")))).hasItem())
			.isFalse();
	}

	@Test
	void describeTableReportsTheMaximaWithMinusOneForASideWithoutOne() {
		createOrders(maximum(100L, null), maximum(null, 10L));
		TableDescription table = describe();
		assertThat(table.onDemandThroughput()).isEqualTo(maximum(100L, -1L));
		assertThat(table.globalSecondaryIndexes().get(0).onDemandThroughput()).isEqualTo(maximum(-1L, 10L));
	}

	@Test
	void updateTableChangesAndRemovesTheMaxima() {
		createOrders(maximum(5L, 1L), maximum(null, 1L));
		put("o1", null);
		assertThatExceptionOfType(ThrottlingException.class).isThrownBy(() -> put("o2", null));
		this.client.updateTable((request) -> request.tableName("Orders")
			.onDemandThroughput(maximum(null, -1L))
			.globalSecondaryIndexUpdates((update) -> update
				.update((index) -> index.indexName("byStatus").onDemandThroughput(maximum(7L, 50L)))));
		TableDescription table = describe();
		assertThat(table.onDemandThroughput()).isEqualTo(maximum(5L, -1L));
		assertThat(table.globalSecondaryIndexes().get(0).onDemandThroughput()).isEqualTo(maximum(7L, 50L));
		for (int i = 2; i < 40; i++) {
			put("o" + i, "NEW");
		}
	}

	@Test
	void withoutAMaximumTheAccountsPerTableQuotaThrottlesWithRequestLimitExceeded() {
		try (DynamoEngine quota = Engines.on(this.clock, (settings) -> settings
			.withThroughput(ThroughputSettings.defaults().withAccountTableLimits(40_000, 2)))) {
			quota.client()
				.createTable((request) -> request.tableName("Orders")
					.billingMode(BillingMode.PAY_PER_REQUEST)
					.attributeDefinitions(Tables.attribute("PK", ScalarAttributeType.S))
					.keySchema(Tables.key("PK", KeyType.HASH)));
			for (int i = 0; i < 2; i++) {
				int id = i;
				quota.client().putItem((request) -> request.tableName("Orders").item(Map.of("PK", s("o" + id))));
			}
			assertThatExceptionOfType(RequestLimitExceededException.class).isThrownBy(
					() -> quota.client().putItem((request) -> request.tableName("Orders").item(Map.of("PK", s("o2")))))
				.satisfies((ex) -> assertThat(ex.throttlingReasons())
					.containsExactly(software.amazon.awssdk.services.dynamodb.model.ThrottlingReason.builder()
						.reason("TableWriteAccountLimitExceeded")
						.resource(ARN)
						.build()));
		}
	}

	private void createOrders(OnDemandThroughput tableMaximum, OnDemandThroughput indexMaximum) {
		this.client.createTable((request) -> request.tableName("Orders")
			.billingMode(BillingMode.PAY_PER_REQUEST)
			.onDemandThroughput(tableMaximum)
			.attributeDefinitions(Tables.attribute("PK", ScalarAttributeType.S),
					Tables.attribute("status", ScalarAttributeType.S))
			.keySchema(Tables.key("PK", KeyType.HASH))
			.globalSecondaryIndexes((index) -> index.indexName("byStatus")
				.keySchema(Tables.key("status", KeyType.HASH))
				.projection((projection) -> projection.projectionType(ProjectionType.KEYS_ONLY))
				.onDemandThroughput(indexMaximum)));
	}

	private static OnDemandThroughput maximum(Long read, Long write) {
		return OnDemandThroughput.builder().maxReadRequestUnits(read).maxWriteRequestUnits(write).build();
	}

	/** A small item, in the index when it has a status. */
	private void put(String order, String status) {
		Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> item = (status != null)
				? Map.of("PK", s(order), "status", s(status)) : Map.of("PK", s(order));
		this.client.putItem((request) -> request.tableName("Orders").item(item));
	}

	private void get(String order) {
		this.client.getItem((request) -> request.tableName("Orders").key(Map.of("PK", s(order))));
	}

	private TableDescription describe() {
		return this.client.describeTable((request) -> request.tableName("Orders")).table();
	}

}
