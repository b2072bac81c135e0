package dev.ddbkit.mapping.core;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.ddbkit.mapping.query.DynamoPage;
import dev.ddbkit.mapping.query.DynamoQuery;
import dev.ddbkit.mapping.query.FilterCriterion;
import dev.ddbkit.mapping.query.FilterOperator;
import dev.ddbkit.mapping.query.SortCriterion;
import dev.ddbkit.mapping.test.BoxItem;
import dev.ddbkit.mapping.test.Customer;
import dev.ddbkit.mapping.test.Order;
import dev.ddbkit.mapping.test.Order.LineItem;
import dev.ddbkit.mapping.test.Order.OrderStatus;
import dev.ddbkit.mapping.test.Product;
import dev.ddbkit.mapping.test.Purchase;
import dev.ddbkit.mapping.test.TestBackend;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.dao.OptimisticLockingFailureException;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@ParameterizedClass(name = "{0}")
@EnumSource(TestBackend.class)
class DynamoTemplateUnitTests {

	private static final Instant T0 = Instant.parse("2018-05-01T10:00:00Z");

	@Parameter
	TestBackend backend;

	private DynamoTemplate template;

	@BeforeEach
	void createTable() {
		this.template = this.backend.createTemplate(Customer.class, Order.class, Product.class);
	}

	@Test
	void savesAndReadsARecordWithNestedListAndTheComputedKeys() {
		Order order = order("c1", "o1", T0, OrderStatus.CREATED);
		Order saved = this.template.save(order);
		assertThat(this.template.findById(Order.class, Map.of("customerId", "c1", "purchasedAt", T0, "orderId", "o1")))
			.contains(saved);
		Map<String, AttributeValue> item = this.template.getClient()
			.getItem((r) -> r.tableName(tableName())
				.key(Map.of("PK", AttributeValue.fromS("CUSTOMER#c1"), "SK",
						AttributeValue.fromS("ORDER#2018-05-01T10:00:00.000Z#o1"))))
			.item();
		assertThat(item.get("_type").s()).isEqualTo("Order");
		assertThat(item.get("GSI1PK").s()).isEqualTo("STATUS#CREATED");
		assertThat(item.get("GSI1SK").s()).isEqualTo("2018-05-01T10:00:00.000Z#o1");
		assertThat(item.get("GSI2PK").s()).isEqualTo("ORDER#o1");
		assertThat(item.get("total").n()).isEqualTo("12.5");
		assertThat(item.get("purchasedAt").s()).isEqualTo("2018-05-01T10:00:00.000000000Z");
	}

	@Test
	void savesAMutableBeanWithSetsMapsRenamedAndTransientProperties() {
		Product product = new Product("p1");
		product.setCategory("toys");
		product.setWeightGrams(250);
		product.setReleasedOn(LocalDate.of(2017, 10, 2));
		product.setTags(Set.of("red", "small"));
		product.setAttributes(Map.of("color", "red"));
		product.setCached("not stored");
		Product saved = this.template.save(product);
		assertThat(saved).isSameAs(product);
		assertThat(saved.getVersion()).isEqualTo(1);
		Product read = this.template.findById(Product.class, "p1", true).orElseThrow();
		assertThat(read.getCategory()).isEqualTo("toys");
		assertThat(read.getWeightGrams()).isEqualTo(250);
		assertThat(read.getReleasedOn()).isEqualTo(LocalDate.of(2017, 10, 2));
		assertThat(read.getTags()).containsExactlyInAnyOrder("red", "small");
		assertThat(read.getAttributes()).containsEntry("color", "red");
		assertThat(read.getCached()).isNull();
		assertThat(read.getVersion()).isEqualTo(1);
	}

