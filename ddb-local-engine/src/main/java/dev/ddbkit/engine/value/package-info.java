/**
 * Immutable DynamoDB values: the sealed {@link dev.ddbkit.engine.value.Value} with its
 * ten types, items, key ordering and number rules. Depends on nothing else in the engine.
 */
@NullMarked
package dev.ddbkit.engine.value;

import org.jspecify.annotations.NullMarked;
