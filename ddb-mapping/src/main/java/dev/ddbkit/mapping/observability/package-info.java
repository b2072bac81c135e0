/**
 * Micrometer meters around the DynamoDB client: request timers, consumed capacity,
 * throttles by reason.
 */
@NullMarked
package dev.ddbkit.mapping.observability;

import org.jspecify.annotations.NullMarked;
