package dev.ddbkit.mapping.observability;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.ddbkit.engine.DynamoEngine;
import dev.ddbkit.engine.DynamoManualClock;
import dev.ddbkit.engine.EngineSettings;
import dev.ddbkit.engine.EngineSettings.CapacityEnforcement;
import dev.ddbkit.mapping.DynamoThroughputExceededException;
import dev.ddbkit.mapping.core.DynamoTemplate;
import dev.ddbkit.mapping.core.DynamoTransaction;
import dev.ddbkit.mapping.core.DynamoUpdate;
import dev.ddbkit.mapping.query.DynamoQuery;
import dev.ddbkit.mapping.schema.DynamoMappingContext;
import dev.ddbkit.mapping.test.Customer;
import dev.ddbkit.mapping.test.HotCounter;
import dev.ddbkit.mapping.test.Order;
import dev.ddbkit.mapping.test.Order.LineItem;
import dev.ddbkit.mapping.test.Order.OrderStatus;
import dev.ddbkit.mapping.test.Product;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;

import static org.assertj.core.api.Assertions.assertThat;

// The meters of a template's calls on the engine: request timers by entity, the
// capacity the engine reports per table and index, throttles by the reason the engine
// gives, and the hot partition key.
class TemplateMetricsUnitTests {

	private static final Instant T0 = Instant.parse("2018-05-01T10:00:00Z");

	private final DynamoManualClock clock = new DynamoManualClock(Instant.parse("2026-03-01T00:00:00Z"));

	@AutoClose
	private final DynamoEngine engine = DynamoEngine.builder()
		.clock(this.clock)
		.settings(EngineSettings.defaults().withCapacityEnforcement(CapacityEnforcement.ENFORCE))
		.build();

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private final DynamoMetrics metrics = DynamoMetrics.builder(this.registry).build();

	private final DynamoDbClient client = this.metrics.instrument(this.engine.client());

	@Test
	void tagsEachRequestWithTheEntityItWasMadeFor() {
		DynamoTemplate template = template(BillingMode.PAY_PER_REQUEST, Customer.class, Order.class, Product.class);
		template.save(new Customer("c1", "Ana", "Recife"));
		template.findById(Customer.class, "c1");
		template.batchSave(List.of(new Product("p1"), new Product("p2")));
		template.transact(DynamoTransaction.create()
			.insert(new Customer("c2", "Bia", "Olinda"))
			.insert(new Order("c2", "o1", T0, OrderStatus.CREATED, BigDecimal.ONE, List.of(new LineItem("p1", 1)),
					null)));
		// a lazy stream pages after the template returned: still tagged
		var orders = template.stream(DynamoQuery.builder(Order.class).where("customerId", "c2").build());
		assertThat(orders.toList()).hasSize(1);
		this.client.getItem((request) -> request.tableName(tableName(template))
			.key(Map.of("PK", AttributeValue.fromS("CUSTOMER#c1"), "SK", AttributeValue.fromS("PROFILE"))));

		String table = tableName(template);
		assertThat(MeterSnapshot.of(this.registry, DynamoMetrics.REQUESTS)).containsOnlyKeys(
				"entity=Customer,index=none,operation=PutItem,outcome=success,table=" + table,
				"entity=Customer,index=none,operation=GetItem,outcome=success,table=" + table,
				"entity=Product,index=none,operation=BatchWriteItem,outcome=success,table=" + table,
				"entity=multiple,index=none,operation=TransactWriteItems,outcome=success,table=" + table,
				"entity=Order,index=none,operation=Query,outcome=success,table=" + table,
				"entity=none,index=none,operation=GetItem,outcome=success,table=" + table);
		// the order's put wrote both indexes; the engine reports each index's units
		assertThat(MeterSnapshot.of(this.registry, DynamoMetrics.CONSUMED_WCU))
			.containsKeys("index=none,table=" + table, "index=GSI1,table=" + table, "index=GSI2,table=" + table);
		assertThat(MeterSnapshot.of(this.registry, DynamoMetrics.CONSUMED_RCU).get("index=none,table=" + table))
			.isPositive();
	}

	@Test
	void countsTheEnginesThrottlesByReasonAndFindsTheHotKey() {
		DynamoTemplate template = template(BillingMode.PROVISIONED, HotCounter.class);
		template.save(new HotCounter("home", 0, 0));
		this.clock.advance(Duration.ofSeconds(1));
		int throttles = 0;
		for (int i = 0; i < 1_200; i++) {
			try {
				template.update(HotCounter.class, Map.of("name", "home", "slot", 0),
						DynamoUpdate.create().add("hits", 1));
			}
			catch (DynamoThroughputExceededException ex) {
				throttles++;
			}
		}
		String table = tableName(template);
		assertThat(throttles).isPositive();
		assertThat(MeterSnapshot.of(this.registry, DynamoMetrics.THROTTLES)).containsExactly(
				Map.entry("index=none,operation=UpdateItem,reason=TableWriteKeyRangeThroughputExceeded,table=" + table,
						(double) throttles));
		assertThat(MeterSnapshot.of(this.registry, DynamoMetrics.REQUESTS))
			.containsEntry("entity=HotCounter,index=none,operation=UpdateItem,outcome=throttled,table=" + table,
					(double) throttles)
			.containsEntry("entity=HotCounter,index=none,operation=UpdateItem,outcome=success,table=" + table,
					(double) (1_200 - throttles));
		assertThat(MeterSnapshot.of(this.registry, DynamoMetrics.CONSUMED_WCU).get("index=none,table=" + table))
			.as("one unit per served update and for the first save")
			.isEqualTo(1_200 - throttles + 1.0);
		assertThat(this.metrics.hotKeys().top(table)).first().isEqualTo(new DynamoHotKey(table, "HOT#home", 1_201, 0));
	}

	private DynamoTemplate template(BillingMode billing, Class<?>... entities) {
		DynamoMappingContext context = new DynamoMappingContext();
		context.setDefaultTableName("metered");
		context.setInitialEntitySet(Set.of(entities));
		context.initialize();
		context.createTableRequests()
			.forEach(
					(request) -> this.engine.client()
						.createTable((billing == BillingMode.PAY_PER_REQUEST) ? request : request.toBuilder()
							.billingMode(billing)
							.provisionedThroughput(
									(throughput) -> throughput.readCapacityUnits(2_000L).writeCapacityUnits(5_000L))
							.build()));
		return new DynamoTemplate(this.client, context);
	}

	private static String tableName(DynamoTemplate template) {
		return template.getMappingContext().getEntitySchemas().get(0).getTableName();
	}

}
