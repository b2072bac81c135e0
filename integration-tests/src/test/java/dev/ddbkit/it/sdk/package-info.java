/**
 * Behaviour suites written only against the SDK {@code DynamoDbClient}; they run
 * unchanged on every backend.
 */
@NullMarked
package dev.ddbkit.it.sdk;

import org.jspecify.annotations.NullMarked;
