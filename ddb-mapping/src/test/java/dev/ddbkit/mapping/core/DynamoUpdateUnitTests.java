package dev.ddbkit.mapping.core;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.ddbkit.mapping.DynamoConditionFailedException;
import dev.ddbkit.mapping.query.DynamoQuery;
import dev.ddbkit.mapping.query.FilterCriterion;
import dev.ddbkit.mapping.query.FilterOperator;
import dev.ddbkit.mapping.test.Counter;
import dev.ddbkit.mapping.test.Order;
import dev.ddbkit.mapping.test.Order.LineItem;
import dev.ddbkit.mapping.test.Order.OrderStatus;
import dev.ddbkit.mapping.test.Product;
import dev.ddbkit.mapping.test.TestBackend;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.dao.OptimisticLockingFailureException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@ParameterizedClass(name = "{0}")
@EnumSource(TestBackend.class)
class DynamoUpdateUnitTests {

	private static final Instant T0 = Instant.parse("2018-05-01T10:00:00Z");

	@Parameter
	TestBackend backend;

	private DynamoTemplate template;

	@BeforeEach
	void createTable() {
		this.template = this.backend.createTemplate(Order.class, Product.class);
	}

	@Test
	void setsAnIndexKeyPropertyUnderAVersionCheckAndRendersTheIndexKeyAgain() {
		Order order = this.template.save(order("o1"));
		Map<String, Object> key = Map.of("customerId", "c1", "purchasedAt", T0, "orderId", "o1");
		Order shipped = this.template.update(Order.class, key,
				DynamoUpdate.create().set("status", OrderStatus.SHIPPED).expectVersion(order.version()));
		assertThat(shipped.status()).isEqualTo(OrderStatus.SHIPPED);
		assertThat(shipped.version()).isEqualTo(2L);
		assertThat(this.template
			.query(DynamoQuery.builder(Order.class).index("GSI1").where("status", OrderStatus.SHIPPED).build())
			.items()).containsExactly(shipped);
		assertThat(this.template
			.query(DynamoQuery.builder(Order.class).index("GSI1").where("status", OrderStatus.CREATED).build())
			.items()).isEmpty();
		assertThatExceptionOfType(OptimisticLockingFailureException.class)
			.isThrownBy(() -> this.template.update(Order.class, key,
					DynamoUpdate.create().set("status", OrderStatus.DELIVERED).expectVersion(1)))
			.withMessageContaining("Order with key {PK=CUSTOMER#c1, SK=ORDER#2018-05-01T10:00:00.000Z#o1}")
			.withMessageContaining("expected stored version 1");
	}

	@Test
	void removingAnIndexKeyPropertyTakesTheItemOutOfTheSparseIndex() {
		this.template.save(order("o1"));
		Order removed = this.template.update(Order.class,
				Map.of("customerId", "c1", "purchasedAt", T0, "orderId", "o1"), DynamoUpdate.create().remove("status"));
		assertThat(removed.status()).isNull();
		assertThat(this.template
			.query(DynamoQuery.builder(Order.class).index("GSI1").where("status", OrderStatus.CREATED).build())
			.items()).isEmpty();
	}

	@Test
	void appliesCountersSetsListsAndSetIfAbsentServerSide() {
		Product product = new Product("p1");
		product.setCategory("toys");
		product.setWeightGrams(100);
		product.setReleasedOn(LocalDate.of(2017, 1, 1));
		this.template.save(product);
		Product updated = this.template.update(Product.class, "p1",
				DynamoUpdate.create()
					.increment("weightGrams", 5)
					.add("tags", Set.of("new"))
					.setIfAbsent("attributes", Map.of("color", "red"))
					.remove("releasedOn"));
		assertThat(updated.getWeightGrams()).isEqualTo(105);
		assertThat(updated.getTags()).containsExactly("new");
		assertThat(updated.getAttributes()).containsExactly(Map.entry("color", "red"));
		assertThat(updated.getReleasedOn()).isNull();
		assertThat(updated.getVersion()).isEqualTo(2);
		Product again = this.template.update(Product.class, "p1",
				DynamoUpdate.create().setIfAbsent("attributes", Map.of("color", "blue")));
		assertThat(again.getAttributes()).containsExactly(Map.entry("color", "red"));
		assertThat(again.getVersion()).isEqualTo(3);
		this.template.save(order("o1"));
		Order appended = this.template.update(Order.class,
				Map.of("customerId", "c1", "purchasedAt", T0, "orderId", "o1"),
				DynamoUpdate.create().append("lines", List.of(new LineItem("p9", 3))));
		assertThat(appended.lines()).containsExactly(new LineItem("p1", 1), new LineItem("p9", 3));
	}

