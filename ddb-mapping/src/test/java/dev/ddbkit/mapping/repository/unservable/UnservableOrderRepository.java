package dev.ddbkit.mapping.repository.unservable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import dev.ddbkit.mapping.annotation.AllowScan;
import dev.ddbkit.mapping.annotation.ConsistentRead;
import dev.ddbkit.mapping.annotation.QueryIndex;
import dev.ddbkit.mapping.repository.AllowCount;
import dev.ddbkit.mapping.repository.DynamoRepository;
import dev.ddbkit.mapping.test.Order;
import dev.ddbkit.mapping.test.Order.OrderStatus;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

public interface UnservableOrderRepository extends DynamoRepository<Order, String> {

	List<Order> findByTotal(BigDecimal total);

	List<Order> findByCustomerIdOrStatus(String customerId, OrderStatus status);

	Page<Order> findByCustomerId(String customerId, Pageable pageable);

	List<Order> findByCustomerIdAndOrderId(String customerId, String orderId);

	List<Order> findByStatusOrderByTotalDesc(OrderStatus status);

	List<Order> findByCustomerIdLike(String customerId);

	List<Order> findByCustomerId(String customerId);

	@ConsistentRead
	List<Order> findByStatus(OrderStatus status);

	List<Order> findByOrderId(String orderId, Sort sort);

	@AllowScan
	List<Order> findByTotalLessThan(BigDecimal total, Sort sort);

	@AllowCount
	List<Order> findByStatusAndPurchasedAtAfter(OrderStatus status, Instant after);

	List<Order> findByCustomerIdIgnoreCase(String customerId);

	List<Order> findByCustomrId(String customerId);

	@QueryIndex("GSI9")
	List<Order> findByCustomerIdAndStatus(String customerId, OrderStatus status);

}
