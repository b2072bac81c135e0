/**
 * In-memory data structures: the catalog of tables and item collections kept in
 * DynamoDB's key order.
 */
@NullMarked
package dev.ddbkit.engine.storage;

import org.jspecify.annotations.NullMarked;