	@Test
	void refusesToCreateAMissingItemOrToChangeKeys() {
		assertThatExceptionOfType(DynamoConditionFailedException.class).isThrownBy(
				() -> this.template.update(Product.class, "nope", DynamoUpdate.create().increment("weightGrams", 1)))
			.withMessageContaining("no such item");
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> this.template.update(Product.class, "p1", DynamoUpdate.create().set("productId", "x")))
			.withMessageContaining("productId is part of the table key of Product");
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> this.template.update(Product.class, "p1", DynamoUpdate.create().increment("category", 1)))
			.withMessageContaining("category is part of index GSI3's key");
	}

	@Test
	void aTypedConditionGuardsTheUpdateTogetherWithTheVersionCheck() {
		Product product = new Product("p1");
		product.setWeightGrams(3);
		this.template.save(product);
		Product taken = this.template.update(Product.class, "p1",
				DynamoUpdate.create()
					.increment("weightGrams", -2)
					.condition(FilterCriterion.of("weightGrams", FilterOperator.GREATER_THAN_OR_EQUAL, 2))
					.expectVersion(1));
		assertThat(taken.getWeightGrams()).isEqualTo(1);
		assertThat(taken.getVersion()).isEqualTo(2);
		assertThatExceptionOfType(DynamoConditionFailedException.class)
			.isThrownBy(() -> this.template.update(Product.class, "p1",
					DynamoUpdate.create()
						.increment("weightGrams", -2)
						.condition(FilterCriterion.of("weightGrams", FilterOperator.GREATER_THAN_OR_EQUAL, 2))
						.expectVersion(2)))
			.withMessage("Product with key {PK=PRODUCT#p1, SK=PRODUCT} was not updated: the stored item does not "
					+ "satisfy [weightGrams GREATER_THAN_OR_EQUAL [2]]");
		assertThatExceptionOfType(OptimisticLockingFailureException.class)
			.as("the condition holds but the version is stale")
			.isThrownBy(() -> this.template.update(Product.class, "p1",
					DynamoUpdate.create()
						.increment("weightGrams", -1)
						.condition(FilterCriterion.of("weightGrams", FilterOperator.GREATER_THAN_OR_EQUAL, 1))
						.expectVersion(1)))
			.withMessageContaining("expected stored version 1");
		assertThatExceptionOfType(DynamoConditionFailedException.class)
			.isThrownBy(() -> this.template.update(Product.class, "nope",
					DynamoUpdate.create()
						.increment("weightGrams", -1)
						.condition(FilterCriterion.of("category", FilterOperator.EXISTS))))
			.withMessageContaining("no such item in table");
		Product unchanged = this.template.findById(Product.class, "p1").orElseThrow();
		assertThat(unchanged.getWeightGrams()).isEqualTo(1);
		assertThat(unchanged.getVersion()).isEqualTo(2);
	}

	@Test
	void anUpsertCreatesTheMissingItemWithItsTypeKeysAndCountersFromZero() {
		DynamoTemplate counters = this.backend.createTemplate(Counter.class, Product.class);
		Counter first = counters.update(Counter.class, "visits", DynamoUpdate.create().upsert().increment("value", 5));
		assertThat(first).isEqualTo(new Counter("visits", 5, null, 1L));
		Counter second = counters.update(Counter.class, "visits", DynamoUpdate.create().upsert().add("value", 2));
		assertThat(second).isEqualTo(new Counter("visits", 7, null, 2L));
		assertThat(counters.findById(Counter.class, "visits")).contains(second);
		Product created = counters.update(Product.class, "p7",
				DynamoUpdate.create().upsert().add("tags", Set.of("new")).setIfAbsent("weightGrams", 250));
		assertThat(created.getProductId()).isEqualTo("p7");
		assertThat(created.getTags()).containsExactly("new");
		assertThat(created.getWeightGrams()).isEqualTo(250);
		assertThat(created.getCategory()).as("an index key the key does not fix stays out (sparse)").isNull();
		Product again = counters.update(Product.class, "p7",
				DynamoUpdate.create().upsert().setIfAbsent("weightGrams", 999));
		assertThat(again.getWeightGrams()).isEqualTo(250);
	}

	@Test
	void anUpsertWritesTheIndexKeysItsKeyFixes() {
		Order created = this.template.update(Order.class,
				Map.of("customerId", "c1", "purchasedAt", T0, "orderId", "o9"),
				DynamoUpdate.create().upsert().set("total", BigDecimal.ONE));
		assertThat(created.total()).isEqualByComparingTo("1");
		assertThat(this.template.query(DynamoQuery.builder(Order.class).index("GSI2").where("orderId", "o9").build())
			.items()).containsExactly(created);
	}

	private static Order order(String orderId) {
		return new Order("c1", orderId, T0, OrderStatus.CREATED, BigDecimal.TEN, List.of(new LineItem("p1", 1)), null);
	}

}
