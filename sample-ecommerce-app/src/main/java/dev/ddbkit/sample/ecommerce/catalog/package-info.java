/**
 * The catalog: products by id and by category (overloaded GSI1), and categories with
 * their English names.
 */
@NullMarked
package dev.ddbkit.sample.ecommerce.catalog;

import org.jspecify.annotations.NullMarked;
