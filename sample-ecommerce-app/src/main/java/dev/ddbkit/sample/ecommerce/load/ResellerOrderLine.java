package dev.ddbkit.sample.ecommerce.load;

import java.math.BigDecimal;

/**
 * One line of a reseller's order, kept on the order itself so that the customer's order
 * list (GSI1) shows what was bought without reading the items.
 *
 * @param productId the product
 * @param sellerId the seller
 * @param price the unit price, BRL
 * @param freightValue the freight per unit, BRL
 * @param quantity the units
 */
public record ResellerOrderLine(String productId, String sellerId, BigDecimal price, BigDecimal freightValue,
		int quantity) {

}
