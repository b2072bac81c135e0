package dev.ddbkit.mapping.observability;

import java.util.List;

import dev.ddbkit.mapping.core.DynamoTemplate;
import dev.ddbkit.mapping.query.DynamoQuery;
import dev.ddbkit.mapping.schema.DynamoMappingContext;
import dev.ddbkit.mapping.test.Customer;
import dev.ddbkit.mapping.test.Order;
import dev.ddbkit.mapping.test.TestBackend;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.dao.OptimisticLockingFailureException;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.ThrottlingReason;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DynamoMetricsUnitTests {

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	@Test
	void timesRequestsByOperationTableAndOutcomeAndCountsConsumedCapacity() {
		DynamoMappingContext context = TestBackend.DYNAMODB_LOCAL.createContext(Customer.class, Order.class);
		String table = context.getDefaultTableName();
		DynamoTemplate template = new DynamoTemplate(
				DynamoMetrics.wrap(TestBackend.DYNAMODB_LOCAL.client(), this.registry), context);
		Customer saved = template.save(new Customer("c1", "Ana", "Recife"));
		template.findById(Customer.class, "c1");
		template.query(DynamoQuery.builder(Customer.class).where("customerId", "c1").build());
		assertThatExceptionOfType(OptimisticLockingFailureException.class)
			.isThrownBy(() -> template.save(new Customer("c1", "stale", "x")));
		assertThat(this.registry.get("ddb.requests")
			.tags("operation", "PutItem", "table", table, "outcome", "success")
			.timer()
			.count()).isEqualTo(1);
		assertThat(this.registry.get("ddb.requests")
			.tags("operation", "PutItem", "outcome", "ConditionalCheckFailedException")
			.timer()
			.count()).isEqualTo(1);
		assertThat(this.registry.get("ddb.requests").tags("operation", "GetItem").timer().count()).isEqualTo(1);
		assertThat(this.registry.get("ddb.requests").tags("operation", "Query").timer().count()).isEqualTo(1);
		assertThat(this.registry.get("ddb.capacity.consumed")
			.tags("table", table, "index", "table", "operation", "PutItem")
			.counter()
			.count()).isPositive();
		assertThat(saved.version()).isEqualTo(1L);
	}

	@Test
	void countsThrottlesByReasonWithoutOneTagPerKey() {
		DynamoDbClient throttling = new DynamoDbClient() {
			@Override
			public GetItemResponse getItem(GetItemRequest request) {
				throw ProvisionedThroughputExceededException.builder()
					.throttlingReasons(List.of(ThrottlingReason.builder()
						.reason("TableReadKeyRangeThroughputExceeded")
						.resource("arn:aws:dynamodb:local:000000000000:table/t")
						.build()))
					.build();
			}

			@Override
			public String serviceName() {
				return "dynamodb";
			}

			@Override
			public void close() {
			}
		};
		DynamoDbClient client = DynamoMetrics.wrap(throttling, this.registry);
		assertThatExceptionOfType(ProvisionedThroughputExceededException.class)
			.isThrownBy(() -> client.getItem((r) -> r.tableName("t")));
		assertThat(this.registry.get("ddb.throttles")
			.tags("table", "t", "reason", "TableReadKeyRangeThroughputExceeded")
			.counter()
			.count()).isEqualTo(1);
	}

}
