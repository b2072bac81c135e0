package dev.ddbkit.mapping.repository;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import dev.ddbkit.mapping.DynamoQueryMethodException;
import dev.ddbkit.mapping.core.DynamoTemplate;
import dev.ddbkit.mapping.repository.config.EnableDynamoRepositories;
import dev.ddbkit.mapping.repository.sample.CustomerRepository;
import dev.ddbkit.mapping.repository.sample.OrderKey;
import dev.ddbkit.mapping.repository.sample.OrderRef;
import dev.ddbkit.mapping.repository.sample.OrderRepository;
import dev.ddbkit.mapping.repository.sample.OrderSummary;
import dev.ddbkit.mapping.repository.sample.ProductRepository;
import dev.ddbkit.mapping.repository.unservable.UnservableOrderRepository;
import dev.ddbkit.mapping.test.Customer;
import dev.ddbkit.mapping.test.Order;
import dev.ddbkit.mapping.test.Order.LineItem;
import dev.ddbkit.mapping.test.Order.OrderStatus;
import dev.ddbkit.mapping.test.Product;
import dev.ddbkit.mapping.test.TestBackend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.beans.factory.BeanCreationException;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@ParameterizedClass(name = "{0}")
@EnumSource(TestBackend.class)
class DynamoRepositoriesUnitTests {

	/** The backend the next context's template uses. */
	static TestBackend current = TestBackend.ENGINE;

	@Parameter
	TestBackend backend;

	private static final Instant T0 = Instant.parse("2018-05-01T10:00:00Z");

	private AnnotationConfigApplicationContext context;

	private OrderRepository orders;

	@BeforeEach
	void startContext() {
		current = this.backend;
		this.context = new AnnotationConfigApplicationContext(SampleConfiguration.class);
		this.orders = this.context.getBean(OrderRepository.class);
	}

	@AfterEach
	void closeContext() {
		this.context.close();
	}

	@Test
	void savesFindsAndDeletesByCompositeAndSingleIdentifiers() {
		Order saved = this.orders.save(order("c1", "o1", T0, OrderStatus.CREATED));
		assertThat(saved.version()).isEqualTo(1L);
		assertThat(this.orders.findById(new OrderKey("c1", T0, "o1"))).contains(saved);
		assertThat(this.orders.existsById(new OrderKey("c1", T0, "o2"))).isFalse();
		assertThatExceptionOfType(OptimisticLockingFailureException.class)
			.isThrownBy(() -> this.orders.save(order("c1", "o1", T0, OrderStatus.SHIPPED)));
		this.orders.delete(saved);
		assertThat(this.orders.findById(new OrderKey("c1", T0, "o1"))).isEmpty();
		CustomerRepository customers = this.context.getBean(CustomerRepository.class);
		customers.save(new Customer("c1", "Ana", "Recife"));
		customers.save(new Customer("c2", "Bia", "Natal"));
		assertThat(customers.findById("c1")).map(Customer::name).contains("Ana");
		assertThat(customers.count()).as("@AllowScan repository").isEqualTo(2);
		customers.deleteById("c2");
		assertThat(customers.findAll()).extracting(Customer::customerId).containsExactly("c1");
	}

	@Test
	void derivesPartitionQueriesWithOrderLimitAndRanges() {
		List<Order> saved = saveOrders("c1", 6);
		this.orders.save(order("c2", "x", T0, OrderStatus.CREATED));
		this.context.getBean(CustomerRepository.class).save(new Customer("c1", "Ana", "Recife"));
		assertThat(this.orders.findByCustomerIdOrderByPurchasedAtDesc("c1")).containsExactlyElementsOf(reversed(saved));
		assertThat(this.orders.findByCustomerIdAndPurchasedAtBetween("c1", at(1), at(3)))
			.containsExactlyElementsOf(saved.subList(1, 4));
		assertThat(this.orders.findByCustomerIdAndPurchasedAtGreaterThanEqual("c1", at(4)))
			.containsExactlyElementsOf(saved.subList(4, 6));
		assertThat(this.orders.findByCustomerIdAndPurchasedAtLessThan("c1", at(2)))
			.containsExactlyElementsOf(saved.subList(0, 2));
		assertThat(this.orders.findFirstByCustomerIdOrderByPurchasedAtDesc("c1")).isEqualTo(saved.get(5));
		assertThat(this.orders.findTop2ByCustomerIdOrderByPurchasedAtDesc("c1")).containsExactly(saved.get(5),
				saved.get(4));
		try (Stream<Order> stream = this.orders.streamByCustomerId("c1")) {
			assertThat(stream).containsExactlyElementsOf(saved);
		}
		assertThat(this.orders.countByCustomerId("c1")).isEqualTo(6);
	}

