/**
 * The one retry layer of ddbkit: a Resilience4j {@code Retry} with exponential backoff
 * and full jitter wrapped around a {@code DynamoDbClient}.
 * <p>
 * {@link dev.ddbkit.mapping.resilience.DynamoRetryClassifier} decides what is retried
 * (throttling, 5xx, transaction conflicts; never condition failures or validation
 * errors), {@link dev.ddbkit.mapping.resilience.DynamoBackoff} how long to wait, and
 * {@link dev.ddbkit.mapping.resilience.DynamoClients#withRetry} applies both to every
 * call of a client through {@link dev.ddbkit.mapping.resilience.DynamoClientInterceptor}.
 * When ddbkit builds the SDK client it turns the SDK's own retries off with
 * {@link dev.ddbkit.mapping.resilience.DynamoSdkRetries#disable}, so that attempts do not
 * multiply across two layers.
 * <p>
 * Resilience4j is an optional dependency of ddb-mapping: only
 * {@link dev.ddbkit.mapping.resilience.DynamoClients} and
 * {@link dev.ddbkit.mapping.resilience.DynamoBackoff} need it on the class path.
 *
 * @see <a href=
 * "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Programming.Errors.html">Error
 * handling with DynamoDB</a>
 */
@NullMarked
package dev.ddbkit.mapping.resilience;

import org.jspecify.annotations.NullMarked;
