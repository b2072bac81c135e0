/**
 * One retry layer around the DynamoDB client: Resilience4j with exponential backoff and
 * full jitter, retrying throttling, server errors and transaction conflicts, never failed
 * conditions or invalid requests.
 */
@NullMarked
package dev.ddbkit.mapping.resilience;

import org.jspecify.annotations.NullMarked;
