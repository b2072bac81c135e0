package dev.ddbkit.mapping.core;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.ddbkit.mapping.query.DynamoQuery;
import dev.ddbkit.mapping.resilience.DynamoClientInterceptor;
import dev.ddbkit.mapping.schema.DynamoMappingContext;
import dev.ddbkit.mapping.test.Order;
import dev.ddbkit.mapping.test.Order.LineItem;
import dev.ddbkit.mapping.test.Order.OrderStatus;
import dev.ddbkit.mapping.test.Product;
import dev.ddbkit.mapping.test.TestBackend;
import dev.ddbkit.mapping.test.Ticket;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.InvalidDataAccessApiUsageException;

import software.amazon.awssdk.services.dynamodb.model.DynamoDbRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@ParameterizedClass(name = "{0}")
@EnumSource(TestBackend.class)
class ProjectionUnitTests {

	private static final Instant T0 = Instant.parse("2018-05-01T10:00:00Z");

	@Parameter
	TestBackend backend;

	private final List<DynamoDbRequest> requests = new ArrayList<>();

	private DynamoTemplate template;

	@BeforeEach
	void saveItems() {
		DynamoMappingContext context = this.backend.createContext(Order.class, Product.class, Ticket.class);
		this.template = new DynamoTemplate(DynamoClientInterceptor.decorate(this.backend.client(), (request, chain) -> {
			this.requests.add(request);
			return chain.proceed(request);
		}), context);
		for (int i = 0; i < 3; i++) {
			this.template.save(new Order("c1", "o" + i, T0.plusSeconds(i), OrderStatus.CREATED,
					BigDecimal.valueOf(10 + i), List.of(new LineItem("p1", i + 1)), null));
		}
		Product product = new Product("p1");
		product.setCategory("toys");
		product.setReleasedOn(LocalDate.of(2017, 10, 2));
		product.setTags(Set.of("red"));
		this.template.save(product);
		this.requests.clear();
	}

	@Test
	void aDtoProjectionRequestsOnlyItsAttributesAndTheKeys() {
		List<OrderTotal> totals = this.template
			.query(DynamoQuery.builder(Order.class).where("customerId", "c1").descending().build(), OrderTotal.class)
			.items();
		assertThat(totals).containsExactly(new OrderTotal("o2", new BigDecimal("12")),
				new OrderTotal("o1", new BigDecimal("11")), new OrderTotal("o0", new BigDecimal("10")));
		QueryRequest query = (QueryRequest) this.requests.get(0);
		assertThat(query.projectionExpression()).isEqualTo("#p0, #p1, #p2, #p3, #p4");
		assertThat(projected(query.projectionExpression(), query.expressionAttributeNames())).containsExactly("orderId",
				"total", "_type", "PK", "SK");
	}

	@Test
	void anInterfaceProjectionOnAnIndexAddsTheIndexKeysForPaging() {
		List<OrderStatusView> views = this.template
			.stream(DynamoQuery.builder(Order.class).index("GSI1").where("status", OrderStatus.CREATED).build(),
					OrderStatusView.class)
			.toList();
		assertThat(views).extracting(OrderStatusView::getOrderId).containsExactly("o0", "o1", "o2");
		assertThat(views).extracting(OrderStatusView::getStatus).containsOnly(OrderStatus.CREATED);
		QueryRequest query = (QueryRequest) this.requests.get(0);
		assertThat(projected(query.projectionExpression(), query.expressionAttributeNames())).containsExactly("orderId",
				"status", "_type", "PK", "SK", "GSI1PK", "GSI1SK");
	}

	@Test
	void aRenamedAttributeIsProjectedUnderItsStoredNameAndReadById() {
		ProductRelease release = this.template.findById(Product.class, "p1", ProductRelease.class).orElseThrow();
		assertThat(release).isEqualTo(new ProductRelease("p1", LocalDate.of(2017, 10, 2)));
		GetItemRequest get = (GetItemRequest) this.requests.get(0);
		assertThat(projected(get.projectionExpression(), get.expressionAttributeNames())).containsExactly("productId",
				"released", "_type", "PK", "SK");
		assertThat(this.template.findById(Product.class, "missing", ProductRelease.class)).isEmpty();
	}

	@Test
	void anOpenInterfaceProjectionReadsWholeItems() {
		List<OrderLabel> labels = this.template
			.query(DynamoQuery.builder(Order.class).where("customerId", "c1").limit(1).build(), OrderLabel.class)
			.items();
		assertThat(labels).extracting(OrderLabel::getLabel).containsExactly("o0 CREATED");
		assertThat(((QueryRequest) this.requests.get(0)).projectionExpression()).isNull();
	}

	@Test
	void aProjectionOfAPropertyTheEntityDoesNotStoreIsRejected() {
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> this.template.query(DynamoQuery.builder(Order.class).where("customerId", "c1").build(),
					Unknown.class))
			.withMessage(
					"Projection " + Unknown.class.getName() + " reads discount, which entity Order does not store");
		assertThat(this.requests).isEmpty();
	}

	@Test
	void aProjectionOfAShardedIndexPagesThroughEveryShard() {
		for (int i = 0; i < 9; i++) {
			this.template.save(new Ticket("t" + i, "OPEN", T0.plusSeconds(i), i));
		}
		List<String> read = new ArrayList<>();
		String cursor = null;
		do {
			var page = this.template.query(DynamoQuery.builder(Ticket.class)
				.index("GSI1")
				.where("status", "OPEN")
				.limit(4)
				.cursor(cursor)
				.build(), TicketId.class);
			page.items().forEach((ticket) -> read.add(ticket.ticketId()));
			cursor = page.nextCursor();
		}
		while (cursor != null);
		assertThat(read).containsExactly("t0", "t1", "t2", "t3", "t4", "t5", "t6", "t7", "t8");
	}

	private static List<String> projected(String expression, Map<String, String> names) {
		return java.util.Arrays.stream(expression.split(", ")).map(names::get).toList();
	}

	record OrderTotal(String orderId, BigDecimal total) {
	}

	record ProductRelease(String productId, LocalDate releasedOn) {
	}

	record TicketId(String ticketId) {
	}

	record Unknown(String orderId, BigDecimal discount) {
	}

	interface OrderStatusView {

		String getOrderId();

		OrderStatus getStatus();

	}

	interface OrderLabel {

		@Value("#{target.orderId() + ' ' + target.status()}")
		String getLabel();

	}

}
