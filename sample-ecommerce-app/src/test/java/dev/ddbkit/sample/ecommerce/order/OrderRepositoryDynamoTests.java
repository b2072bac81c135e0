package dev.ddbkit.sample.ecommerce.order;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import dev.ddbkit.autoconfigure.test.DynamoTest;
import dev.ddbkit.autoconfigure.test.DynamoTestClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The sample's order repository under {@code @DynamoTest}: only the data layer boots (no
 * web layer, no importer, no sample data) on a fresh embedded engine whose clock the test
 * moves. GSI1 serves a customer's orders newest first; its entries follow a write after
 * the configured propagation delay, as DynamoDB's eventually consistent GSIs do.
 */
@DynamoTest(properties = "ddb.engine.gsi-propagation-delay=2s")
class OrderRepositoryDynamoTests {

	@Autowired
	private OrderRepository orders;

	@Autowired
	private DynamoTestClock clock;

	@Autowired
	private ApplicationContext context;

	@Test
	void bootsOnlyTheDataLayerOnAnEmptyTable() {
		assertThat(this.context.getBeansOfType(OrderController.class)).isEmpty();
		// the first order of the shipped Olist sample, which the full application loads
		// at start
		assertThat(this.orders.findById("136cce7faa42fdb2cefd53fdc79a6098")).isEmpty();
	}

	@Test
	void aCustomersOrdersAppearOnTheIndexOnceTheClockPassesTheLagAndScrollNewestFirst() {
		this.orders.save(order("o-1", "2018-01-05T10:00"));
		this.orders.save(order("o-2", "2018-03-01T09:30"));
		this.orders.save(order("o-3", "2018-02-11T18:45"));

		assertThat(this.orders.findByCustomerIdOrderByPurchasedAtDesc("c-7", ScrollPosition.keyset(), Limit.of(2)))
			.isEmpty();
		this.clock.advance(Duration.ofSeconds(2));

		Window<Order> first = this.orders.findByCustomerIdOrderByPurchasedAtDesc("c-7", ScrollPosition.keyset(),
				Limit.of(2));
		assertThat(ids(first.getContent())).containsExactly("o-2", "o-3");
		assertThat(first.hasNext()).isTrue();
		Window<Order> second = this.orders.findByCustomerIdOrderByPurchasedAtDesc("c-7", first.positionAt(1),
				Limit.of(2));
		assertThat(ids(second.getContent())).containsExactly("o-1");
		assertThat(second.hasNext()).isFalse();
	}

	@Test
	void aStaleCopyOfAnOrderIsRefused() {
		Order saved = this.orders.save(order("o-9", "2018-04-01T12:00"));
		Order stale = this.orders.findById("o-9").orElseThrow();
		saved.setStatus("approved");
		this.orders.save(saved);

		stale.setStatus("canceled");
		assertThatExceptionOfType(OptimisticLockingFailureException.class).isThrownBy(() -> this.orders.save(stale));
		assertThat(this.orders.findById("o-9")).get().extracting(Order::getStatus).isEqualTo("approved");
	}

	private static Order order(String orderId, String purchasedAt) {
		return new Order(orderId, "c-7", "created", LocalDateTime.parse(purchasedAt));
	}

	private static List<String> ids(List<Order> orders) {
		return orders.stream().map(Order::getOrderId).toList();
	}

}
