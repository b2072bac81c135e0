package dev.ddbkit.sample.ecommerce.order;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;

import dev.ddbkit.mapping.repository.DynamoRepository;

/**
 * Orders by id (the table) and a customer's orders newest first (GSI1) as keyset windows.
 * The orders of a status (GSI2, write-sharded) are read through the template, whose
 * cursor holds the position in every shard: {@link OrderService#withStatus}.
 */
public interface OrderRepository extends DynamoRepository<Order, String> {

	Window<Order> findByCustomerIdOrderByPurchasedAtDesc(String customerId, ScrollPosition position, Limit limit);

}
