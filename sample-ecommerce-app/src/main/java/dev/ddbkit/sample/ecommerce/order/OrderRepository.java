package dev.ddbkit.sample.ecommerce.order;

import java.time.LocalDateTime;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;

import dev.ddbkit.mapping.repository.DynamoRepository;

/**
 * Orders by id (the table), a customer's orders newest first (GSI1) and the orders of a
 * status in a purchase-time range (GSI2, write-sharded: read from every shard and
 * merged), both as keyset windows.
 */
public interface OrderRepository extends DynamoRepository<Order, String> {

	Window<Order> findByCustomerIdOrderByPurchasedAtDesc(String customerId, ScrollPosition position, Limit limit);

	Window<Order> findByStatusAndPurchasedAtBetweenOrderByPurchasedAtAsc(String status, LocalDateTime from,
			LocalDateTime to, ScrollPosition position, Limit limit);

}