	@Test
	void derivesIndexQueriesOnTheIndexWhoseTemplatesCoverTheProperties() {
		List<Order> saved = saveOrders("c1", 4);
		Order shipped = this.orders.save(saved.get(2).withStatus(OrderStatus.SHIPPED));
		assertThat(this.orders.findByOrderId("o3")).contains(saved.get(3));
		assertThat(this.orders.existsByOrderId("o9")).isFalse();
		assertThat(
				this.orders.findByStatusAndPurchasedAtBetweenOrderByPurchasedAtDesc(OrderStatus.CREATED, at(0), at(1)))
			.containsExactly(saved.get(1), saved.get(0));
		assertThat(this.orders.findByStatusAndPurchasedAtStartingWith(OrderStatus.SHIPPED, "2018-05-03"))
			.containsExactly(shipped);
		Product product = new Product("p1");
		product.setCategory("toys");
		ProductRepository products = this.context.getBean(ProductRepository.class);
		products.save(product);
		assertThat(products.findByCategory("toys")).extracting(Product::getProductId).containsExactly("p1");
	}

	@Test
	void filtersNonKeyPredicatesHonouringTopAndScansOnlyWhereAllowed() {
		List<Order> saved = saveOrders("c1", 6);
		Order shipped = this.orders.save(saved.get(1).withStatus(OrderStatus.SHIPPED));
		Order big = this.orders
			.save(new Order("c1", "big", at(9), OrderStatus.CREATED, new BigDecimal("500"), List.of(), null));
		assertThat(this.orders.findByCustomerIdAndTotalGreaterThan("c1", new BigDecimal("100"))).containsExactly(big);
		assertThat(this.orders.findTop2ByCustomerIdAndStatusOrderByPurchasedAtDesc("c1", OrderStatus.CREATED))
			.containsExactly(big, saved.get(5));
		assertThat(this.orders.findTop2ByCustomerIdAndStatusOrderByPurchasedAtDesc("c1", OrderStatus.SHIPPED))
			.containsExactly(shipped);
		assertThat(this.orders.findByTotalGreaterThan(new BigDecimal("100"))).containsExactly(big);
		String report = this.context.getBean(DynamoTemplate.class).getMappingContext().getAccessPatterns().toMarkdown();
		assertThat(report).contains("## Order")
			.contains("| index GSI1 | `GSI1PK = STATUS#{status}` | `GSI1SK = {purchasedAt}#{orderId}` |")
			.contains("| `OrderRepository.findByTotalGreaterThan(BigDecimal)` | Scan of the table filtered by "
					+ "[total GREATER_THAN] |")
			.contains("| `OrderRepository.findByOrderId(String)` | index GSI2: GSI2PK = ORDER#{orderId} (ascending) |");
	}

