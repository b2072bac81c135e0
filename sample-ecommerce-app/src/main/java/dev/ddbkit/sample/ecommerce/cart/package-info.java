/**
 * Carts: the item collection {@code CART#{cartId}} (the cart and one line per product),
 * every item expiring through DynamoDB's time to live; checkout places the order.
 */
@NullMarked
package dev.ddbkit.sample.ecommerce.cart;

import org.jspecify.annotations.NullMarked;