	@Test
	void saveReturnsTheNewVersionAndRejectsAStaleOneNamingEntityKeyAndVersion() {
		Customer first = this.template.save(new Customer("c1", "Ana", "Recife"));
		assertThat(first.version()).isEqualTo(1L);
		Customer second = this.template.save(new Customer("c1", "Ana Maria", "Recife", first.version()));
		assertThat(second.version()).isEqualTo(2L);
		assertThat(this.template.findById(Customer.class, "c1")).contains(second);
		assertThatExceptionOfType(OptimisticLockingFailureException.class)
			.isThrownBy(() -> this.template.save(new Customer("c1", "stale", "Recife", first.version())))
			.withMessageContaining("Customer")
			.withMessageContaining("PK=CUSTOMER#c1")
			.withMessageContaining("expected stored version 1");
		assertThatExceptionOfType(OptimisticLockingFailureException.class)
			.as("a new entity over an existing item is a conflict too")
			.isThrownBy(() -> this.template.save(new Customer("c1", "again", "Recife")));
		assertThat(this.template.findById(Customer.class, "c1")).contains(second);
	}

	@Test
	void insertFailsWithDuplicateKeyWhenTheKeyExists() {
		this.template.insert(new Product("p1"));
		assertThatExceptionOfType(DuplicateKeyException.class).isThrownBy(() -> this.template.insert(new Product("p1")))
			.withMessageContaining("Product with key {PK=PRODUCT#p1, SK=PRODUCT} already exists");
	}

	@Test
	void deleteChecksTheVersion() {
		Customer saved = this.template.save(new Customer("c1", "Ana", "Recife"));
		Customer updated = this.template.save(new Customer("c1", "Ana", "Natal", saved.version()));
		assertThatExceptionOfType(OptimisticLockingFailureException.class).isThrownBy(() -> this.template.delete(saved))
			.withMessageContaining("expected stored version 1");
		this.template.delete(updated);
		assertThat(this.template.findById(Customer.class, "c1")).isEmpty();
		assertThat(this.template.deleteById(Customer.class, "c1")).isFalse();
	}

	@Test
	void findByIdIgnoresAnItemOfAnotherTypeUnderTheSameKey() {
		this.template.save(new Customer("c1", "Ana", "Recife"));
		assertThat(this.template.findById(Customer.class, "c2")).isEmpty();
		assertThat(this.template.findById(Customer.class, "c1")).isPresent();
	}

