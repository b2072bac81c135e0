package dev.ddbkit.mapping.repository.unservable;

import java.math.BigDecimal;
import java.util.List;

import dev.ddbkit.mapping.repository.DynamoRepository;
import dev.ddbkit.mapping.test.Order;
import dev.ddbkit.mapping.test.Order.OrderStatus;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

public interface UnservableOrderRepository extends DynamoRepository<Order, String> {

	List<Order> findByTotal(BigDecimal total);

	List<Order> findByCustomerIdOrStatus(String customerId, OrderStatus status);

	Page<Order> findByCustomerId(String customerId, Pageable pageable);

	List<Order> findByCustomerIdAndOrderId(String customerId, String orderId);

	List<Order> findByStatusOrderByTotalDesc(OrderStatus status);

	List<Order> findByCustomerIdLike(String customerId);

	List<Order> findByCustomerId(String customerId);

}
