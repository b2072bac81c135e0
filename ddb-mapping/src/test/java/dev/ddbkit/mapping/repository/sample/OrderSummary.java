package dev.ddbkit.mapping.repository.sample;

import dev.ddbkit.mapping.test.Order.OrderStatus;

/** An interface projection of an order. */
public interface OrderSummary {

	String getOrderId();

	OrderStatus getStatus();

}
