/**
 * Daily sales: a materialized view ({@code SALES#{date}} items) that a listener keeps
 * from the table's stream, read by date range without a scan.
 */
@NullMarked
package dev.ddbkit.sample.ecommerce.sales;

import org.jspecify.annotations.NullMarked;
