package dev.ddbkit.sample.ecommerce.cart;

import java.math.BigDecimal;
import java.net.URI;

import dev.ddbkit.sample.ecommerce.order.OrderDetails;
import dev.ddbkit.sample.ecommerce.order.OrderPlacement;
import dev.ddbkit.sample.ecommerce.web.BadRequestException;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Carts over HTTP.
 */
@RestController
class CartController {

	private final CartService carts;

	CartController(CartService carts) {
		this.carts = carts;
	}

	@PostMapping("/carts")
	ResponseEntity<CartView> create(@RequestBody NewCart body) {
		if (body.customerId() == null) {
			throw new BadRequestException("The body must give the customerId");
		}
		CartView cart = this.carts.create(body.customerId());
		return ResponseEntity.created(URI.create("/carts/" + cart.cartId())).body(cart);
	}

	@GetMapping("/carts/{cartId}")
	CartView cart(@PathVariable String cartId) {
		return this.carts.find(cartId);
	}

	@PutMapping("/carts/{cartId}/lines/{productId}")
	CartView putLine(@PathVariable String cartId, @PathVariable String productId, @RequestBody LineBody body) {
		if (body.sellerId() == null || body.price() == null || body.quantity() == null) {
			throw new BadRequestException("The body must give sellerId, price and quantity");
		}
		return this.carts.putLine(cartId, productId, body.sellerId(), body.price(), body.quantity());
	}

	@DeleteMapping("/carts/{cartId}/lines/{productId}")
	CartView removeLine(@PathVariable String cartId, @PathVariable String productId) {
		return this.carts.removeLine(cartId, productId);
	}

	@PostMapping("/carts/{cartId}/checkout")
	ResponseEntity<OrderDetails> checkout(@PathVariable String cartId,
			@RequestHeader("Idempotency-Key") String idempotencyKey) {
		OrderPlacement.Placed placed = this.carts.checkout(cartId, idempotencyKey);
		return ResponseEntity.status(placed.created() ? HttpStatus.CREATED : HttpStatus.OK)
			.location(URI.create("/orders/" + placed.order().order().getOrderId()))
			.body(placed.order());
	}

	record NewCart(@Nullable String customerId) {
	}

	record LineBody(@Nullable String sellerId, @Nullable BigDecimal price, @Nullable Integer quantity) {
	}

}
