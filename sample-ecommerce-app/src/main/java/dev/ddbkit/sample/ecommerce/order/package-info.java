/**
 * Orders: the item collection of an order (the order, its line items, payments and
 * reviews, read in one Query), a customer's orders newest first (GSI1), orders by status
 * in a date range (GSI2) and status changes under optimistic locking.
 */
@NullMarked
package dev.ddbkit.sample.ecommerce.order;

import org.jspecify.annotations.NullMarked;
