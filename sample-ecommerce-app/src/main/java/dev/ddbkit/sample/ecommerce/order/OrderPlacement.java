package dev.ddbkit.sample.ecommerce.order;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.ddbkit.mapping.core.DynamoOperations;
import dev.ddbkit.mapping.core.DynamoTransaction;
import dev.ddbkit.mapping.core.DynamoUpdate;
import dev.ddbkit.sample.ecommerce.catalog.Product;
import dev.ddbkit.sample.ecommerce.customer.Customer;
import dev.ddbkit.sample.ecommerce.web.BadRequestException;
import dev.ddbkit.sample.ecommerce.web.ConflictException;
import dev.ddbkit.sample.ecommerce.web.NotFoundException;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * Places an order in one DynamoDB transaction (TransactWriteItems): the order, one line
 * item per unit (as Olist records them), a stock decrement per product guarded by the
 * product's version (so no two orders sell the same unit), and a check that the customer
 * exists. The order id is derived from the customer and the idempotency key, so a retried
 * request finds the order its first attempt created instead of writing another.
 */
@Service
public class OrderPlacement {

	/** Units per order: one action per unit and per product must fit 100 actions. */
	static final int MAX_UNITS = 40;

	private static final int ATTEMPTS = 5;

	private final DynamoOperations operations;

	private final OrderService orders;

	private final Clock clock;

	OrderPlacement(DynamoOperations operations, OrderService orders, Clock clock) {
		this.operations = operations;
		this.orders = orders;
		this.clock = clock;
	}

	/**
	 * Places an order, or returns the one an earlier request with the same key placed.
	 * @param idempotencyKey the client's key for this purchase (e.g. a UUID)
	 * @param request the customer and the lines
	 * @return the order with its items, and whether this call created it
	 * @throws NotFoundException when the customer or a product does not exist
	 * @throws ConflictException when a product has too few units in stock
	 * @throws BadRequestException when the request is empty or too large
	 */
	public Placed place(String idempotencyKey, PlaceOrderRequest request) {
		validate(idempotencyKey, request);
		String orderId = orderId(request.customerId(), idempotencyKey);
		for (int attempt = 1;; attempt++) {
			if (this.operations.findById(Order.class, orderId, true).isPresent()) {
				return new Placed(this.orders.find(orderId), false);
			}
			try {
				this.operations.transact(transaction(orderId, request));
				return new Placed(this.orders.find(orderId), true);
			}
			catch (DuplicateKeyException ex) {
				// A concurrent retry of the same request won: answer with its order.
				return new Placed(this.orders.find(orderId), false);
			}
			catch (OptimisticLockingFailureException ex) {
				// Another order changed a product's stock since it was read: read again.
				if (attempt == ATTEMPTS) {
					throw new ConflictException("Busy products",
							"The products' stock kept changing; retry with the same Idempotency-Key");
				}
			}
		}
	}

	/**
	 * The order id of a customer's idempotency key: 32 hexadecimal digits like Olist's.
	 * @param customerId the customer
	 * @param idempotencyKey the key
	 * @return the order id
	 */
	static String orderId(String customerId, String idempotencyKey) {
		return UUID.nameUUIDFromBytes((customerId + "\n" + idempotencyKey).getBytes(StandardCharsets.UTF_8))
			.toString()
			.replace("-", "");
	}

	private DynamoTransaction transaction(String orderId, PlaceOrderRequest request) {
		if (this.operations.findById(Customer.class, request.customerId()).isEmpty()) {
			throw new NotFoundException("Customer", request.customerId());
		}
		LocalDateTime now = LocalDateTime.now(this.clock).truncatedTo(ChronoUnit.SECONDS);
		Order order = new Order(orderId, request.customerId(), "created", now);
		order.setEstimatedDeliveryAt(now.toLocalDate().plusDays(14).atStartOfDay());
		DynamoTransaction transaction = DynamoTransaction.create()
			.conditionCheck(Customer.class, request.customerId(), "attribute_exists(#PK)", Map.of())
			.insert(order);
		int itemNumber = 0;
		Map<String, Integer> units = new LinkedHashMap<>();
		for (PlaceOrderRequest.Line line : request.items()) {
			for (int unit = 0; unit < line.quantity(); unit++) {
				OrderItem item = new OrderItem(orderId, OrderItem.line(++itemNumber), line.productId(), line.sellerId(),
						line.price(), (line.freightValue() != null) ? line.freightValue() : BigDecimal.ZERO);
				item.setShippingLimitAt(now.plusDays(3));
				transaction.insert(item);
			}
			units.merge(line.productId(), line.quantity(), Integer::sum);
		}
		for (Map.Entry<String, Integer> entry : units.entrySet()) {
			Product product = this.operations.findById(Product.class, entry.getKey(), true)
				.orElseThrow(() -> new NotFoundException("Product", entry.getKey()));
			if (product.getStock() < entry.getValue()) {
				throw new ConflictException("Out of stock", "Product '" + product.getProductId() + "' has "
						+ product.getStock() + " units in stock, the order asks for " + entry.getValue());
			}
			transaction.update(Product.class, product.getProductId(),
					DynamoUpdate.create()
						.increment("stock", -entry.getValue())
						.expectVersion((product.getVersion() != null) ? product.getVersion() : 0));
		}
		return transaction;
	}

	private static void validate(String idempotencyKey, PlaceOrderRequest request) {
		if (idempotencyKey.isBlank() || idempotencyKey.length() > 128) {
			throw new BadRequestException("The Idempotency-Key header must hold 1 to 128 characters");
		}
		if (request.customerId() == null || request.items() == null || request.items().isEmpty()) {
			throw new BadRequestException("An order needs a customerId and at least one item");
		}
		List<String> problems = new ArrayList<>();
		int total = 0;
		for (PlaceOrderRequest.Line line : request.items()) {
			if (line.productId() == null || line.sellerId() == null || line.price() == null || line.price().signum() < 0
					|| line.quantity() < 1) {
				problems.add("each item needs productId, sellerId, a price >= 0 and a quantity >= 1");
			}
			total += Math.max(line.quantity(), 0);
		}
		if (total > MAX_UNITS) {
			problems.add("at most " + MAX_UNITS + " units per order (one transaction)");
		}
		if (!problems.isEmpty()) {
			throw new BadRequestException(String.join("; ", problems));
		}
	}

	/**
	 * The outcome of a placement.
	 *
	 * @param order the order with its items
	 * @param created whether this request created it ({@code false}: an earlier one did)
	 */
	public record Placed(OrderDetails order, boolean created) {
	}

}
