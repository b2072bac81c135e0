/**
 * JMH benchmarks of the same SDK {@code DynamoDbClient} calls on four backends (our
 * engine in process and over HTTP, DynamoDB Local embedded and over HTTP), and of the
 * mapping (raw Enhanced Client, {@code DynamoTemplate}, a derived repository method) on
 * the engine.
 */
@NullMarked
package dev.ddbkit.bench;

import org.jspecify.annotations.NullMarked;
