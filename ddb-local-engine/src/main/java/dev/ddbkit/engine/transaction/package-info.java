/**
 * Transactions: idempotency tokens for TransactWriteItems.
 */
@NullMarked
package dev.ddbkit.engine.transaction;

import org.jspecify.annotations.NullMarked;
