/**
 * DynamoDB-compatible errors: {@link dev.ddbkit.engine.error.ErrorCode} (type, HTTP
 * status, retryability) and {@link dev.ddbkit.engine.error.EngineException}.
 */
@NullMarked
package dev.ddbkit.engine.error;

import org.jspecify.annotations.NullMarked;
