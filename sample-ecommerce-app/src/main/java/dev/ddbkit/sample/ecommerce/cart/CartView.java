package dev.ddbkit.sample.ecommerce.cart;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A cart as the API shows it.
 *
 * @param cartId the cart
 * @param customerId its customer
 * @param expiresAt when it expires
 * @param lines its lines, by product id
 * @param total the sum of price times quantity, in BRL
 */
public record CartView(String cartId, String customerId, Instant expiresAt, List<CartLine> lines, BigDecimal total) {

	static CartView of(Cart cart, List<CartLine> lines) {
		BigDecimal total = lines.stream()
			.map((line) -> line.getPrice().multiply(BigDecimal.valueOf(line.getQuantity())))
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		return new CartView(cart.getCartId(), cart.getCustomerId(), cart.getExpiresAt(), lines, total);
	}

}
