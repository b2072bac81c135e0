package dev.ddbkit.sample.ecommerce.cart;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.ddbkit.mapping.core.DynamoItemCollection;
import dev.ddbkit.mapping.core.DynamoOperations;
import dev.ddbkit.sample.ecommerce.catalog.Product;
import dev.ddbkit.sample.ecommerce.customer.Customer;
import dev.ddbkit.sample.ecommerce.order.OrderPlacement;
import dev.ddbkit.sample.ecommerce.order.PlaceOrderRequest;
import dev.ddbkit.sample.ecommerce.web.BadRequestException;
import dev.ddbkit.sample.ecommerce.web.NotFoundException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Carts: created for a customer, filled line by line, checked out into an order. Every
 * item of a cart carries the cart's expiry for DynamoDB's time to live; expired carts
 * read as absent even before DynamoDB deletes them.
 */
@Service
public class CartService {

	private final DynamoOperations operations;

	private final OrderPlacement placement;

	private final Clock clock;

	private final Duration timeToLive;

	CartService(DynamoOperations operations, OrderPlacement placement, Clock clock,
			@Value("${sample.cart.time-to-live:24h}") Duration timeToLive) {
		this.operations = operations;
		this.placement = placement;
		this.clock = clock;
		this.timeToLive = timeToLive;
	}

	/**
	 * Creates an empty cart.
	 * @param customerId the customer
	 * @return the cart
	 * @throws NotFoundException when there is no such customer
	 */
	public CartView create(String customerId) {
		if (this.operations.findById(Customer.class, customerId).isEmpty()) {
			throw new NotFoundException("Customer", customerId);
		}
		Instant expiresAt = this.clock.instant().plus(this.timeToLive).truncatedTo(ChronoUnit.SECONDS);
		Cart cart = this.operations.insert(new Cart(UUID.randomUUID().toString(), customerId, expiresAt));
		return CartView.of(cart, List.of());
	}

	/**
	 * A cart and its lines, read in one Query of its item collection.
	 * @param cartId the cart
	 * @return the cart
	 * @throws NotFoundException when the cart does not exist or expired
	 */
	public CartView find(String cartId) {
		DynamoItemCollection collection = this.operations.queryCollection(Cart.class, Map.of("cartId", cartId));
		Cart cart = collection.first(Cart.class)
			.filter((found) -> found.getExpiresAt().isAfter(this.clock.instant()))
			.orElseThrow(() -> new NotFoundException("Cart", cartId));
		return CartView.of(cart, collection.ofType(CartLine.class));
	}

	/**
	 * Puts a product in a cart, replacing its line.
	 * @param cartId the cart
	 * @param productId the product
	 * @param sellerId the seller
	 * @param price the unit price in BRL
	 * @param quantity the units, at least 1
	 * @return the cart
	 */
	public CartView putLine(String cartId, String productId, String sellerId, BigDecimal price, int quantity) {
		if (quantity < 1 || price.signum() < 0) {
			throw new BadRequestException("quantity must be at least 1 and price at least 0");
		}
		CartView cart = find(cartId);
		if (this.operations.findById(Product.class, productId).isEmpty()) {
			throw new NotFoundException("Product", productId);
		}
		this.operations.save(new CartLine(cartId, productId, sellerId, price, quantity, cart.expiresAt()));
		return find(cartId);
	}

	/**
	 * Removes a product from a cart.
	 * @param cartId the cart
	 * @param productId the product
	 * @return the cart
	 */
	public CartView removeLine(String cartId, String productId) {
		find(cartId);
		this.operations.deleteById(CartLine.class, Map.of("cartId", cartId, "productId", productId));
		return find(cartId);
	}

	/**
	 * Places the cart's order (one transaction, idempotent under the key) and deletes the
	 * cart.
	 * @param cartId the cart
	 * @param idempotencyKey the client's key for this purchase
	 * @return the placement
	 */
	public OrderPlacement.Placed checkout(String cartId, String idempotencyKey) {
		CartView cart = find(cartId);
		if (cart.lines().isEmpty()) {
			throw new BadRequestException("Cart '" + cartId + "' is empty");
		}
		List<PlaceOrderRequest.Line> lines = new ArrayList<>();
		for (CartLine line : cart.lines()) {
			lines.add(new PlaceOrderRequest.Line(line.getProductId(), line.getSellerId(), line.getPrice(), null,
					line.getQuantity()));
		}
		OrderPlacement.Placed placed = this.placement.place(idempotencyKey,
				new PlaceOrderRequest(cart.customerId(), lines));
		List<Object> keys = new ArrayList<>();
		for (CartLine line : cart.lines()) {
			keys.add(Map.of("cartId", cartId, "productId", line.getProductId()));
		}
		this.operations.batchDelete(CartLine.class, keys);
		this.operations.deleteById(Cart.class, cartId);
		return placed;
	}

}
