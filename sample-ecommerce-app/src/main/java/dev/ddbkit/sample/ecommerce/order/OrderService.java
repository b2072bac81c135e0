package dev.ddbkit.sample.ecommerce.order;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;

import dev.ddbkit.mapping.core.DynamoItemCollection;
import dev.ddbkit.mapping.core.DynamoOperations;
import dev.ddbkit.sample.ecommerce.customer.CustomerRepository;
import dev.ddbkit.sample.ecommerce.web.BadRequestException;
import dev.ddbkit.sample.ecommerce.web.NotFoundException;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;
import org.springframework.stereotype.Service;

/**
 * The order use cases; every read is one key condition on the table or an index.
 */
@Service
public class OrderService {

	private final OrderRepository orders;

	private final CustomerRepository customers;

	private final DynamoOperations operations;

	OrderService(OrderRepository orders, CustomerRepository customers, DynamoOperations operations) {
		this.orders = orders;
		this.customers = customers;
		this.operations = operations;
	}

	/**
	 * An order with its items, payments and reviews, read in one query of the item
	 * collection {@code ORDER#{orderId}}: the order ({@code SK = ORDER}), its lines
	 * ({@code ITEM#001...}), payments ({@code PAYMENT#001...}) and reviews
	 * ({@code REVIEW#<reviewId>}) in sort key order.
	 * @param orderId the order id
	 * @return the order and its items
	 * @throws NotFoundException when there is no such order
	 */
	public OrderDetails find(String orderId) {
		DynamoItemCollection collection = this.operations.queryCollection(Order.class, Map.of("orderId", orderId));
		Order order = collection.first(Order.class).orElseThrow(() -> new NotFoundException("Order", orderId));
		return OrderDetails.of(order, collection);
	}

	/**
	 * A customer's orders, newest first (GSI1).
	 * @param customerId the customer
	 * @param position where to continue
	 * @param limit the page size
	 * @return a window of orders
	 * @throws NotFoundException when there is no such customer
	 */
	public Window<Order> ofCustomer(String customerId, ScrollPosition position, int limit) {
		if (!this.customers.existsById(customerId)) {
			throw new NotFoundException("Customer", customerId);
		}
		return this.orders.findByCustomerIdOrderByPurchasedAtDesc(customerId, position, Limit.of(limit));
	}

	/**
	 * The orders of a status purchased between two days, both included, oldest first
	 * (GSI2). The status key is write-sharded: the repository queries its ten shards and
	 * merges them by purchase time; a window position continues every shard.
	 * @param status the status
	 * @param from the first day
	 * @param to the last day
	 * @param position where to continue
	 * @param limit the page size
	 * @return a window of orders
	 * @throws BadRequestException when the status is unknown or the days are reversed
	 */
	public Window<Order> withStatus(String status, LocalDate from, LocalDate to, ScrollPosition position, int limit) {
		if (from.isAfter(to)) {
			throw new BadRequestException("from (" + from + ") must not be after to (" + to + ")");
		}
		return this.orders.findByStatusAndPurchasedAtBetweenOrderByPurchasedAtAsc(OrderStatuses.require(status),
				from.atStartOfDay(), to.atTime(LocalTime.MAX), position, Limit.of(limit));
	}

	/**
	 * Changes an order's status if it is still at the given version.
	 * @param orderId the order id
	 * @param status the new status
	 * @param version the version the caller read
	 * @return the order at its new version
	 * @throws NotFoundException when there is no such order
	 * @throws OptimisticLockingFailureException when the order changed since that version
	 * @throws IllegalTransitionException when the lifecycle does not allow the change
	 */
	public Order changeStatus(String orderId, String status, long version) {
		OrderStatuses.require(status);
		Order order = this.orders.findById(orderId).orElseThrow(() -> new NotFoundException("Order", orderId));
		if (order.getVersion() != null && order.getVersion() != version) {
			throw stale(orderId, version, null);
		}
		OrderStatusMachine.check(orderId, order.getStatus(), status);
		order.setStatus(status);
		order.setVersion(version);
		try {
			return this.orders.save(order);
		}
		catch (OptimisticLockingFailureException ex) {
			throw stale(orderId, version, ex);
		}
	}

	/**
	 * Cancels an order if it is still at the given version and the lifecycle allows it.
	 * @param orderId the order id
	 * @param version the version the caller read
	 * @return the canceled order at its new version
	 * @throws NotFoundException when there is no such order
	 * @throws IllegalTransitionException when the order shipped or ended already
	 * @throws OptimisticLockingFailureException when the order changed since that version
	 */
	public Order cancel(String orderId, long version) {
		return changeStatus(orderId, "canceled", version);
	}

	private static OptimisticLockingFailureException stale(String orderId, long version, @Nullable Exception cause) {
		return new OptimisticLockingFailureException(
				"Order '" + orderId + "' is no longer at version " + version + ": read it again and retry", cause);
	}

}