	@Test
	void queriesAPartitionForOneTypeInBothDirectionsWithLimitAndCursor() {
		this.template.save(new Customer("c1", "Ana", "Recife"));
		List<Order> orders = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			orders.add(this.template.save(order("c1", "o" + i, T0.plusSeconds(3600L * 24 * i), OrderStatus.CREATED)));
		}
		this.template.save(order("c2", "x", T0, OrderStatus.CREATED));
		DynamoQuery<Order> newestFirst = DynamoQuery.builder(Order.class)
			.where("customerId", "c1")
			.descending()
			.build();
		assertThat(this.template.query(newestFirst).items()).containsExactlyElementsOf(reversed(orders));
		List<Order> paged = new ArrayList<>();
		String cursor = null;
		int pages = 0;
		do {
			DynamoPage<Order> page = this.template.query(newestFirst.toBuilder().limit(3).cursor(cursor).build());
			paged.addAll(page.items());
			cursor = page.nextCursor();
			pages++;
		}
		while (cursor != null);
		assertThat(paged).containsExactlyElementsOf(reversed(orders));
		assertThat(pages).isEqualTo(3);
		assertThat(this.template.stream(newestFirst.toBuilder().limit(5).build()).toList())
			.containsExactlyElementsOf(reversed(orders).subList(0, 5));
	}

	@Test
	void queriesASortKeyRangeOnTheLeadingComponentOfACompositeKey() {
		List<Order> orders = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			orders.add(this.template.save(order("c1", "o" + i, T0.plusSeconds(60L * i), OrderStatus.CREATED)));
		}
		this.template.save(new Customer("c1", "Ana", "Recife"));
		assertThat(query(SortCriterion.between("purchasedAt", T0.plusSeconds(60), T0.plusSeconds(180))))
			.containsExactlyElementsOf(orders.subList(1, 4));
		assertThat(query(SortCriterion.greaterThan("purchasedAt", T0.plusSeconds(180))))
			.containsExactlyElementsOf(orders.subList(4, 5));
		assertThat(query(SortCriterion.greaterThanOrEqual("purchasedAt", T0.plusSeconds(180))))
			.containsExactlyElementsOf(orders.subList(3, 5));
		assertThat(query(SortCriterion.lessThan("purchasedAt", T0.plusSeconds(60))))
			.containsExactlyElementsOf(orders.subList(0, 1));
		assertThat(query(SortCriterion.lessThanOrEqual("purchasedAt", T0.plusSeconds(60))))
			.containsExactlyElementsOf(orders.subList(0, 2));
		assertThat(query(SortCriterion.beginsWith("purchasedAt", "2018-05-01T10:02")))
			.containsExactlyElementsOf(orders.subList(2, 3));
		assertThat(query(SortCriterion.between("purchasedAt", T0.plusSeconds(180), T0.plusSeconds(60)))).isEmpty();
	}

	@Test
	void queriesAGlobalIndexAndRejectsConsistentReadsThere() {
		Order shipped = this.template.save(order("c1", "o1", T0, OrderStatus.SHIPPED));
		this.template.save(order("c2", "o2", T0, OrderStatus.CREATED));
		Order shippedLater = this.template.save(order("c3", "o3", T0.plusSeconds(5), OrderStatus.SHIPPED));
		DynamoQuery<Order> byStatus = DynamoQuery.builder(Order.class)
			.index("GSI1")
			.where("status", OrderStatus.SHIPPED)
			.build();
		assertThat(this.template.query(byStatus).items()).containsExactly(shipped, shippedLater);
		assertThat(this.template.query(DynamoQuery.builder(Order.class).index("GSI2").where("orderId", "o3").build())
			.items()).containsExactly(shippedLater);
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> this.template.query(byStatus.toBuilder().consistentRead(true).build()))
			.withMessageContaining("Consistent reads are not supported on global secondary index GSI1");
	}

	@Test
	void filtersNonKeyAttributesFillingTheLimitAcrossPagesAndScansTheTable() {
		List<Order> orders = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			Order order = new Order("c1", "o" + i, T0.plusSeconds(i),
					(i % 3 == 0) ? OrderStatus.SHIPPED : OrderStatus.CREATED, new BigDecimal(i * 10), List.of(), null);
			orders.add(this.template.save(order));
		}
		this.template.save(new Customer("c1", "Ana", "Recife"));
		DynamoQuery<Order> expensive = DynamoQuery.builder(Order.class)
			.where("customerId", "c1")
			.filter(FilterCriterion.of("total", FilterOperator.GREATER_THAN, new BigDecimal(25)))
			.filter(FilterCriterion.of("status", FilterOperator.IN, List.of(OrderStatus.CREATED)))
			.limit(2)
			.build();
		DynamoPage<Order> first = this.template.query(expensive);
		assertThat(first.items()).containsExactly(orders.get(4), orders.get(5));
		assertThat(this.template.query(expensive.toBuilder().cursor(first.nextCursor()).build()).items())
			.containsExactly(orders.get(7));
		assertThat(this.template
			.stream(DynamoQuery.builder(Order.class)
				.scanTable()
				.filter(FilterCriterion.of("status", FilterOperator.EQUAL, OrderStatus.SHIPPED))
				.build())
			.toList()).containsExactlyInAnyOrder(orders.get(0), orders.get(3), orders.get(6));
		assertThat(this.template.scan(Customer.class).toList()).extracting(Customer::customerId).containsExactly("c1");
		assertThat(this.template.count(expensive)).isEqualTo(3);
		assertThat(this.template.count(DynamoQuery.builder(Order.class).where("customerId", "c1").build()))
			.isEqualTo(8);
		assertThat(this.template.count(DynamoQuery.builder(Customer.class).scanTable().build())).isEqualTo(1);
	}

	@Test
	void decodesAnItemCollectionToEachItemsType() {
		Customer customer = this.template.save(new Customer("c1", "Ana", "Recife"));
		Order first = this.template.save(order("c1", "o1", T0, OrderStatus.CREATED));
		Order second = this.template.save(order("c1", "o2", T0.plusSeconds(1), OrderStatus.CREATED));
		DynamoItemCollection collection = this.template.queryCollection(Customer.class, Map.of("customerId", "c1"));
		assertThat(collection.items()).containsExactly(first, second, customer);
		assertThat(collection.ofType(Order.class)).containsExactly(first, second);
		assertThat(collection.first(Customer.class)).contains(customer);
		assertThat(collection.unknownItems()).isZero();
	}

	@Test
	void decodesAnItemCollectionIntoASealedType() {
		DynamoTemplate purchases = this.backend.createTemplate(Purchase.Header.class, Purchase.Line.class);
		Purchase.Header header = purchases.save(new Purchase.Header("p1", "Ana"));
		Purchase.Line first = purchases.save(new Purchase.Line("p1", "01", "book"));
		Purchase.Line second = purchases.save(new Purchase.Line("p1", "02", "pen"));
		List<Purchase> parts = purchases.queryCollection(Purchase.Header.class, Map.of("purchaseId", "p1"))
			.ofType(Purchase.class);
		assertThat(parts).containsExactly(header, first, second);
		String summary = parts.stream()
			.map((part) -> (part instanceof Purchase.Header h) ? "for " + h.customer()
					: ((Purchase.Line) part).product())
			.reduce((a, b) -> a + ", " + b)
			.orElseThrow();
		assertThat(summary).isEqualTo("for Ana, book, pen");
	}

	@Test
	void padsNumbersDeclaredWithKeyPaddingSoKeysSortNumerically() {
		DynamoTemplate boxes = this.backend.createTemplate(BoxItem.class);
		for (int line : new int[] { 10, 2, 100, 1 }) {
			boxes.save(new BoxItem("b1", line));
		}
		DynamoQuery<BoxItem> box = DynamoQuery.builder(BoxItem.class).where("box", "b1").build();
		assertThat(boxes.query(box).items()).extracting(BoxItem::line).containsExactly(1, 2, 10, 100);
		assertThat(boxes.query(box.toBuilder().sortKey(SortCriterion.between("line", 2, 10)).build()).items())
			.extracting(BoxItem::line)
			.containsExactly(2, 10);
		assertThat(boxes.query(box.toBuilder().sortKey(SortCriterion.greaterThan("line", 2)).build()).items())
			.extracting(BoxItem::line)
			.containsExactly(10, 100);
		assertThat(boxes.query(box.toBuilder().sortKey(SortCriterion.lessThan("line", 10)).build()).items())
			.extracting(BoxItem::line)
			.containsExactly(1, 2);
		assertThat(boxes.query(box.toBuilder().sortKey(SortCriterion.lessThanOrEqual("line", 10)).build()).items())
			.extracting(BoxItem::line)
			.containsExactly(1, 2, 10);
		assertThat(
				boxes.getMappingContext().getRequiredEntitySchema(BoxItem.class).renderTableKey(new BoxItem("b1", 2)))
			.containsEntry("SK", "ITEM#0002");
		assertThat(boxes.findById(BoxItem.class, Map.of("box", "b1", "line", 100))).contains(new BoxItem("b1", 100));
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> boxes.save(new BoxItem("b1", 10000)))
			.withMessageContaining("line = 10000 of BoxItem does not fit @KeyPadding(4)");
	}

	private List<Order> query(SortCriterion criterion) {
		return this.template
			.query(DynamoQuery.builder(Order.class).where("customerId", "c1").sortKey(criterion).build())
			.items();
	}

	private static <T> List<T> reversed(List<T> list) {
		List<T> copy = new ArrayList<>(list);
		java.util.Collections.reverse(copy);
		return copy;
	}

	private String tableName() {
		return this.template.getMappingContext().getDefaultTableName();
	}

	static Order order(String customerId, String orderId, Instant purchasedAt, OrderStatus status) {
		return new Order(customerId, orderId, purchasedAt, status, new BigDecimal("12.5"),
				List.of(new LineItem("p1", 2)), null);
	}

}
