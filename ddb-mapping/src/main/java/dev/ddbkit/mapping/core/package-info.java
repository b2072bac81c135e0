/**
 * The template tier: {@link dev.ddbkit.mapping.core.DynamoOperations}, its implementation
 * and the one exception translator.
 */
@NullMarked
package dev.ddbkit.mapping.core;

import org.jspecify.annotations.NullMarked;
