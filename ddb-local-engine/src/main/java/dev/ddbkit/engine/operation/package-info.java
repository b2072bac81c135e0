/**
 * One class per DynamoDB action, working on engine values only; the client and the HTTP
 * server share this layer.
 */
@NullMarked
package dev.ddbkit.engine.operation;

import org.jspecify.annotations.NullMarked;
