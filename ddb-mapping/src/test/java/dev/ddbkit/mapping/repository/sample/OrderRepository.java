package dev.ddbkit.mapping.repository.sample;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import dev.ddbkit.mapping.annotation.AllowScan;
import dev.ddbkit.mapping.annotation.ConsistentRead;
import dev.ddbkit.mapping.annotation.QueryIndex;
import dev.ddbkit.mapping.repository.AllowCount;
import dev.ddbkit.mapping.repository.DynamoRepository;
import dev.ddbkit.mapping.test.Order;
import dev.ddbkit.mapping.test.Order.OrderStatus;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;

public interface OrderRepository extends DynamoRepository<Order, OrderKey> {

	@ConsistentRead
	List<Order> findByCustomerIdOrderByPurchasedAtDesc(String customerId);

	List<Order> findByCustomerIdAndPurchasedAtBetween(String customerId, Instant from, Instant to);

	List<Order> findByCustomerIdAndPurchasedAtGreaterThanEqual(String customerId, Instant from);

	List<Order> findByCustomerIdAndPurchasedAtLessThan(String customerId, Instant to);

	List<Order> findByStatusAndPurchasedAtBetweenOrderByPurchasedAtDesc(OrderStatus status, Instant from, Instant to);

	List<Order> findByStatusAndPurchasedAtStartingWith(OrderStatus status, String prefix);

	Optional<Order> findByOrderId(String orderId);

	Order findFirstByCustomerIdOrderByPurchasedAtDesc(String customerId);

	List<Order> findTop2ByCustomerIdOrderByPurchasedAtDesc(String customerId);

	Stream<Order> streamByCustomerId(String customerId);

	Slice<Order> findByCustomerId(String customerId, Pageable pageable);

	Window<Order> findByStatusOrderByPurchasedAtAsc(OrderStatus status, ScrollPosition position, Limit limit);

	long countByCustomerId(String customerId);

	List<OrderSummary> findSummariesByCustomerIdOrderByPurchasedAtDesc(String customerId);

	Optional<OrderRef> findRefByOrderId(String orderId);

	List<Order> findByCustomerIdAndTotalGreaterThan(String customerId, BigDecimal total);

	@QueryIndex("")
	List<Order> findTop2ByCustomerIdAndStatusOrderByPurchasedAtDesc(String customerId, OrderStatus status);

	@AllowScan
	List<Order> findByTotalGreaterThan(BigDecimal total);

	@AllowScan
	Window<Order> findByTotalLessThan(BigDecimal total, ScrollPosition position, Limit limit);

	boolean existsByOrderId(String orderId);

	long deleteByCustomerId(String customerId);

	@AllowCount
	Page<Order> findByStatusAndTotalGreaterThan(OrderStatus status, BigDecimal total, Pageable pageable);

	Window<Order> findByCustomerIdOrderByPurchasedAtDesc(String customerId, ScrollPosition position, Limit limit);

	Window<Order> findFirst3ByStatus(OrderStatus status, ScrollPosition position);

	List<Order> findByCustomerId(String customerId, Sort sort);

	List<Order> findByStatus(OrderStatus status, Limit limit);

	Stream<Order> streamByCustomerId(String customerId, Pageable pageable);

	Window<Order> findByCustomerId(String customerId, ScrollPosition position, Limit limit, Sort sort);

	List<Order> findByCustomerIdAndPurchasedAtAfter(String customerId, Instant after, Pageable pageable);

}
