/**
 * DynamoTemplate behaviour suites (CRUD, key templates, item collections, locking,
 * batches, transactions, pagination) run once per backend.
 */
@NullMarked
package dev.ddbkit.it.mapping;

import org.jspecify.annotations.NullMarked;
