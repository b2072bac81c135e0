package dev.ddbkit.mapping.repository;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import dev.ddbkit.engine.DynamoEngine;
import dev.ddbkit.engine.EngineSettings;
import dev.ddbkit.mapping.core.DynamoTemplate;
import dev.ddbkit.mapping.observability.DynamoMetrics;
import dev.ddbkit.mapping.observability.MeterSnapshot;
import dev.ddbkit.mapping.query.DynamoQuery;
import dev.ddbkit.mapping.repository.config.EnableDynamoRepositories;
import dev.ddbkit.mapping.repository.sample.OrderRepository;
import dev.ddbkit.mapping.resilience.DynamoClientInterceptor;
import dev.ddbkit.mapping.test.Customer;
import dev.ddbkit.mapping.test.Order;
import dev.ddbkit.mapping.test.Order.LineItem;
import dev.ddbkit.mapping.test.Order.OrderStatus;
import dev.ddbkit.mapping.test.Product;
import dev.ddbkit.mapping.test.TestBackend;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What repository and template reads send, seen by a recording interceptor on an engine
 * whose pages hold about {@value #PAGE_BYTES} bytes (a few orders), under
 * {@link DynamoMetrics}: read consistency, lazy paging and the filtered-query meters.
 */
class RepositoryRequestsUnitTests {

	private static final int PAGE_BYTES = 400;

	private static final DynamoEngine engine = DynamoEngine.builder()
		.settings(EngineSettings.defaults().withMaxPageBytes(PAGE_BYTES))
		.build();

	private static final Instant T0 = Instant.parse("2018-05-01T10:00:00Z");

	/** The client of the next context's template. */
	static DynamoDbClient client;

	private final List<QueryRequest> queries = new CopyOnWriteArrayList<>();

	private final List<QueryResponse> answers = new CopyOnWriteArrayList<>();

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private final ByteArrayOutputStream log = new ByteArrayOutputStream();

	private AnnotationConfigApplicationContext context;

	private OrderRepository orders;

	@BeforeEach
	void startContext() {
		DynamoDbClient recording = DynamoClientInterceptor.decorate(engine.client(), (request, chain) -> {
			var response = chain.proceed(request);
			if (request instanceof QueryRequest query) {
				this.queries.add(query);
				this.answers.add((QueryResponse) response);
			}
			return response;
		});
		client = DynamoMetrics.builder(this.registry).build().instrument(recording);
		PrintStream err = System.err;
		// slf4j-simple writes to the System.err of the moment
		System.setErr(new PrintStream(this.log, true, StandardCharsets.UTF_8));
		try {
			this.context = new AnnotationConfigApplicationContext(RequestsConfiguration.class);
		}
		finally {
			System.setErr(err);
		}
		this.orders = this.context.getBean(OrderRepository.class);
		for (int i = 0; i < 9; i++) {
			this.orders.save(new Order("c1", "o" + i, T0.plusSeconds(i), OrderStatus.CREATED,
					BigDecimal.valueOf(10L * i), List.of(new LineItem("p1", 1)), null));
		}
		this.queries.clear();
		this.answers.clear();
	}

	@AfterEach
	void closeContext() {
		this.context.close();
	}

	@Test
	void consistentReadMethodsSendStronglyConsistentQueriesAndPayAFullReadUnit() {
		assertThat(this.orders.findByCustomerIdOrderByPurchasedAtDesc("c1")).hasSize(9);
		assertThat(this.queries).isNotEmpty().allSatisfy((query) -> assertThat(query.consistentRead()).isTrue());
		assertThat(this.answers).allSatisfy((answer) -> assertThat(answer.consumedCapacity().capacityUnits()).isOne());
		this.queries.clear();
		this.answers.clear();
		assertThat(this.orders.findByCustomerIdAndPurchasedAtGreaterThanEqual("c1", T0)).hasSize(9);
		assertThat(this.queries).isNotEmpty()
			.allSatisfy((query) -> assertThat(query.consistentRead()).isNotEqualTo(true));
		assertThat(this.answers)
			.allSatisfy((answer) -> assertThat(answer.consumedCapacity().capacityUnits()).isEqualTo(0.5));
	}

	@Test
	void streamsReadOnlyThePagesConsumed() {
		DynamoTemplate template = this.context.getBean(DynamoTemplate.class);
		DynamoQuery<Order> partition = DynamoQuery.builder(Order.class).where("customerId", "c1").build();
		try (Stream<Order> all = template.stream(partition)) {
			assertThat(all).hasSize(9);
		}
		assertThat(this.queries).as("pages of the partition").hasSizeGreaterThanOrEqualTo(3);
		this.queries.clear();
		try (Stream<Order> stream = template.stream(partition)) {
			assertThat(stream.findFirst()).map(Order::orderId).contains("o0");
		}
		assertThat(this.queries).hasSize(1);
		this.queries.clear();
		try (Stream<Order> stream = this.orders.streamByCustomerId("c1")) {
			assertThat(stream.findFirst()).map(Order::orderId).contains("o0");
		}
		assertThat(this.queries).hasSize(1);
	}

	@Test
	void filteredQueriesAreLoggedAtStartUpAndCountedPerExecutionWithTheItemsDropped() {
		String method = "OrderRepository.findByCustomerIdAndTotalGreaterThan(String, BigDecimal)";
		assertThat(this.log.toString(StandardCharsets.UTF_8)).contains(method + " -> table: PK = CUSTOMER#{customerId}"
				+ " (ascending) filtered by [total GREATER_THAN]: DynamoDB reads and bills the items the filter drops "
				+ "(meters ddb.query.filtered and ddb.query.filtered.items)");
		assertThat(this.orders.findByCustomerIdAndTotalGreaterThan("c1", new BigDecimal("25"))).hasSize(6);
		assertThat(this.queries).as("pages of one execution").hasSizeGreaterThanOrEqualTo(3);
		assertThat(this.orders.findByCustomerIdAndTotalGreaterThan("c1", new BigDecimal("75"))).hasSize(1);
		this.orders.findByCustomerIdOrderByPurchasedAtDesc("c1");
		String tags = "entity=Order,method=" + method;
		assertThat(MeterSnapshot.of(this.registry, DynamoMetrics.FILTERED_QUERIES)).isEqualTo(Map.of(tags, 2.0));
		assertThat(this.registry.get(DynamoMetrics.FILTERED_ITEMS).tag("method", method).counter().count())
			.isEqualTo(3 + 8);
	}

	@Configuration(proxyBeanMethods = false)
	@EnableDynamoRepositories(basePackageClasses = OrderRepository.class)
	static class RequestsConfiguration {

		@Bean
		DynamoTemplate dynamoTemplate() {
			return new DynamoTemplate(client,
					TestBackend.createContext(client, Customer.class, Order.class, Product.class));
		}

	}

}
