/**
 * Sellers: a seller's profile ({@code SELLER#{sellerId}}) and the order items they sold,
 * newest shipping limit first (GSI3).
 */
@NullMarked
package dev.ddbkit.sample.ecommerce.seller;

import org.jspecify.annotations.NullMarked;