	@Test
	void projectsEntitiesIntoInterfacesAndDtos() {
		List<Order> saved = saveOrders("c1", 2);
		this.orders.save(saved.get(1).withStatus(OrderStatus.SHIPPED));
		assertThat(this.orders.findSummariesByCustomerIdOrderByPurchasedAtDesc("c1"))
			.extracting(OrderSummary::getOrderId, OrderSummary::getStatus)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("o1", OrderStatus.SHIPPED),
					org.assertj.core.groups.Tuple.tuple("o0", OrderStatus.CREATED));
		assertThat(this.orders.findRefByOrderId("o0")).contains(new OrderRef("o0", new BigDecimal("10")));
	}

	@Test
	void pagesWithSliceAndWindow() {
		List<Order> saved = saveOrders("c1", 5);
		Slice<Order> first = this.orders.findByCustomerId("c1", PageRequest.of(0, 2));
		assertThat(first.getContent()).containsExactlyElementsOf(saved.subList(0, 2));
		assertThat(first.hasNext()).isTrue();
		Slice<Order> last = this.orders.findByCustomerId("c1", PageRequest.of(2, 2));
		assertThat(last.getContent()).containsExactly(saved.get(4));
		assertThat(last.hasNext()).isFalse();
		List<Order> scrolled = new ArrayList<>();
		ScrollPosition position = ScrollPosition.keyset();
		Window<Order> window;
		do {
			window = this.orders.findByStatusOrderByPurchasedAtAsc(OrderStatus.CREATED, position, Limit.of(2));
			scrolled.addAll(window.getContent());
			position = window.isEmpty() ? position : window.positionAt(window.size() - 1);
		}
		while (window.hasNext());
		assertThat(scrolled).containsExactlyElementsOf(saved);
	}

	@Test
	void pagesWithATotalOnlyWhereAllowCountPaysForIt() {
		List<Order> saved = saveOrders("c1", 4);
		saveOrders("c2", 3);
		List<Order> big = new ArrayList<>();
		for (Order order : List.of(saved.get(0), saved.get(2), saved.get(3))) {
			big.add(this.orders.save(new Order(order.customerId(), order.orderId(), order.purchasedAt(),
					OrderStatus.CREATED, new BigDecimal("50"), List.of(), order.version())));
		}
		Page<Order> first = this.orders.findByStatusAndTotalGreaterThan(OrderStatus.CREATED, new BigDecimal("20"),
				PageRequest.of(0, 2));
		assertThat(first.getContent()).containsExactly(big.get(0), big.get(1));
		assertThat(first.getTotalElements()).isEqualTo(3);
		assertThat(first.getTotalPages()).isEqualTo(2);
		Page<Order> second = this.orders.findByStatusAndTotalGreaterThan(OrderStatus.CREATED, new BigDecimal("20"),
				PageRequest.of(1, 2));
		assertThat(second.getContent()).containsExactly(big.get(2));
		assertThat(second.getTotalElements()).isEqualTo(3);
		assertThat(second.hasNext()).isFalse();
		assertThat(this.orders
			.findByStatusAndTotalGreaterThan(OrderStatus.CREATED, new BigDecimal("20"), PageRequest.of(5, 2))
			.getTotalElements()).as("counted when the page is past the end").isEqualTo(3);
	}

	@Test
	void scrollsBackwardToThePreviousWindowInTheOriginalOrder() {
		List<Order> newestFirst = reversed(saveOrders("c1", 7));
		for (int size = 1; size <= 4; size++) {
			List<Window<Order>> windows = new ArrayList<>();
			ScrollPosition position = ScrollPosition.keyset();
			Window<Order> window;
			do {
				window = this.orders.findByCustomerIdOrderByPurchasedAtDesc("c1", position, Limit.of(size));
				windows.add(window);
				position = window.positionAt(window.size() - 1);
			}
			while (window.hasNext());
			assertThat(windows.stream().flatMap(Window::stream).toList()).containsExactlyElementsOf(newestFirst);
			for (int i = 1; i < windows.size(); i++) {
				KeysetScrollPosition first = (KeysetScrollPosition) windows.get(i).positionAt(0);
				Window<Order> previous = this.orders.findByCustomerIdOrderByPurchasedAtDesc("c1", first.backward(),
						Limit.of(size));
				assertThat(previous.getContent()).containsExactlyElementsOf(windows.get(i - 1).getContent());
				assertThat(previous.hasNext()).isEqualTo(i > 1);
				assertThat(previous.positionAt(0)).isInstanceOf(KeysetScrollPosition.class)
					.matches((p) -> ((KeysetScrollPosition) p).scrollsBackward());
			}
			Window<Order> last = this.orders.findByCustomerIdOrderByPurchasedAtDesc("c1",
					ScrollPosition.keyset().backward(), Limit.of(size));
			assertThat(last.getContent()).as("initial backward position: the last window")
				.containsExactlyElementsOf(newestFirst.subList(7 - size, 7));
		}
		List<Order> scanned = new ArrayList<>();
		Window<Order> scan = this.orders.findByTotalLessThan(new BigDecimal("20"), ScrollPosition.keyset(),
				Limit.of(3));
		scanned.addAll(scan.getContent());
		while (scan.hasNext()) {
			scan = this.orders.findByTotalLessThan(new BigDecimal("20"), scan.positionAt(scan.size() - 1), Limit.of(3));
			scanned.addAll(scan.getContent());
		}
		assertThat(scanned).as("a Scan scrolls forward").containsExactlyInAnyOrderElementsOf(newestFirst);
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class).isThrownBy(
				() -> this.orders.findByTotalLessThan(BigDecimal.TEN, ScrollPosition.keyset().backward(), Limit.of(2)))
			.withMessage("A Scan reads in no particular order and cannot scroll backward; scroll forward");
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> this.orders.findByCustomerIdOrderByPurchasedAtDesc("c1",
					ScrollPosition.forward(java.util.Map.of("PK", "CUSTOMER#c1")), Limit.of(2)))
			.withMessage("Scroll position keys [PK] do not continue a query on the table, which needs [PK, SK]; pass "
					+ "a position from a Window of the same method");
	}

	@Test
	void scrollsByOffsetWithTopAsTheWindowSize() {
		List<Order> saved = saveOrders("c1", 7);
		List<Order> scrolled = new ArrayList<>();
		ScrollPosition position = ScrollPosition.offset();
		Window<Order> window;
		do {
			window = this.orders.findFirst3ByStatus(OrderStatus.CREATED, position);
			assertThat(window.size()).isLessThanOrEqualTo(3);
			scrolled.addAll(window.getContent());
			position = window.positionAt(window.size() - 1);
		}
		while (window.hasNext());
		assertThat(scrolled).containsExactlyElementsOf(saved);
	}

	@Test
	void sortArgumentsChooseTheSortKeyDirectionAndNothingElse() {
		List<Order> saved = saveOrders("c1", 5);
		assertThat(this.orders.findByCustomerId("c1", Sort.by(Sort.Direction.DESC, "purchasedAt")))
			.containsExactlyElementsOf(reversed(saved));
		assertThat(this.orders.findByCustomerId("c1", Sort.by("purchasedAt", "orderId")))
			.containsExactlyElementsOf(saved);
		assertThat(this.orders.findByCustomerId("c1", Sort.unsorted())).containsExactlyElementsOf(saved);
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> this.orders.findByCustomerId("c1", Sort.by("total")))
			.withMessage("Cannot sort a query on the table by total ASC: Sort total needs it to be the sort key "
					+ "variable {purchasedAt}; DynamoDB returns a query in sort key order only, ascending or "
					+ "descending");
		Slice<Order> slice = this.orders.findByCustomerId("c1",
				PageRequest.of(0, 2, Sort.by(Sort.Direction.DESC, "purchasedAt")));
		assertThat(slice.getContent()).containsExactly(saved.get(4), saved.get(3));
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> this.orders.findByCustomerId("c1", PageRequest.of(0, 2, Sort.by("status"))))
			.withMessageContaining("Sort status needs it to be the sort key variable {purchasedAt}");
		assertThat(this.orders.findByCustomerIdAndPurchasedAtAfter("c1", at(0), PageRequest.of(1, 2)))
			.as("a Pageable pages a List")
			.containsExactly(saved.get(3), saved.get(4));
	}

	@Test
	void limitPageableAndSortArgumentsApplyToListsStreamsAndWindows() {
		List<Order> saved = saveOrders("c1", 5);
		assertThat(this.orders.findByStatus(OrderStatus.CREATED, Limit.of(2)))
			.containsExactlyElementsOf(saved.subList(0, 2));
		assertThat(this.orders.findByStatus(OrderStatus.CREATED, Limit.unlimited())).containsExactlyElementsOf(saved);
		try (Stream<Order> page = this.orders.streamByCustomerId("c1", PageRequest.of(1, 2))) {
			assertThat(page).containsExactly(saved.get(2), saved.get(3));
		}
		Sort newestFirst = Sort.by(Sort.Direction.DESC, "purchasedAt");
		Window<Order> window = this.orders.findByCustomerId("c1", ScrollPosition.keyset(), Limit.of(2), newestFirst);
		assertThat(window.getContent()).containsExactly(saved.get(4), saved.get(3));
		Window<Order> next = this.orders.findByCustomerId("c1", window.positionAt(1), Limit.of(2), newestFirst);
		assertThat(next.getContent()).containsExactly(saved.get(2), saved.get(1));
		Window<Order> back = this.orders.findByCustomerId("c1", ((KeysetScrollPosition) next.positionAt(0)).backward(),
				Limit.of(2), newestFirst);
		assertThat(back.getContent()).containsExactly(saved.get(4), saved.get(3));
		assertThat(back.hasNext()).isFalse();
		String report = this.context.getBean(DynamoTemplate.class).getMappingContext().getAccessPatterns().toMarkdown();
		assertThat(report).contains("| `OrderRepository.findByStatusAndTotalGreaterThan(OrderStatus, BigDecimal, "
				+ "Pageable)` | index GSI1: GSI1PK = STATUS#{status} (ascending) filtered by [total GREATER_THAN]; "
				+ "Page total by Select=COUNT over every match |");
	}

	@Test
	void deletesByDerivedQuery() {
		saveOrders("c1", 3);
		assertThat(this.orders.deleteByCustomerId("c1")).isEqualTo(3);
		assertThat(this.orders.countByCustomerId("c1")).isZero();
	}

	@Test
	void findAllWithoutAllowScanFailsWithTheReason() {
		assertThatExceptionOfType(org.springframework.dao.InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> this.orders.findAll())
			.withMessageContaining(
					"findAll() of Order would scan the whole table; annotate the repository with " + "@AllowScan");
	}

	@Test
	void failsStartUpListingEveryUnservableMethodAndTheAccessPatterns() {
		assertThatExceptionOfType(BeanCreationException.class)
			.isThrownBy(() -> new AnnotationConfigApplicationContext(UnservableConfiguration.class))
			.havingRootCause()
			.isInstanceOf(DynamoQueryMethodException.class)
			.satisfies((ex) -> {
				assertThat(((DynamoQueryMethodException) ex).getProblems()).hasSize(14);
				assertThat(ex.getMessage()).contains("Repository " + UnservableOrderRepository.class.getName())
					.contains("ID type String is a single value, but the table key templates read [customerId, "
							+ "purchasedAt, orderId]")
					.contains("findByTotal(BigDecimal): no key serves it (table: partition key "
							+ "CUSTOMER#{customerId} needs [customerId] by equality | index GSI1: ")
					.contains(") and it has no @AllowScan")
					.contains("findByCustomerIdOrStatus(String, OrderStatus): Or is not supported")
					.contains("findByCustomerId(String, Pageable): Page is not supported: it needs a count of "
							+ "every match, which DynamoDB only gives by reading them all; use Slice or Window, or "
							+ "annotate the method with @AllowCount to pay for a Select=COUNT query per page")
					.contains("findByCustomerIdAndOrderId(String, String): ambiguous: table and index GSI2 all "
							+ "serve it; choose one with @QueryIndex")
					.contains("findByStatusOrderByTotalDesc(OrderStatus): no key serves it")
					.contains("OrderBy total needs it to be the sort key variable {purchasedAt}")
					.contains("findByCustomerIdLike(String): keyword LIKE on customerId is not supported")
					.doesNotContain("findByCustomerId(String):")
					.contains("findByStatus(OrderStatus): no key serves it (table: partition key "
							+ "CUSTOMER#{customerId} needs [customerId] by equality | index GSI1: @ConsistentRead is "
							+ "not possible on a global secondary index | index GSI2: ")
					.contains("findByOrderId(String, Sort): a Sort parameter can only choose the sort key "
							+ "direction, and the index GSI2 has no sort key variable (index GSI2: "
							+ "GSI2PK=ORDER#{orderId}, GSI2SK=ORDER)")
					.contains("findByTotalLessThan(BigDecimal, Sort): a Sort parameter cannot order a Scan: it "
							+ "returns items in no particular order")
					.contains("findByStatusAndPurchasedAtAfter(OrderStatus, Instant): @AllowCount applies to "
							+ "methods that return a Page only")
					.contains("findByCustomerIdIgnoreCase(String): IgnoreCase on customerId is not supported: keys "
							+ "compare exactly")
					.contains("findByCustomrId(String): No property 'customrId' found for type 'Order'")
					.contains("findByCustomerIdAndStatus(String, OrderStatus): @QueryIndex(\"GSI9\") names no "
							+ "index of entity Order")
					.contains("The entity supports these access patterns:\n"
							+ "   table: PK=CUSTOMER#{customerId}, SK=ORDER#{purchasedAt}#{orderId}\n"
							+ "   index GSI1: GSI1PK=STATUS#{status}, GSI1SK={purchasedAt}#{orderId}\n"
							+ "   index GSI2: GSI2PK=ORDER#{orderId}, GSI2SK=ORDER");
			});
	}

	private List<Order> saveOrders(String customerId, int count) {
		List<Order> saved = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			saved.add(this.orders.save(order(customerId, "o" + i, at(i), OrderStatus.CREATED)));
		}
		return saved;
	}

	private static Instant at(int day) {
		return T0.plusSeconds(86_400L * day);
	}

	private static <T> List<T> reversed(List<T> list) {
		List<T> copy = new ArrayList<>(list);
		Collections.reverse(copy);
		return copy;
	}

	private static Order order(String customerId, String orderId, Instant purchasedAt, OrderStatus status) {
		return new Order(customerId, orderId, purchasedAt, status, new BigDecimal("10"), List.of(new LineItem("p1", 1)),
				null);
	}

	@Configuration(proxyBeanMethods = false)
	@EnableDynamoRepositories(basePackageClasses = OrderRepository.class)
	static class SampleConfiguration {

		@Bean
		DynamoTemplate dynamoTemplate() {
			return current.createTemplate(Customer.class, Order.class, Product.class);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@EnableDynamoRepositories(basePackageClasses = UnservableOrderRepository.class)
	static class UnservableConfiguration {

		@Bean
		DynamoTemplate dynamoTemplate() {
			return current.createTemplate(Order.class);
		}

	}

}
