/**
 * The in-process {@code DynamoDbClient}: the only package besides the server that sees
 * AWS SDK types.
 */
@NullMarked
package dev.ddbkit.engine.client;

import org.jspecify.annotations.NullMarked;
