/**
 * Item sizes and, later, capacity units, as the DynamoDB Developer Guide defines them.
 */
@NullMarked
package dev.ddbkit.engine.capacity;

import org.jspecify.annotations.NullMarked;
