package dev.ddbkit.mapping.core;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.ddbkit.mapping.DynamoTransactionCanceledException;
import dev.ddbkit.mapping.DynamoTransactionCanceledException.Reason;
import dev.ddbkit.mapping.query.FilterCriterion;
import dev.ddbkit.mapping.query.FilterOperator;
import dev.ddbkit.mapping.test.Customer;
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

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.dao.OptimisticLockingFailureException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@ParameterizedClass(name = "{0}")
@EnumSource(TestBackend.class)
class DynamoTransactionUnitTests {

	private static final Instant T0 = Instant.parse("2018-05-01T10:00:00Z");

	@Parameter
	TestBackend backend;

	private DynamoTemplate template;

	@BeforeEach
	void createTable() {
		this.template = this.backend.createTemplate(Customer.class, Order.class, Product.class);
		Product product = new Product("p1");
		product.setWeightGrams(10);
		this.template.save(product);
	}

	@Test
	void appliesEveryActionAcrossEntityTypesAndReturnsNewVersions() {
		this.template.save(new Customer("c1", "Ana", "Recife"));
		List<Object> written = this.template.transact(DynamoTransaction.create()
			.insert(order("o1"))
			.update(Product.class, "p1", DynamoUpdate.create().increment("weightGrams", -1))
			.conditionCheck(Customer.class, "c1", "attribute_exists(#name)", Map.of()));
		assertThat(written).singleElement()
			.isInstanceOfSatisfying(Order.class, (o) -> assertThat(o.version()).isEqualTo(1L));
		assertThat(this.template.findById(Order.class, Map.of("customerId", "c1", "purchasedAt", T0, "orderId", "o1")))
			.contains((Order) written.get(0));
		assertThat(this.template.findById(Product.class, "p1").orElseThrow().getWeightGrams()).isEqualTo(9);
	}

	@Test
	void cancelsEverythingAndReportsEachActionsReason() {
		assertThatExceptionOfType(DynamoTransactionCanceledException.class)
			.isThrownBy(() -> this.template.transact(DynamoTransaction.create()
				.insert(order("o1"))
				.update(Product.class, "p1", DynamoUpdate.create().increment("weightGrams", -1))
				.conditionCheck(Customer.class, "c9", "attribute_exists(PK)", Map.of())))
			.satisfies((ex) -> assertThat(ex.getReasons()).extracting(Reason::code)
				.containsExactly("None", "None", "ConditionalCheckFailed"))
			.satisfies((ex) -> assertThat(ex.getReasons().get(2).action())
				.isEqualTo("CONDITION_CHECK Customer {PK=CUSTOMER#c9, SK=PROFILE}"));
		assertThat(this.template.findById(Product.class, "p1").orElseThrow().getWeightGrams()).isEqualTo(10);
		assertThat(this.template.findById(Order.class, Map.of("customerId", "c1", "purchasedAt", T0, "orderId", "o1")))
			.isEmpty();
	}

	@Test
	void mapsAStaleVersionToOptimisticLockingAndATakenKeyToDuplicateKey() {
		Customer saved = this.template.save(new Customer("c1", "Ana", "Recife"));
		this.template.save(new Customer("c1", "Ana", "Natal", saved.version()));
		assertThatExceptionOfType(OptimisticLockingFailureException.class)
			.isThrownBy(() -> this.template.transact(DynamoTransaction.create().put(saved)))
			.withMessageContaining("PUT Customer {PK=CUSTOMER#c1, SK=PROFILE} expecting version 1")
			.withCauseInstanceOf(DynamoTransactionCanceledException.class);
		assertThatExceptionOfType(DuplicateKeyException.class)
			.isThrownBy(() -> this.template.transact(DynamoTransaction.create().insert(new Product("p1"))))
			.withMessageContaining("INSERT Product {PK=PRODUCT#p1, SK=PRODUCT}");
	}

	@Test
	void anUpdateConditionThatFailsAtTheExpectedVersionCancelsWithItsReasonNotAsAVersionConflict() {
		DynamoUpdate takeEleven = DynamoUpdate.create()
			.increment("weightGrams", -11)
			.condition(FilterCriterion.of("weightGrams", FilterOperator.GREATER_THAN_OR_EQUAL, 11))
			.expectVersion(1);
		assertThatExceptionOfType(DynamoTransactionCanceledException.class)
			.isThrownBy(() -> this.template
				.transact(DynamoTransaction.create().insert(order("o1")).update(Product.class, "p1", takeEleven)))
			.satisfies((ex) -> assertThat(ex.getReasons().get(1).action()).isEqualTo(
					"UPDATE Product {PK=PRODUCT#p1, SK=PRODUCT} expecting version 1 if [weightGrams GREATER_THAN_OR_EQUAL [11]]"))
			.satisfies((ex) -> assertThat(ex.getReasons().get(1).code()).isEqualTo("ConditionalCheckFailed"));
		assertThatExceptionOfType(
				OptimisticLockingFailureException.class)
			.isThrownBy(
					() -> this.template
						.transact(DynamoTransaction.create()
							.update(Product.class, "p1", DynamoUpdate.create()
								.increment("weightGrams", -1)
								.condition(FilterCriterion.of("weightGrams", FilterOperator.GREATER_THAN_OR_EQUAL, 1))
								.expectVersion(7))));
		this.template.transact(DynamoTransaction.create()
			.update(Product.class, "p1",
					DynamoUpdate.create()
						.increment("weightGrams", -10)
						.condition(FilterCriterion.of("weightGrams", FilterOperator.GREATER_THAN_OR_EQUAL, 10))
						.expectVersion(1)));
		assertThat(this.template.findById(Product.class, "p1").orElseThrow().getWeightGrams()).isZero();
	}

	@Test
	void refusesMoreThanAHundredActions() {
		DynamoTransaction transaction = DynamoTransaction.create();
		for (int i = 0; i < 101; i++) {
			transaction.deleteById(Product.class, "p" + i);
		}
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> this.template.transact(transaction))
			.withMessage("A transaction takes 1 to 100 actions, got 101");
	}

	private static Order order(String orderId) {
		return new Order("c1", orderId, T0, OrderStatus.CREATED, BigDecimal.TEN, List.of(new LineItem("p1", 1)), null);
	}

}
