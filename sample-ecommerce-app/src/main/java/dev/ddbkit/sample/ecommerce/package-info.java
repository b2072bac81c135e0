/**
 * An orders service on the Olist e-commerce dataset: one DynamoDB table in single-table
 * design, every access pattern served by a key condition on the table or on an index.
 */
@NullMarked
package dev.ddbkit.sample.ecommerce;

import org.jspecify.annotations.NullMarked;
