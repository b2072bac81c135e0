package dev.ddbkit.sample.ecommerce.order;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /orders}.
 *
 * @param customerId the person ordering (Olist's {@code customer_unique_id})
 * @param items the lines
 */
public record PlaceOrderRequest(@Nullable String customerId, @Nullable List<Line> items) {

	/**
	 * One line: a product bought from a seller.
	 *
	 * @param productId the product
	 * @param sellerId the seller
	 * @param price the unit price in BRL
	 * @param freightValue the freight per unit in BRL, 0 when absent
	 * @param quantity the units, at least 1
	 */
	public record Line(@Nullable String productId, @Nullable String sellerId, @Nullable BigDecimal price,
			@Nullable BigDecimal freightValue, int quantity) {
	}

}
