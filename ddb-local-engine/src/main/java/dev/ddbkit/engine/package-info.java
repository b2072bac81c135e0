/**
 * The local DynamoDB engine: the {@link dev.ddbkit.engine.DynamoEngine} facade and its
 * settings.
 */
@NullMarked
package dev.ddbkit.engine;

import org.jspecify.annotations.NullMarked;
