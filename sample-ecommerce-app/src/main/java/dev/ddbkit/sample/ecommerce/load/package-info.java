/**
 * The load scenario that replays the hot-customer incident: a reseller writing 200 orders
 * a second under one customer key, on the embedded engine's clock moved by hand, with and
 * without write sharding.
 */
@NullMarked
package dev.ddbkit.sample.ecommerce.load;

import org.jspecify.annotations.NullMarked;
