/**
 * Customers: a person ({@code customer_unique_id} in Olist) and their profile item.
 */
@NullMarked
package dev.ddbkit.sample.ecommerce.customer;

import org.jspecify.annotations.NullMarked;
